import { daysFromCivil, formatIsoDay, parseIsoDay, shanghaiDayOfDate } from './dayNumber.js';

const FIRST_DAY = daysFromCivil(0, 1, 1);
const LAST_DAY = daysFromCivil(9999, 12, 31);

/**
 * The `'YYYY-MM-DD'` text of a date input: a strict `'YYYY-MM-DD'` string naming a real date is returned as is,
 * a valid `Date` is read as its Asia/Shanghai date. Anything else gives `undefined`.
 * The facts schemas and the fast facts readers both use this, so they accept exactly the same dates.
 *
 * @example
 * ```ts
 * isoOfDateInput(new Date('2021-09-28T16:30:00Z')); //=> '2021-09-29'
 * ```
 */
export function isoOfDateInput(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const day = parseIsoDay(value);
    // NaN is the only value not equal to itself.
    return day === day ? value : undefined;
  }
  if (!(value instanceof Date)) return undefined;
  const day = shanghaiDayOfDate(value);
  return day >= FIRST_DAY && day <= LAST_DAY ? formatIsoDay(day) : undefined;
}
