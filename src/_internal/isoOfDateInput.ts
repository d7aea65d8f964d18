import { daysFromCivil, formatIsoDay, parseIsoDay, shanghaiDayOfDate } from './dayNumber.js';
import { isoOfWrittenDate } from './writtenDate.js';

const FIRST_DAY = daysFromCivil(0, 1, 1);
const LAST_DAY = daysFromCivil(9999, 12, 31);

/**
 * The `'YYYY-MM-DD'` text of a date input: a strict `'YYYY-MM-DD'` string naming a real date is returned as is (the
 * fast path), another year-first written form (`'2021/9/29'`, `'2021年9月28日'`, `'20210928'`, full-width digits…, see
 * `isoOfWrittenDate`) is read only when that fails, and a valid `Date` is read as its Asia/Shanghai date. Anything
 * else gives `undefined`.
 * The facts schemas and the fast facts readers both use this, so they accept exactly the same dates.
 *
 * @example
 * ```ts
 * isoOfDateInput(new Date('2021-09-28T16:30:00Z')); //=> '2021-09-29'
 * isoOfDateInput('2021年9月29日'); //=> '2021-09-29'
 * ```
 */
export function isoOfDateInput(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const day = parseIsoDay(value);
    // NaN is the only value not equal to itself.
    return day === day ? value : isoOfWrittenDate(value);
  }
  if (!(value instanceof Date)) return undefined;
  const day = shanghaiDayOfDate(value);
  return day >= FIRST_DAY && day <= LAST_DAY ? formatIsoDay(day) : undefined;
}
