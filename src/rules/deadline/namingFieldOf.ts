import { parseIsoDay } from '../../_internal/dayNumber.js';
import { outOfRangeError } from '../../calendar/calendarMessages.js';
import type { CalendarCoverage } from '../../calendar/types.js';
import { isYingshangError } from '../../errors/YingshangError.js';

/**
 * Runs `f`; a `CALENDAR_OUT_OF_RANGE` error about one of the facts' dates is rethrown naming the fact (`start`,
 * `end`, `asOf`, or today's date standing in for `asOf`) instead of the calendar function's argument.
 *
 * @param fields - Each fact's name and `'YYYY-MM-DD'` value, in order of precedence.
 * @param f - The evaluation.
 * @returns What `f` returns.
 * @example
 * ```ts
 * namingFieldOf([['asOf', '2027-01-05']], () => defaultCalendar.countWorkingDays('2026-12-01', '2027-01-05'));
 * // throws CALENDAR_OUT_OF_RANGE: `asOf` is 2027-01-05, outside the calendar…
 * ```
 */
export function namingFieldOf<T>(fields: readonly (readonly [string, string | undefined])[], f: () => T): T {
  try {
    return f();
  } catch (error) {
    if (!isYingshangError(error, 'CALENDAR_OUT_OF_RANGE')) throw error;
    const { date, coverage } = error.details as { date?: string; coverage: CalendarCoverage };
    const field = fields.find(([, value]) => value !== undefined && value === date)?.[0];
    if (date === undefined || field === undefined) throw error;
    throw outOfRangeError(parseIsoDay(date), coverage, field);
  }
}
