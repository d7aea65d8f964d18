import { deepFreeze } from '../_internal/deepFreeze.js';

/**
 * The rule of measure 6 for each utility and category of connection: water for general project users; electricity
 * for low-voltage small and micro users and 10 kV urban users (an average over cases); gas for non-residential users,
 * new residential communities, residential ignition, and the whole gas process.
 *
 * @example
 * ```ts
 * CONNECTION_RULES.gas.residential_ignition; //=> 'm06-gas-residential-ignition'
 * ```
 */
export const CONNECTION_RULES = deepFreeze({
  water: { general: 'm06-water-connection' },
  electricity: { low_voltage_micro: 'm06-electricity-low-voltage', '10kv_urban': 'm06-electricity-10kv-average' },
  gas: {
    non_residential: 'm06-gas-non-residential',
    new_residential_community: 'm06-gas-new-residential-community',
    residential_ignition: 'm06-gas-residential-ignition',
    total: 'm06-gas-total',
  },
} as const);

/** A utility: `'water'`, `'electricity'` or `'gas'`. */
export type Utility = keyof typeof CONNECTION_RULES;

/** A category of connection of utility `U` (`'general'` for water…). */
export type ConnectionCategory<U extends Utility = Utility> = U extends Utility ? keyof (typeof CONNECTION_RULES)[U] : never;

/** The id of a connection rule. */
export type ConnectionRuleId = { readonly [U in Utility]: (typeof CONNECTION_RULES)[U][keyof (typeof CONNECTION_RULES)[U]] }[Utility];

/** The one connection rule that is an average over cases rather than a per-case deadline. */
export const TEN_KV_AVERAGE_RULE_ID = CONNECTION_RULES.electricity['10kv_urban'];

/**
 * Every valid pair, as `'utility/category'`, in the order of {@link CONNECTION_RULES}.
 *
 * @example
 * ```ts
 * CONNECTION_PAIRS[0]; //=> 'water/general'
 * ```
 */
export const CONNECTION_PAIRS: readonly string[] = Object.freeze(
  Object.entries(CONNECTION_RULES).flatMap(([utility, categories]) => Object.keys(categories).map((category) => `${utility}/${category}`)),
);

/**
 * The rule of an application's utility and category, or `undefined` when the pair does not exist (any input is safe).
 *
 * @param application - An object with `utility` and `category`, or anything.
 * @returns The rule id, or `undefined`.
 *
 * @example
 * ```ts
 * connectionRuleIdOf({ utility: 'electricity', category: '10kv_urban' }); //=> 'm06-electricity-10kv-average'
 * connectionRuleIdOf({ utility: 'water', category: 'residential_ignition' }); //=> undefined
 * ```
 */
export function connectionRuleIdOf(application: unknown): ConnectionRuleId | undefined {
  if (typeof application !== 'object' || application === null) return undefined;
  // An object (checked just above): its two fields are read as unknown.
  const { utility, category } = application as { readonly utility?: unknown; readonly category?: unknown };
  if (typeof utility !== 'string' || typeof category !== 'string' || !Object.hasOwn(CONNECTION_RULES, utility)) return undefined;
  // Object.hasOwn has just said it is a utility.
  const categories: Readonly<Record<string, ConnectionRuleId>> = CONNECTION_RULES[utility as Utility];
  return Object.hasOwn(categories, category) ? categories[category] : undefined;
}
