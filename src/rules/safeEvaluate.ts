import { isYingshangError, type YingshangError } from '../errors/YingshangError.js';
import type { BuiltInRuleId } from './catalogue/builtInRules.js';
import { evaluate, type EvaluateOptions, type FactsOfRule, type ResultOfRule } from './evaluate.js';
import type { RuleResult } from './ruleResult.js';
import type { RuleDefinition } from './ruleDefinitionSchema.js';

/** The outcome of {@link safeEvaluate}: the result, or the library error that {@link evaluate} would have thrown. */
export type SafeEvaluateResult<R extends RuleResult = RuleResult> =
  | { readonly success: true; readonly result: R }
  | { readonly success: false; readonly error: YingshangError };

/**
 * {@link evaluate} without throwing for bad input: library errors (INVALID_FACTS, UNKNOWN_RULE, CALENDAR_OUT_OF_RANGE…)
 * come back as `{ success: false, error }`. Anything else (a bug) still throws.
 *
 * @param rule - A built-in rule id or a definition (a `string` known only at run time goes through `isBuiltInRuleId` or `getRule`).
 * @param facts - The facts.
 * @param options - `calendar` and `trace`.
 * @returns `{ success: true, result }` or `{ success: false, error }`.
 * @example
 * ```ts
 * const ok = safeEvaluate('m15-payment', { start: '2021-09-29', end: '2021-10-12' });
 * ok.success && ok.result.status; //=> 'met'
 * const bad = safeEvaluate('m15-payment', { start: '2021-09-31' });
 * bad.success || bad.error.code; //=> 'INVALID_FACTS'
 * bad.success || bad.error.message; //=> "Invalid facts for rule 'm15-payment': start: '2021-09-31' is not a real date: September 2021 has 30 days."
 * ```
 */
export function safeEvaluate<const Rule extends BuiltInRuleId | RuleDefinition>(
  rule: Rule,
  facts: FactsOfRule<Rule>,
  options?: EvaluateOptions,
): SafeEvaluateResult<ResultOfRule<Rule>>;
export function safeEvaluate(rule: BuiltInRuleId | RuleDefinition, facts: unknown, options?: EvaluateOptions): SafeEvaluateResult {
  try {
    return { success: true, result: evaluate(rule, facts, options) };
  } catch (error) {
    if (isYingshangError(error)) return { success: false, error };
    throw error;
  }
}
