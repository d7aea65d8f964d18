import type { DialectSql } from './dialectSql.js';

/**
 * The day table with one more row in front: the day before its first day, as the day 0 of a period. A period's
 * start day is never counted, so it may lie just before the table, as `evaluate` allows for the calendar's first day:
 * that row is no working day and has working-day sequence 0 (no working day up to it). A relation with the columns
 * `day`, `is_working_day` and `working_day_seq`, to use in `FROM`.
 *
 * @param days - The day table.
 * @param sql - The dialect's expressions.
 * @returns The relation, in parentheses.
 * @example
 * ```ts
 * daysWithDayZero('yingshang_days', dialectSql('duckdb')).includes('(MIN(day) + -1)'); //=> true
 * ```
 */
export function daysWithDayZero(days: string, sql: DialectSql): string {
  return `(SELECT day, is_working_day, working_day_seq FROM ${days}
   UNION ALL SELECT ${sql.plusDays('MIN(day)', -1)}, FALSE, 0 FROM ${days})`;
}
