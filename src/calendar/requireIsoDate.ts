import { isoOfDateInput } from '../_internal/isoOfDateInput.js';
import { invalidDateError } from './calendarMessages.js';
import type { DateInput } from './types.js';

/**
 * The `'YYYY-MM-DD'` text of a date input (a `Date` read as its Asia/Shanghai date).
 *
 * @throws {@link InvalidDateError} INVALID_DATE when `value` is not a real date, naming `argument`.
 *
 * @internal
 */
export function requireIsoDate(value: DateInput, argument: string): string {
  const iso = isoOfDateInput(value);
  if (iso === undefined) throw invalidDateError(value, argument);
  return iso;
}
