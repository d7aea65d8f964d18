import { formatIsoDay, parseIsoDay, shanghaiDayOfDate } from '../_internal/dayNumber.js';
import { invalidDateError } from './calendarMessages.js';
import type { DateInput } from './types.js';

/**
 * The `'YYYY-MM-DD'` text of a date input (a `Date` read as its Asia/Shanghai date).
 *
 * @throws {@link InvalidDateError} INVALID_DATE when `value` is not a real date, naming `argument`.
 */
export function requireIsoDate(value: DateInput, argument: string): string {
  const day = typeof value === 'string' ? parseIsoDay(value) : value instanceof Date ? shanghaiDayOfDate(value) : NaN;
  if (day !== day) throw invalidDateError(value, argument);
  return typeof value === 'string' ? value : formatIsoDay(day);
}
