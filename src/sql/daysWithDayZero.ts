/**
 * `yingshang_days` with one more row in front: the day before its first day, as the day 0 of a period. A period's
 * start day is never counted, so it may lie just before the table, as `evaluate` allows for the calendar's first day:
 * that row is no working day and has working-day sequence 0 (no working day up to it). A relation with the columns
 * `day`, `is_working_day` and `working_day_seq`, to use in `FROM`.
 *
 * @example
 * ```ts
 * DAYS_WITH_DAY_ZERO.includes('MIN(day) - 1'); //=> true
 * ```
 */
export const DAYS_WITH_DAY_ZERO = `(SELECT day, is_working_day, working_day_seq FROM yingshang_days
   UNION ALL SELECT MIN(day) - 1, FALSE, 0 FROM yingshang_days)`;
