import { defaultCalendar } from './defaultCalendar.js';
import type { AddCalendarDaysOptions, CalendarCoverage, DateInput, DayInfo, HolidayBlock } from './types.js';

/**
 * Whether `date` is a working day: Monday to Friday unless an official rest day, plus weekend days declared
 * working days (调休上班).
 *
 * @param date - `'YYYY-MM-DD'`, or a `Date` read as its Asia/Shanghai date.
 * @returns `true` on working days.
 * @throws {@link InvalidDateError} INVALID_DATE when `date` is malformed or impossible.
 * @throws {@link CalendarOutOfRangeError} CALENDAR_OUT_OF_RANGE when `date` is outside `calendarCoverage()`.
 * @example
 * ```ts
 * isWorkingDay('2021-10-01'); //=> false // 国庆节
 * isWorkingDay('2021-10-09'); //=> true // a Saturday, 调休上班
 * isWorkingDay('2021-02-29'); //=> throws INVALID_DATE
 * ```
 */
export function isWorkingDay(date: DateInput): boolean {
  return defaultCalendar.isWorkingDay(date);
}

/**
 * Everything the calendar knows about a day: weekday, kind, the holiday it belongs to and the notice that fixed it.
 *
 * @param date - `'YYYY-MM-DD'`, or a `Date` read as its Asia/Shanghai date.
 * @returns A frozen {@link DayInfo}.
 * @throws {@link InvalidDateError} INVALID_DATE when `date` is malformed or impossible.
 * @throws {@link CalendarOutOfRangeError} CALENDAR_OUT_OF_RANGE when `date` is outside `calendarCoverage()`.
 * @example
 * ```ts
 * getDayInfo('2021-10-09').kind; //=> 'makeup_workday'
 * getDayInfo('2021-10-09').holiday?.key; //=> 'national_day'
 * ```
 */
export function getDayInfo(date: DateInput): DayInfo {
  return defaultCalendar.getDayInfo(date);
}

/**
 * Every day from `from` to `to`, both included, as {@link DayInfo}: one array read per day.
 *
 * @param from - The first day listed.
 * @param to - The last day listed, not before `from`.
 * @returns Frozen day infos, one per day, in date order.
 * @throws {@link InvalidDateError} INVALID_DATE when either date is invalid.
 * @throws {@link CalendarOutOfRangeError} CALENDAR_OUT_OF_RANGE when either date is outside `calendarCoverage()`.
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT when `to` is before `from`.
 * @example
 * ```ts
 * listDays('2021-10-07', '2021-10-09').map((d) => d.kind); //=> ['holiday', 'workday', 'makeup_workday']
 * ```
 */
export function listDays(from: DateInput, to: DateInput): readonly DayInfo[] {
  return defaultCalendar.listDays(from, to);
}

/**
 * The working days from `from` to `to`, both included, read from the index (time proportional to the answer).
 *
 * @param from - The first day that may be listed.
 * @param to - The last day that may be listed, not before `from`.
 * @returns Frozen `'YYYY-MM-DD'` dates, ascending.
 * @throws {@link InvalidDateError} INVALID_DATE when either date is invalid.
 * @throws {@link CalendarOutOfRangeError} CALENDAR_OUT_OF_RANGE when either date is outside `calendarCoverage()`.
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT when `to` is before `from`.
 * @example
 * ```ts
 * listWorkingDays('2021-09-30', '2021-10-10'); //=> ['2021-09-30', '2021-10-08', '2021-10-09']
 * ```
 */
export function listWorkingDays(from: DateInput, to: DateInput): readonly string[] {
  return defaultCalendar.listWorkingDays(from, to);
}

/**
 * The `n`-th working day strictly after `date` (n > 0) or strictly before it (n < 0); `n = 0` returns `date`.
 * The start day is never counted, whatever kind of day it is, and may lie outside the data when no day the answer
 * counts does (`addWorkingDays('2027-01-01', -12)` reads only 2026 days; `n = 0` reads none).
 *
 * @param date - The start, `'YYYY-MM-DD'` or a `Date`.
 * @param n - A whole number of working days.
 * @returns `'YYYY-MM-DD'`.
 * @throws {@link InvalidDateError} INVALID_DATE when `date` is invalid or `n` is not a finite integer.
 * @throws {@link CalendarOutOfRangeError} CALENDAR_OUT_OF_RANGE when a day between `date` and the answer lies outside `calendarCoverage()`.
 * @example
 * ```ts
 * addWorkingDays('2021-09-29', 5); //=> '2021-10-12'
 * addWorkingDays('2027-01-01', -1); //=> '2026-12-31'
 * ```
 */
export function addWorkingDays(date: DateInput, n: number): string {
  return defaultCalendar.addWorkingDays(date, n);
}

/**
 * The number of working days d with `start < d ≤ end`; negative when `end` is before `start`.
 * `countWorkingDays(a, addWorkingDays(a, n)) === n` for every n ≥ 0.
 *
 * @param start - Excluded from the count.
 * @param end - Included in the count.
 * @returns The signed number of working days.
 * @throws {@link InvalidDateError} INVALID_DATE when either date is invalid.
 * @throws {@link CalendarOutOfRangeError} CALENDAR_OUT_OF_RANGE when a counted day lies outside `calendarCoverage()` (an empty range counts none).
 * @example
 * ```ts
 * countWorkingDays('2021-09-29', '2021-10-12'); //=> 5
 * countWorkingDays('2027-01-02', '2027-01-02'); //=> 0
 * ```
 */
export function countWorkingDays(start: DateInput, end: DateInput): number {
  return defaultCalendar.countWorkingDays(start, end);
}

/**
 * The first working day strictly after `date`.
 *
 * @param date - `'YYYY-MM-DD'` or a `Date`.
 * @returns `'YYYY-MM-DD'`.
 * @throws {@link InvalidDateError} INVALID_DATE when `date` is invalid.
 * @throws {@link CalendarOutOfRangeError} CALENDAR_OUT_OF_RANGE when a day after `date` up to the answer lies outside `calendarCoverage()`.
 * @example
 * ```ts
 * nextWorkingDay('2021-09-30'); //=> '2021-10-08'
 * nextWorkingDay('2003-12-31'); //=> '2004-01-02'
 * ```
 */
export function nextWorkingDay(date: DateInput): string {
  return defaultCalendar.nextWorkingDay(date);
}

/**
 * The last working day strictly before `date`.
 *
 * @param date - `'YYYY-MM-DD'` or a `Date`.
 * @returns `'YYYY-MM-DD'`.
 * @throws {@link InvalidDateError} INVALID_DATE when `date` is invalid.
 * @throws {@link CalendarOutOfRangeError} CALENDAR_OUT_OF_RANGE when a day from the answer up to `date`, excluded, lies outside `calendarCoverage()`.
 * @example
 * ```ts
 * previousWorkingDay('2021-10-08'); //=> '2021-09-30'
 * previousWorkingDay('2027-01-01'); //=> '2026-12-31'
 * ```
 */
export function previousWorkingDay(date: DateInput): string {
  return defaultCalendar.previousWorkingDay(date);
}

/**
 * The last day of a period of `n` calendar days under 民法典 §201 and §203: the start day is not counted, and when
 * day `n` is not a working day the period ends on the next working day. `options.roll`: `'next_working_day'`
 * (default), `'none'` (a fixed day, no roll), or `'statutory_holidays_only'` (roll only out of an announced
 * holiday block, to the day after it, not out of an ordinary weekend).
 *
 * @param date - The day of the triggering event (day 0).
 * @param n - A whole, non-negative number of calendar days.
 * @param options - `{ roll }`.
 * @returns `'YYYY-MM-DD'`.
 * @throws {@link InvalidDateError} INVALID_DATE when `date` is invalid or `n` is not a non-negative integer.
 * @throws {@link CalendarOutOfRangeError} CALENDAR_OUT_OF_RANGE when day `n`, or a day it rolls over, lies outside `calendarCoverage()` (`date` itself is never read).
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT when `options` is not an object with only `roll`, or `options.roll` is not one of the three modes.
 * @example
 * ```ts
 * addCalendarDays('2021-09-11', 20); //=> '2021-10-08' // day 20 is 10-01, inside 国庆节
 * addCalendarDays('2021-06-06', 20, { roll: 'statutory_holidays_only' }); //=> '2021-06-26'
 * addCalendarDays('2003-12-29', 5); //=> '2004-01-05' // only 2004-01-03…05 are read
 * ```
 */
export function addCalendarDays(date: DateInput, n: number, options?: AddCalendarDaysOptions): string {
  return defaultCalendar.addCalendarDays(date, n, options);
}

/**
 * The holiday blocks of a schedule year after every amendment: names, rest days, make-up days and the notices.
 *
 * @param year - A schedule year inside `calendarCoverage()`.
 * @returns Frozen blocks, ordered by their first rest day.
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT when `year` is not an integer.
 * @throws {@link CalendarOutOfRangeError} CALENDAR_OUT_OF_RANGE when the year has no schedule.
 * @example
 * ```ts
 * const springFestival = holidaysOf(2020).find((h) => h.key === 'spring_festival');
 * springFestival?.restDays.at(-1); //=> '2020-02-02' // extended by 国办发明电〔2020〕1号
 * springFestival?.history.length; //=> 2 // the schedule and its amendment
 * ```
 */
export function holidaysOf(year: number): readonly HolidayBlock[] {
  return defaultCalendar.holidaysOf(year);
}

/**
 * The statutory holidays (法定节假日) of a year: the days 第二条 of 《全国年节及纪念日放假办法》 in force that year
 * gives every citizen off, whatever day of the week they fall on. 2004–2007 (1999 text, 国务院令第270号): 元旦,
 * 春节 初一至初三, 劳动节 5月1日至3日, 国庆节 10月1日至3日 (10 days). From 2008 (国务院令第513号): 元旦, 春节 除夕至初二,
 * 清明节, 劳动节 5月1日, 端午节, 中秋节, 国庆节 10月1日至3日 (11 days); from 2014 (国务院令第644号) 春节 初一至初三;
 * from 2025 (国务院令第795号) 春节 除夕至初三 and 劳动节 5月1日、2日 (13 days). A day two holidays share is listed
 * once (中秋 fell on 10月3日 in 2009 and on 10月1日 in 2020, so those years have 10). The rest days a notice adds
 * around them are not statutory: 《劳动法》第四十四条 pays 300% on these days and 200% on other rest days.
 * In 2009 and 2020 the notice gave the block an extra rest day for the shared day (共8天 instead of 7), and that
 * day is not in the list: 2009 names it (「10月3日（星期六）公休日及中秋节分别调至10月5日（星期一）、10月6日（星期二）」,
 * so 中秋's rest moved to Tuesday 10-06); 2020 names none (「10月1日至8日放假调休，共8天」). Such a day has
 * `kind: 'holiday'` and `statutory: false`; whether work on it is paid as on a statutory holiday is a payroll rule
 * the library does not decide.
 *
 * @param year - A year inside `calendarCoverage()`.
 * @returns `'YYYY-MM-DD'` dates, ascending (frozen).
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT when `year` is not an integer.
 * @throws {@link CalendarOutOfRangeError} CALENDAR_OUT_OF_RANGE when the year is outside `calendarCoverage()`.
 * @example
 * ```ts
 * statutoryDaysOf(2025).length; //=> 13
 * statutoryDaysOf(2014).slice(1, 4); //=> ['2014-01-31', '2014-02-01', '2014-02-02'] // 春节 初一至初三
 * getDayInfo('2015-09-03').statutory; //=> false // a rest day by notice only (抗战胜利70周年)
 * statutoryDaysOf(2009).length; //=> 10 // 中秋 on 10月3日, a 国庆 day
 * getDayInfo('2009-10-06').statutory; //=> false // the day the notice moved 中秋's rest to
 * ```
 */
export function statutoryDaysOf(year: number): readonly string[] {
  return defaultCalendar.statutoryDaysOf(year);
}

/**
 * The first and last date the default calendar has official data for.
 *
 * @returns `{ from, to }` as `'YYYY-MM-DD'`.
 * @example
 * ```ts
 * calendarCoverage(); //=> { from: '2004-01-01', to: '2026-12-31' }
 * ```
 */
export function calendarCoverage(): CalendarCoverage {
  return defaultCalendar.calendarCoverage();
}
