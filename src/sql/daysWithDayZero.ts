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

/**
 * The working-day sequence of `day`, read from the day table's row `join` (joined on `join.day = day`), with the day
 * 0 in front of the table (see {@link daysWithDayZero}): sequence 0 on the day before the table's first day, `NULL`
 * on any other day outside it. Reading the table itself, by its primary key, keeps the join indexed.
 *
 * @param join - The alias of the day table's row of `day`.
 * @param day - The day, an expression.
 * @param edges - The alias of a row whose `first_day` is the table's first day.
 * @param sql - The dialect's expressions.
 * @returns The expression.
 * @example
 * ```ts
 * seqWithDayZero('s', 'r.start_day', 't', dialectSql('duckdb')); //=> 'COALESCE(s.working_day_seq, CASE WHEN r.start_day = (t.first_day + -1) THEN 0 END)'
 * ```
 */
export function seqWithDayZero(join: string, day: string, edges: string, sql: DialectSql): string {
  return `COALESCE(${join}.working_day_seq, CASE WHEN ${day} = ${sql.plusDays(`${edges}.first_day`, -1)} THEN 0 END)`;
}
