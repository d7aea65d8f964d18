import { parseIsoDay } from '../../_internal/dayNumber.js';
import type { RuleEvaluator } from '../engine/ruleEvaluator.js';
import { NO_TRACE } from '../engine/ruleEvaluator.js';
import { TargetFactsSchema } from './factsSchema.js';
import { parseFacts } from '../engine/parseFacts.js';
import type { TargetResult } from './resultSchema.js';
import type { TargetStatus } from '../schema/statusSchemas.js';
import type { TargetRule } from './definitionSchema.js';

/**
 * Progress as `done / needed` in whole numbers: towards `target` from 0 (`at_least`), or from `baseline` down to
 * `target` (`at_most`; without a baseline, or with one already at or below the target, nothing counts as progress).
 */
function progressOf(rule: TargetRule, value: number, baseline: number | undefined): { readonly done: number; readonly needed: number } {
  if (rule.direction === 'at_least') return { done: Math.min(value, rule.target), needed: rule.target };
  if (baseline === undefined || baseline <= rule.target) return { done: 0, needed: 1 };
  const needed = baseline - rule.target;
  return { done: Math.min(needed, Math.max(0, baseline - value)), needed };
}

/**
 * Turns a target into an evaluator. Achieved when the value meets the target; otherwise missed after the due date,
 * and before it on track when progress ≥ the share of days from `startsOn` to `asOf` (both included) in the days from
 * `startsOn` to `due`, compared exactly.
 *
 * @param rule - A validated target rule.
 * @returns Its evaluator.
 *
 * @example
 * ```ts
 * compileTarget(getRule('m46-aaa-harmonious-enterprises')).evaluate({ value: 2, asOf: '2021-09-01' }, defaultCalendar, false).status; //=> 'achieved'
 * ```
 */
export function compileTarget(rule: TargetRule): RuleEvaluator<TargetRule> {
  const { id, target, due, startsOn } = rule;
  const startDay = parseIsoDay(startsOn);
  const dueDay = parseIsoDay(due);
  const totalDays = dueDay - startDay + 1;
  return {
    rule,
    evaluate(facts, _calendar, withTrace): TargetResult {
      const { value, asOf, baseline } = parseFacts(TargetFactsSchema, facts, id);
      const asOfDay = parseIsoDay(asOf);
      const elapsedDays = Math.min(totalDays, Math.max(0, asOfDay - startDay + 1));
      const achieved = rule.direction === 'at_least' ? value >= target : value <= target;
      const { done, needed } = progressOf(rule, value, baseline);
      let status: TargetStatus;
      if (achieved) status = 'achieved';
      else if (asOfDay > dueDay) status = 'missed';
      else status = BigInt(done) * BigInt(totalDays) >= BigInt(needed) * BigInt(elapsedDays) ? 'on_track' : 'behind';
      const trace = withTrace
        ? Object.freeze([{ type: 'progress', asOf, startsOn, ...(baseline === undefined ? {} : { baseline }), elapsedDays, totalDays } as const])
        : NO_TRACE;
      return {
        ruleId: id,
        kind: 'target',
        status,
        target,
        value,
        due,
        progress: achieved ? 1 : done / needed,
        expectedProgress: elapsedDays / totalDays,
        asOf,
        trace,
      };
    },
  };
}
