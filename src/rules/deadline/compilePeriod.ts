import { calendarDaysOf } from '../../calendar/calendarDays.js';
import type { Calendar } from '../../calendar/types.js';
import { hasCalendarNotes, nextNoticeWarnings, projectedYearsOf, withCalendarNotes } from '../engine/calendarNotes.js';
import type { RuleEvaluator } from '../engine/ruleEvaluator.js';
import { NO_TRACE } from '../engine/ruleEvaluator.js';
import { netCalendarDays, netWorkingDays } from '../days/countNetDays.js';
import { workingDaysLate } from './workingDaysLate.js';
import { DeadlineFactsSchema } from './factsSchema.js';
import { parseFacts } from '../engine/parseFacts.js';
import { periodDeadlineTrace } from './periodTrace.js';
import { calendarDayDue, workingDayDue } from './periodDue.js';
import { namingFieldOf } from './namingFieldOf.js';
import { pauseAfterDueWarnings, pausesUpTo } from './pausesUpTo.js';
import { periodInputOf, readDeadlineFacts, type PeriodInput } from './readFacts.js';
import type { DeadlineLimit, DeadlineResult } from './resultSchema.js';
import type { PeriodDeadlineRule } from './definitionSchema.js';
import { todayInShanghai } from '../engine/todayInShanghai.js';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Turns a period deadline into an evaluator. The hot path (plain facts, no pauses, working days) is one fast facts
 * check and three calendar lookups; zod runs only for facts the fast check does not accept. A result whose answer
 * consulted the calendar's days records the calendar's `asKnownOn` and, when projected days decided it, is
 * `provisional` with a warning naming their years.
 *
 * @param rule - A validated period deadline.
 * @returns Its evaluator.
 *
 * @example
 * ```ts
 * compilePeriodDeadline(getRule('m15-payment')).evaluate({ start: '2021-09-29', asOf: '2021-10-08' }, defaultCalendar, false).due; //=> '2021-10-12'
 * ```
 */
export function compilePeriodDeadline(rule: PeriodDeadlineRule): RuleEvaluator<PeriodDeadlineRule> {
  const { id } = rule;
  const { amount, unit } = rule.limit;
  const limit: DeadlineLimit = Object.freeze({ amount, unit });
  const working = unit === 'working_days';
  const roll = Object.freeze({ roll: rule.limit.unit === 'calendar_days' ? (rule.limit.roll ?? 'next_working_day') : 'none' });
  const net = working ? netWorkingDays : netCalendarDays;
  // A calendar-day period that never rolls uses the calendar for its coverage only.
  const consultsDays = working || roll.roll !== 'none';
  return {
    rule,
    evaluate(facts, calendar, withTrace): DeadlineResult {
      const input = readDeadlineFacts(facts) ?? periodInputOf(parseFacts(DeadlineFactsSchema, facts, id));
      const reference = input.end ?? input.asOf ?? todayInShanghai();
      try {
        return evaluatePeriod(input, reference, calendar, withTrace);
      } catch (error) {
        // An out-of-range error names the fact that needs the day: `asOf` may stand for today's date.
        throw namingFieldOf(error, [['start', input.start], ['end', input.end], ['asOf', input.asOf], ["asOf (not given: today's date)", reference]]);
      }
    },
  };

  function evaluatePeriod(input: PeriodInput, reference: string, calendar: Calendar, withTrace: boolean): DeadlineResult {
    const { start, end } = input;
    // Each date is read once; the answer is counted on day indexes.
    const days = calendarDaysOf(calendar);
    const startAt = days.indexOf(start);
    const referenceAt = days.indexOf(reference);
    let due: string;
    let dueAt: number;
    let nominal = 0;
    if (working) {
      dueAt = workingDayDue(days, startAt, amount, input.pauses);
      due = days.iso(dueAt);
    } else {
      ({ due, nominal } = calendarDayDue(calendar, start, amount, roll, input.pauses));
      dueAt = days.indexOf(due);
    }
    // A pause that began after the due date cannot revive the expired period: it is left out of every count.
    const { pauses, ignored } = pausesUpTo(input.pauses, due);
    const trace = withTrace ? periodDeadlineTrace(calendar, { input, due, working, nominal, roll: roll.roll, reference, zero: amount === 0 }) : NO_TRACE;
    // Built field by field in one order (no spreads: this is the hot path), `trace` last.
    const late = referenceAt > dueAt;
    const status = referenceAt < startAt ? 'not_started' : end === undefined ? (late ? 'overdue' : 'pending') : late ? 'missed' : 'met';
    // Filled in below, field by field in the published order, before it is frozen (the hot path builds no intermediate object).
    const result: Writable<DeadlineResult> = { ruleId: id, kind: 'deadline', status, due, limit } as Writable<DeadlineResult>;
    // The last day the answer reads: the due date, or `reference` (for working days, the first working day from it on).
    let readUntil = dueAt;
    // An as-of day before the trigger day (`end` never is): the period has not begun, nothing is counted.
    if (status !== 'not_started') {
      if (late && working) {
        const lateness = workingDaysLate(days, dueAt, referenceAt, pauses);
        // When the first working day from `reference` on is past the data, `overBy` is a lower bound, and `elapsed` is left out if `reference` itself is.
        if (!lateness.lowerBound || referenceAt <= lateness.until) result.elapsed = net(days, startAt, referenceAt, pauses);
        result.overBy = lateness.overBy;
        if (lateness.lowerBound) result.overByIsLowerBound = true;
        readUntil = lateness.until;
      } else {
        result.elapsed = net(days, startAt, referenceAt, pauses);
        if (late) result.overBy = net(days, dueAt, referenceAt, pauses);
        else result.remaining = net(days, referenceAt, dueAt, pauses);
      }
    }
    result.start = start;
    if (end === undefined) result.asOf = reference;
    else result.end = end;
    if (ignored.length > 0) result.warnings = pauseAfterDueWarnings(ignored);
    result.trace = trace;
    if (!consultsDays) return result;
    // Working days: the due date depends on (start, due], the counts on (start, reference]. Calendar days: only the roll, [nominal, due].
    // The day before the nominal day, or the first covered day (never projected) when that is outside the calendar.
    const readAfter = working ? startAt : Math.max(nominal - days.firstDay - 1, 0);
    const nextNotice = readUntil < days.mayChangeFrom ? undefined : nextNoticeWarnings(calendar, days.iso(readAfter), days.iso(readUntil), pauses);
    if (nextNotice === undefined && !hasCalendarNotes(calendar)) return result;
    return withCalendarNotes(result, calendar, projectedYearsOf(calendar, days.iso(readAfter), days.iso(readUntil)), nextNotice);
  }
}
