import { formatIsoDay, parseIsoDay } from '../_internal/dayNumber.js';
import type { Calendar } from '../calendar/types.js';
import { hasCalendarNotes, projectedYearsOf, withCalendarNotes } from './calendarNotes.js';
import type { CompiledRule } from './compiledRule.js';
import { NO_TRACE } from './compiledRule.js';
import { netCalendarDays, netWorkingDays } from './countNetDays.js';
import { DeadlineFactsSchema } from './factsSchemas.js';
import { parseFacts } from './parseFacts.js';
import { withoutNotYet } from '../_internal/withoutNotYet.js';

import { periodDeadlineTrace } from './periodDeadlineTrace.js';
import { calendarDayDue, workingDayDue } from './periodDue.js';
import { periodInputOf, readDeadlineFacts } from './readDeadlineFacts.js';
import type { DeadlineLimit, DeadlineResult } from './results.js';
import type { PeriodDeadlineRule } from './ruleDefinitionSchema.js';
import { todayInShanghai } from './todayInShanghai.js';

/** `end: null` means not done yet, as when `end` is left out. */
const NOT_YET = ['end'];

/** The day before day number `day`, or the first covered day (never projected) when that is outside the calendar. */
function dayBefore(calendar: Calendar, day: number): string {
  const first = calendar.calendarCoverage().from;
  return day - 1 < parseIsoDay(first) ? first : formatIsoDay(day - 1);
}

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
export function compilePeriodDeadline(rule: PeriodDeadlineRule): CompiledRule {
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
      const input = readDeadlineFacts(facts) ?? periodInputOf(parseFacts(DeadlineFactsSchema, withoutNotYet(facts, NOT_YET), id));
      const { start, end, pauses } = input;
      let due: string;
      let nominal = 0;
      if (working) due = workingDayDue(calendar, start, amount, pauses);
      else ({ due, nominal } = calendarDayDue(calendar, start, amount, roll, pauses));
      const reference = end ?? input.asOf ?? todayInShanghai();
      // An as-of day before the trigger: nothing has elapsed yet.
      const at = reference < start ? start : reference;
      const elapsed = net(calendar, start, at, pauses);
      const trace = withTrace ? periodDeadlineTrace(calendar, { input, due, working, nominal, roll: roll.roll, reference }) : NO_TRACE;
      const result: DeadlineResult =
        at <= due
          ? { ruleId: id, kind: 'deadline', status: end === undefined ? 'pending' : 'met', due, limit, elapsed, remaining: net(calendar, at, due, pauses), trace }
          : { ruleId: id, kind: 'deadline', status: end === undefined ? 'overdue' : 'missed', due, limit, elapsed, overBy: net(calendar, due, at, pauses), trace };
      if (!consultsDays || !hasCalendarNotes(calendar)) return result;
      // Working days: the due date depends on (start, due], the counts on (start, at]. Calendar days: only the roll, [nominal, due].
      const years = working ? projectedYearsOf(calendar, start, at > due ? at : due) : projectedYearsOf(calendar, dayBefore(calendar, nominal), due);
      return withCalendarNotes(result, calendar, years);
    },
  };
}
