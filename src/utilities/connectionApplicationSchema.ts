import { isRecord } from '../_internal/isRecord.js';
import * as z from 'zod/mini';
import { describeValue } from '../_internal/describeValue.js';
import { DateFactSchema, notYet, PausesSchema } from '../rules/internal.js';
import { CONNECTION_PAIRS, CONNECTION_RULES, type ConnectionCategory, type Utility } from './connectionRules.js';

const date = DateFactSchema;

/**
 * The dates of a connection application, the same for every utility and category (their order is checked with the
 * application, by {@link ConnectionApplicationSchema}).
 *
 * @example
 * ```ts
 * ConnectionApplicationDatesSchema.safeParse({ acceptedOn: '2021-09-28', completedOn: null }).success; //=> true
 * ```
 */
export const ConnectionApplicationDatesSchema = z.strictObject({
  /** The day the application was accepted (受理): day 0, not counted. */
  acceptedOn: date,
  /** The day the connection was completed; omit it (or `null`) while it has not been. */
  completedOn: notYet(date),
  /** The day to judge an application still open on; default today in Asia/Shanghai. */
  asOf: z.optional(date),
  /** Intervals when the clock stopped (customer-caused delay…): not counted. */
  pauses: PausesSchema,
});

/** The dates of a connection application. */
export type ConnectionApplicationDates = Readonly<z.input<typeof ConnectionApplicationDatesSchema>>;

/**
 * An application to connect to water, electricity or gas: its utility and category (which pick the rule, see
 * {@link CONNECTION_RULES}) and its dates.
 */
export type ConnectionApplication = {
  readonly [U in Utility]: ConnectionApplicationDates & { readonly utility: U; readonly category: ConnectionCategory<U> };
}[Utility];

const PAIRS_TEXT = `valid pairs (utility/category): ${CONNECTION_PAIRS.join(', ')}`;

function applicationSchema<U extends Utility>(utility: U) {
  // Every utility has at least one category (CONNECTION_RULES), keyed by ConnectionCategory<U>.
  const categories = Object.keys(CONNECTION_RULES[utility]) as [ConnectionCategory<U>, ...ConnectionCategory<U>[]];
  return z.strictObject({
    utility: z.literal(utility),
    category: z.enum(categories, { error: (issue) => `${describeValue(issue.input)} is not a category of ${utility}; ${PAIRS_TEXT}` }),
    ...ConnectionApplicationDatesSchema.shape,
  });
}

/**
 * The schema of a {@link ConnectionApplication}: a known utility and category (the message of an unknown pair lists
 * the valid ones), known fields only, real dates (`completedOn: null` as when it is left out), pauses whose `from` is
 * not after their `to`. Whether `completedOn` is after `acceptedOn` is checked by the rule itself.
 *
 * @example
 * ```ts
 * ConnectionApplicationSchema.safeParse({ utility: 'water', category: 'general', acceptedOn: '2021-09-28' }).success; //=> true
 * ConnectionApplicationSchema.safeParse({ utility: 'water', category: 'total', acceptedOn: '2021-09-28' }).success; //=> false
 * ```
 */
export const ConnectionApplicationSchema = z.discriminatedUnion('utility', [applicationSchema('water'), applicationSchema('electricity'), applicationSchema('gas')], {
  error: (issue) => {
    // Typed as a union's issue only, the error map also gets zod's `invalid_type` for an input that is not an object.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- see above
    if (issue.code !== 'invalid_union') return undefined;
    const input: unknown = issue.input;
    const utility = isRecord(input) ? input['utility'] : undefined;
    return `${describeValue(utility)} is not a utility; ${PAIRS_TEXT}`;
  },
});
