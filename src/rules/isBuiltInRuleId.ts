import { ruleById, type BuiltInRuleId } from './catalogue/builtInRules.js';

/**
 * Whether a value is the id of a built-in rule: the type guard that turns a `string` known only at run time (a
 * command-line argument, a form field, a JSON record) into a {@link BuiltInRuleId}, which `evaluate`, `safeEvaluate`,
 * `evaluateMany` and `getRule` take. A literal id needs no guard: the compiler checks it, and a misspelt one fails to
 * compile. (`getRule(s)` is the other path from a `string`: it throws UNKNOWN_RULE, listing the ids, for an unknown one.)
 *
 * @param value - Any value.
 * @returns `true` when `value` is a string that is the id of a built-in rule.
 * @example
 * ```ts
 * const fromForm: string = 'm15-payment';
 * isBuiltInRuleId(fromForm); //=> true
 * const status = isBuiltInRuleId(fromForm) ? evaluate(fromForm, { start: '2021-09-29', end: '2021-10-12' }).status : 'no such rule';
 * //=> 'met'
 * isBuiltInRuleId('m15-paymnet'); //=> false
 * isBuiltInRuleId(15); //=> false
 * ```
 */
export function isBuiltInRuleId(value: unknown): value is BuiltInRuleId {
  return typeof value === 'string' && ruleById.has(value);
}
