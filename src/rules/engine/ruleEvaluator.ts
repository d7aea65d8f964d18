import type { Calendar } from '../../calendar/types.js';
import type { RuleResult } from '../ruleResult.js';

/** A validated rule turned into a function of its facts (a kind's `compile` builds it); built once per definition and cached. */
export interface RuleEvaluator<Rule = unknown> {
  readonly rule: Rule;
  /**
   * Validates the facts and judges them.
   *
   * @param facts - Anything; validated against the rule's facts schema.
   * @param calendar - The working-day calendar.
   * @param trace - Whether to record the computation in `trace`.
   */
  evaluate(facts: unknown, calendar: Calendar, trace: boolean): RuleResult;
}

/** The trace of a result evaluated with `trace: false` (shared, frozen). */
export const NO_TRACE: readonly never[] = Object.freeze([]);
