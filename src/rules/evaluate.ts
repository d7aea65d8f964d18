import { defaultCalendar } from '../calendar/defaultCalendar.js';
import type { BuiltInRuleId, BuiltInRuleOf } from './catalogue/builtInRules.js';
import { compiledFor } from './engine/compiledFor.js';
import { checkEvaluateOptions, type EvaluateOptions } from './engine/evaluateOptions.js';
import type { FactsOf, ResultOf } from './engine/factsOf.js';
import type { RuleResult } from './schema/results.js';
import type { RuleDefinition } from './schema/ruleDefinitionSchema.js';

export type { EvaluateOptions } from './engine/evaluateOptions.js';

/** The facts of the rule with id `Id`: typed for a built-in id, `unknown` (validated at run time) for any other string. */
export type FactsOfId<Id extends string> = Id extends BuiltInRuleId ? FactsOf<BuiltInRuleOf<Id>> : unknown;

/** The result of the rule with id `Id`: typed for a built-in id, any {@link RuleResult} for any other string. */
export type ResultOfId<Id extends string> = Id extends BuiltInRuleId ? ResultOf<BuiltInRuleOf<Id>> : RuleResult;

/**
 * Judges facts against a rule: a deadline's due date and status, a threshold's exact comparison, a target's progress,
 * an average over cases. Domain outcomes (missed, not met, behind…) are values; only bad input throws.
 *
 * @param rule - A built-in rule id, or a definition (from `defineRule`, or plain JSON validated on the spot).
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
export function evaluate<const Id extends string>(rule: Id, facts: FactsOfId<Id>, options?: EvaluateOptions): ResultOfId<Id>;
export function evaluate<const R extends RuleDefinition>(rule: R, facts: FactsOf<R>, options?: EvaluateOptions): ResultOf<R>;
export function evaluate(rule: unknown, facts: unknown, options?: EvaluateOptions): RuleResult {
  const compiled = compiledFor(rule);
  if (options === undefined) return compiled.evaluate(facts, defaultCalendar, true);
  checkEvaluateOptions(options);
  return compiled.evaluate(facts, options.calendar ?? defaultCalendar, options.trace ?? true);
}
