// What each day of a deadline's span is, read from the result's trace and the calendar.
import type { Calendar, DayInfo } from 'yingshang/calendar';
import type { DeadlineResult } from 'yingshang/rules';
import { addDays } from './isoDays.js';

/** The roles a day plays in a deadline. */
export type DayRole = 'trigger' | 'due' | 'action' | 'asOf';

/** One day as drawn: the calendar's facts and what the deadline made of it. */
export interface DayMark {
  /** Absent for a day outside the calendar's data. */
  readonly info?: DayInfo;
  /** The day's number among the counted days (1…n). */
  readonly count?: number;
  readonly paused?: boolean;
  /** After a calendar-day period's last day, moved past rest days (民法典 §203). */
  readonly rolled?: boolean;
  /** After the due date, up to the day it was done or judged. */
  readonly late?: boolean;
  readonly roles: readonly DayRole[];
}

/**
 * The calendar's facts about the days from `from` to `to`, by date: its `listDays`, clipped to the days it covers
 * (a drawn month may reach past the data; those days have no facts).
 */
export function daysInfo(calendar: Calendar, from: string, to: string): ReadonlyMap<string, DayInfo> {
  const coverage = calendar.calendarCoverage();
  const first = from > coverage.from ? from : coverage.from;
  const last = to < coverage.to ? to : coverage.to;
  return new Map(first > last ? [] : calendar.listDays(first, last).map((info) => [info.date, info]));
}

/** The day of a trace step of the given type. */
function stepDate(result: DeadlineResult, type: 'start' | 'end' | 'as_of'): string | undefined {
  const step = result.trace.find((s) => s.type === type);
  return step !== undefined && 'date' in step ? step.date : undefined;
}

/**
 * Marks every day from the trigger day to the last day that matters (the due date, the day it was done, the day it
 * was judged on): counted days numbered as the library counted them (working days, or calendar days, net of pauses).
 */
export function markDays(result: DeadlineResult, calendar: Calendar): { readonly marks: ReadonlyMap<string, DayMark>; readonly from: string; readonly to: string } {
  const start = stepDate(result, 'start') ?? result.due;
  const end = stepDate(result, 'end');
  const asOf = stepDate(result, 'as_of');
  const pauses = result.trace.flatMap((s) => (s.type === 'pause' ? [s] : []));
  const roll = result.trace.find((s) => s.type === 'roll');
  // The last counted day: the due date, or the day a calendar-day period ended before it rolled.
  const lastCounted = roll !== undefined && 'from' in roll ? roll.from : result.due;
  const workingDays = result.limit?.unit === 'working_days';
  const to = [result.due, end, asOf].reduce<string>((a, b) => (b !== undefined && b > a ? b : a), start);
  const infos = daysInfo(calendar, start, to);
  const marks = new Map<string, DayMark>();
  let count = 0;
  for (let day = start; day <= to; day = addDays(day, 1)) {
    const info = infos.get(day);
    const roles: DayRole[] = [];
    if (day === start) roles.push('trigger');
    if (day === result.due) roles.push('due');
    if (day === end) roles.push('action');
    if (day === asOf && end === undefined) roles.push('asOf');
    const paused = day > start && pauses.some((p) => p.from <= day && day <= p.to);
    const counts = day > start && day <= lastCounted && !paused && (!workingDays || info?.isWorkingDay === true);
    if (counts) count += 1;
    marks.set(day, {
      ...(info === undefined ? {} : { info }),
      ...(counts ? { count } : {}),
      ...(paused ? { paused } : {}),
      ...(day > lastCounted && day <= result.due ? { rolled: true } : {}),
      ...(day > result.due ? { late: true } : {}),
      roles,
    });
  }
  return { marks, from: start, to };
}
