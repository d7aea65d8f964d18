import { formatIsoDay, parseIsoDay } from '../_internal/dayNumber.js';
import type { Calendar } from './types.js';

/**
 * A calendar's days as integer indexes into its precomputed index (index 0 is its first covered day; a day before the
 * data has a negative index, one after it an index ≥ `length`), for the rules engine: it reads each fact's date once
 * and counts on indexes. Each method answers, and throws, exactly what the public method of the same name answers
 * and throws for the `'YYYY-MM-DD'` of the same days.
 */
export interface CalendarDays {
  /** Day number of index 0. */
  readonly firstDay: number;
  /** Number of covered days. */
  readonly length: number;
  /** Index of the first day the calendar's next notice may still change (26 December of its last year with a notice). */
  readonly mayChangeFrom: number;
  /** Index of a real date written `'YYYY-MM-DD'` (validated before: this never throws for one). */
  indexOf(date: string): number;
  /** `'YYYY-MM-DD'` of any index. */
  iso(i: number): string;
  isWorkingDay(i: number): boolean;
  addWorkingDays(i: number, n: number): number;
  countWorkingDays(start: number, end: number): number;
  nextWorkingDay(i: number): number;
}

const registered = new WeakMap<Calendar, CalendarDays>();
/** The calendar asked for last and its days (evaluations in a row use one calendar). */
let lastCalendar: Calendar | undefined;
let lastDays: CalendarDays | undefined;

/**
 * Records the day-index view of a calendar built from an index (`calendarFromIndex` calls it once per calendar).
 *
 * @param calendar - The calendar.
 * @param days - Its days.
 * @returns The calendar.
 * @example
 * ```ts
 * registerCalendarDays(calendar, days) === calendar; //=> true
 * ```
 */
export function registerCalendarDays(calendar: Calendar, days: CalendarDays): Calendar {
  registered.set(calendar, days);
  return calendar;
}

/** The days of a calendar known only by its public methods (an object copied from one, say): every answer goes through them. */
function daysThroughMethods(calendar: Calendar): CalendarDays {
  const coverage = calendar.calendarCoverage();
  const firstDay = parseIsoDay(coverage.from);
  const iso = (i: number): string => formatIsoDay(firstDay + i);
  const indexOf = (date: string): number => parseIsoDay(date) - firstDay;
  return {
    firstDay,
    length: parseIsoDay(coverage.to) - firstDay + 1,
    mayChangeFrom: indexOf(calendar.nextNotice.mayChangeFrom),
    indexOf,
    iso,
    isWorkingDay: (i) => calendar.isWorkingDay(iso(i)),
    addWorkingDays: (i, n) => indexOf(calendar.addWorkingDays(iso(i), n)),
    countWorkingDays: (start, end) => calendar.countWorkingDays(iso(start), iso(end)),
    nextWorkingDay: (i) => indexOf(calendar.nextWorkingDay(iso(i))),
  };
}

/**
 * The day-index view of a calendar: the one recorded for it, or one that answers through its public methods.
 *
 * @param calendar - A calendar.
 * @returns Its days.
 * @example
 * ```ts
 * const days = calendarDaysOf(defaultCalendar);
 * days.iso(days.addWorkingDays(days.indexOf('2021-09-29'), 5)); //=> '2021-10-12'
 * ```
 */
export function calendarDaysOf(calendar: Calendar): CalendarDays {
  if (calendar === lastCalendar && lastDays !== undefined) return lastDays;
  let days = registered.get(calendar);
  if (days === undefined) {
    days = daysThroughMethods(calendar);
    registered.set(calendar, days);
  }
  lastCalendar = calendar;
  lastDays = days;
  return days;
}
