import { calendarOf, checkEvaluateOptions, traceOf, type EvaluateOptions } from './engine/evaluateOptions.js';
import type { RuleResult } from './ruleResult.js';
import { ruleEvaluatorOf } from './ruleEvaluatorOf.js';

/**
 * The evaluation of `rule` with `options`, checked once: throws now what `evaluate` would throw for any facts (an
 * unknown rule, an invalid definition, a rule or options of the wrong type), and returns the function of the facts that `evaluate` applies.
 * A batch checks its rule and options this way before its first item, then evaluates each item without checking
 * them again.
 *
 * @param rule - A built-in rule id or a definition (a plain one is validated here, once).
 * @param options - The options of `evaluate`.
 * @returns The facts' result, as `evaluate(rule, facts, options)` gives it.
 * @throws {@link UnknownRuleError} UNKNOWN_RULE, {@link InvalidRuleError} INVALID_RULE or {@link InvalidArgumentError}
 * INVALID_ARGUMENT, exactly as `evaluate` would.
 *
 * @example
 * ```ts
 * prepareEvaluation('m15-payment', { trace: false })({ start: '2021-09-29', end: '2021-10-12' }).status; //=> 'met'
 * prepareEvaluation('m15-payment', { trace: 'no' } as never); // throws INVALID_ARGUMENT
 * ```
 */
export function prepareEvaluation(rule: unknown, options: EvaluateOptions | undefined): (facts: unknown) => RuleResult {
  const compiled = ruleEvaluatorOf(rule);
  if (options !== undefined) checkEvaluateOptions(options);
  const calendar = calendarOf(options);
  const trace = traceOf(options);
  return (facts) => compiled.evaluate(facts, calendar, trace);
}
