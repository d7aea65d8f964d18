import { parseIsoDay } from '../../_internal/dayNumber.js';
import { outOfRangeError } from '../../calendar/calendarMessages.js';
import type { CalendarCoverage } from '../../calendar/types.js';
import { isYingshangError } from '../../errors/YingshangError.js';

/**
 * The error to rethrow for `error`, caught while evaluating facts: a `CALENDAR_OUT_OF_RANGE` error about one of the
 * facts' dates names the fact (`start`, `end`, `asOf`, or today's date standing in for `asOf`) instead of the calendar
 * function's argument; any other error is returned as it is. Called only once something was thrown, so that the hot
 * path builds no list of fields.
 *
 * @param error - What the evaluation threw.
 * @param fields - Each fact's name and `'YYYY-MM-DD'` value, in order of precedence.
 * @returns The error to throw.
 * @example
 * ```ts
 * let error: unknown;
 * try {
 *   defaultCalendar.countWorkingDays('2026-12-01', '2027-01-05');
 * } catch (caught) {
 *   error = namingFieldOf(caught, [['asOf', '2027-01-05']]);
 * }
 * (error as YingshangError).details['argument']; //=> 'asOf'
 * ```
 */
export function namingFieldOf(error: unknown, fields: readonly (readonly [string, string | undefined])[]): unknown {
  if (!isYingshangError(error, 'CALENDAR_OUT_OF_RANGE')) return error;
  // The details a CALENDAR_OUT_OF_RANGE error carries (calendar/calendarMessages.ts).
  const { date, coverage } = error.details as { date?: string; coverage: CalendarCoverage };
  const field = fields.find(([, value]) => value !== undefined && value === date)?.[0];
  if (date === undefined || field === undefined) return error;
  return outOfRangeError(parseIsoDay(date), coverage, field);
}
