import { calendarDaysOf } from '../../calendar/calendarDays.js';
import type { Calendar } from '../../calendar/types.js';
import { addNextNoticeDays, hasCalendarNotes, nextNoticeWarningOf, projectedYearsOf, withCalendarNotes } from '../engine/calendarNotes.js';
import type { RuleEvaluator } from '../engine/ruleEvaluator.js';
import { NO_TRACE } from '../engine/ruleEvaluator.js';
import { netCalendarDays, netWorkingDays } from '../days/countNetDays.js';
import { AverageFactsSchema } from './factsSchema.js';
import { mergePauses, NO_PAUSES } from '../days/mergePauses.js';
import { parseFacts } from '../engine/parseFacts.js';
import { isYingshangError, type YingshangError } from '../../errors/YingshangError.js';
import type { AverageResult, AverageTraceStep } from './resultSchema.js';
import type { AverageRule } from './definitionSchema.js';

function medianOf(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  // Indexes inside the non-empty sorted array (noUncheckedIndexedAccess cannot see the bound).
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

/** The projected years behind any case's span (start, end], ascending. */
function projectedYearsOfCases(calendar: Calendar, cases: readonly { readonly start: string; readonly end: string }[]): readonly number[] {
  const years = new Set<number>();
  for (const c of cases) for (const year of projectedYearsOf(calendar, c.start, c.end)) years.add(year);
  return [...years].sort((a, b) => a - b);
}

/**
 * Turns an average rule into an evaluator: each case's duration is counted like a deadline's `elapsed` (trigger day
 * not counted, pauses excluded); the rule is met when sum ≤ limit × count, compared in integers. A case that ends after
 * the calendar's data is counted up to its last day: when those lower bounds already exceed the limit the result is
 * `not_met` with `figuresAreLowerBounds: true`, otherwise the missing days decide and it throws. In working days the
 * result records the calendar's `asKnownOn`, is `provisional` when projected days decided any case, and warns when a
 * case counted late-December days that the next year's notice may still change.
 *
 * @param rule - A validated average rule.
 * @returns Its evaluator.
 *
 * @example
 * ```ts
 * compileAverage(getRule('m06-electricity-10kv-average')).evaluate({ cases: [] }, defaultCalendar, false).status; //=> 'no_data'
 * ```
 */
export function compileAverage(rule: AverageRule): RuleEvaluator<AverageRule> {
  const { id } = rule;
  const limit = rule.limit.amount;
  const working = rule.limit.unit === 'working_days';
  const net = working ? netWorkingDays : netCalendarDays;
  return {
    rule,
    evaluate(facts, calendar, withTrace): AverageResult {
      const { cases } = parseFacts(AverageFactsSchema, facts, id);
      const pausesOf = cases.map((c) => (c.pauses ? mergePauses(c.pauses, c.end) : NO_PAUSES));
      // A case whose count needs days after the calendar's data is counted up to its last day: a lower bound.
      let missing: YingshangError | undefined;
      const partial = new Set<number>();
      const last = calendar.calendarCoverage().to;
      const days = calendarDaysOf(calendar);
      const durations = cases.map((c, index) => {
        const pauses = pausesOf[index] ?? NO_PAUSES;
        const start = days.indexOf(c.start);
        if (!working || c.end <= last) return net(days, start, days.indexOf(c.end), pauses);
        try {
          return net(days, start, days.indexOf(c.end), pauses);
        } catch (error) {
          if (!isYingshangError(error, 'CALENDAR_OUT_OF_RANGE')) throw error;
          missing ??= error;
          partial.add(index);
          return c.start >= last ? 0 : net(days, start, days.length - 1, pauses);
        }
      });
      const count = durations.length;
      const sum = durations.reduce((a, b) => a + b, 0);
      const holds = sum <= limit * count;
      // Lower bounds decide only a breach (their sum already over the limit); otherwise the missing days decide.
      if (missing !== undefined && holds) throw missing;
      const lowerBounds = missing !== undefined;
      const trace: readonly AverageTraceStep[] = withTrace
        ? Object.freeze([
            // One duration per case, by index.
            ...cases.map((c, index) => ({ type: 'case', index, start: c.start, end: c.end, duration: durations[index] as number }) as const),
            { type: 'comparison', sum, count, limit, holds },
          ])
        : NO_TRACE;
      // A case counted only in part is not known to be within the limit: `withinLimit` is then a lower bound too.
      const withinLimit = durations.filter((d, index) => d <= limit && !partial.has(index)).length;
      const sorted = [...durations].sort((a, b) => a - b);
      const result: AverageResult =
        count === 0
          ? { ruleId: id, kind: 'average', status: 'no_data', mean: null, median: null, max: null, count, withinLimit, trace }
          : {
              ruleId: id,
              kind: 'average',
              status: holds ? 'met' : 'not_met',
              mean: sum / count,
              median: medianOf(sorted),
              // count ≥ 1 here: the last of the sorted durations.
              max: sorted[count - 1] as number,
              count,
              withinLimit,
              ...(lowerBounds ? { figuresAreLowerBounds: true as const } : {}),
              trace,
            };
      if (!working) return result;
      // The days of late December before a year without a notice that some case counted.
      const nextNoticeDays = new Set<string>();
      cases.forEach((c, index) => {
        addNextNoticeDays(calendar, c.start, c.end > last ? last : c.end, pausesOf[index] ?? NO_PAUSES, nextNoticeDays);
      });
      const nextNotice = nextNoticeWarningOf(calendar, nextNoticeDays);
      if (nextNotice === undefined && !hasCalendarNotes(calendar)) return result;
      return withCalendarNotes(result, calendar, projectedYearsOfCases(calendar, cases), nextNotice);
    },
  };
}
