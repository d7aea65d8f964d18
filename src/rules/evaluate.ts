import type { BuiltInRuleId, BuiltInRuleOf } from './catalogue/builtInRules.js';
import { calendarOf, checkEvaluateOptions, traceOf, type EvaluateOptions } from './engine/evaluateOptions.js';
import type { FactsOf, ResultOf } from './factsOf.js';
import { ruleEvaluatorOf } from './ruleEvaluatorOf.js';
import type { RuleResult } from './ruleResult.js';
import type { RuleDefinition } from './ruleDefinitionSchema.js';

export type { EvaluateOptions } from './engine/evaluateOptions.js';

/** The definition of a rule given as a built-in id or as a definition. */
export type RuleOf<Rule> = Rule extends BuiltInRuleId ? BuiltInRuleOf<Rule> : Rule;

/**
 * The facts of a rule given as a built-in id or a definition: typed for one rule, `unknown` (validated at run time)
 * for a rule known only at run time (see {@link FactsOf}).
 */
export type FactsOfRule<Rule> = FactsOf<RuleOf<Rule>>;

/** The result type of a rule given as a built-in id or a definition. */
export type ResultOfRule<Rule> = ResultOf<RuleOf<Rule>>;

/** The facts of the built-in rule with id `Id`. */
export type FactsOfId<Id extends BuiltInRuleId> = FactsOfRule<Id>;

/** The result of the built-in rule with id `Id`. */
export type ResultOfId<Id extends BuiltInRuleId> = ResultOfRule<Id>;

/**
 * Judges facts against a rule: a deadline's due date and status, a threshold's exact comparison, a target's progress,
 * an average over cases. Domain outcomes (missed, not met, behind…) are values; only bad input throws.
 *
 * The rule is a {@link BuiltInRuleId} (a literal is checked by the compiler, which then types the facts and the result:
 * a misspelt id, a wrong fact name or type, a missing fact fail to compile) or a definition. A `string` known only at
 * run time goes through {@link isBuiltInRuleId} or `getRule(s)` first.
 *
 * @param rule - A built-in rule id, or a definition (from `defineRule` or `getRule`, or plain JSON validated on the spot).
 * @param facts - The facts, validated against the rule's facts schema (dates `'YYYY-MM-DD'` or `Date`s read in Asia/Shanghai).
 * @param options - `calendar` and `trace`.
 * @returns The result; its `kind` is the rule's.
 * @throws {@link UnknownRuleError} UNKNOWN_RULE when no built-in rule has the id.
 * @throws {@link InvalidRuleError} INVALID_RULE when a definition does not match the rule schema.
 * @throws {@link InvalidFactsError} INVALID_FACTS listing every problem of the facts with its path.
 * @throws {@link CalendarOutOfRangeError} CALENDAR_OUT_OF_RANGE when a date, or the due date, is outside the calendar.
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT when `rule` or `options` has the wrong type.
 * @example
 * ```ts
 * // Payment within 5 working days of the invoice: 国庆节 is not counted, the make-up Saturday 10-09 is.
 * const result = evaluate('m15-payment', { start: '2021-09-29', end: '2021-10-12' });
 * result.status; //=> 'met'
 * result.trace.map((step) => step.type); //=> ['start', 'holiday', 'makeup_workday', 'due', 'end']
 * evaluate('m15-payment', { start: '2021-09-29', end: '2021-10-12' }, { trace: false });
 * //=> { ruleId: 'm15-payment', kind: 'deadline', status: 'met', due: '2021-10-12',
 * //=>    limit: { amount: 5, unit: 'working_days' }, elapsed: 5, remaining: 0, start: '2021-09-29', end: '2021-10-12', trace: [] }
 * evaluate('m15-payment', { start: '2021-02-30' }); //=> throws INVALID_FACTS
 * ```
 */
export function evaluate<const Rule extends BuiltInRuleId | RuleDefinition>(rule: Rule, facts: FactsOfRule<Rule>, options?: EvaluateOptions): ResultOfRule<Rule>;
export function evaluate(rule: unknown, facts: unknown, options?: EvaluateOptions): RuleResult {
  // What `prepareEvaluation(rule, options)(facts)` gives, without building a batch's evaluator (≈ 10% of an untraced evaluation).
  const compiled = ruleEvaluatorOf(rule);
  if (options !== undefined) checkEvaluateOptions(options);
  return compiled.evaluate(facts, calendarOf(options), traceOf(options));
}
