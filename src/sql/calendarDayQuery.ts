import type { RollMode } from '../calendar/types.js';
import { inputSql, mergedPausesSql, PROBLEM_JOINS, problemColumnsSql, resultRowsSql, unpausedDueSql, type QueryContext } from './periodQueryParts.js';

/** The day table's column that holds the day each day rolls to, per roll mode (`none` needs no table). */
const ROLL_TO: Readonly<Record<Exclude<RollMode, 'none'>, string>> = {
  next_working_day: 'next_working_day',
  statutory_holidays_only: 'next_non_holiday',
};

/**
 * The query of a period in calendar days (`limit: { amount, unit: 'calendar_days', roll }`, 民法典 §§201, 203):
 * the nominal last day is `start + amount + the paused days of the pauses that begin before it`; it rolls to the
 * first day on or after it that the roll accepts (a working day, or a day that is not a holiday) and that no pause
 * holds. Counts are date arithmetic; only the roll reads the day table (its precomputed next day of each kind, by its
 * primary key).
 *
 * @param amount - The limit in calendar days (0 or more).
 * @param roll - The roll mode.
 * @param ctx - The query's context.
 * @returns The query, without a trailing semicolon.
 * @example
 * ```ts
 * calendarDayQuery(20, 'none', ctx).includes('MIN(CASE WHEN'); //=> false
 * ```
 */
export function calendarDayQuery(amount: number, roll: RollMode, ctx: QueryContext): string {
  const { sql } = ctx;
  const due =
    roll === 'none'
      ? `${sql.cte('ys_due')} (SELECT n.*, n.nominal AS due FROM ys_nominal n),`
      : `${unpausedDueSql(ctx, ROLL_TO[roll])},
${sql.cte('ys_due')} (SELECT n.*, r.due FROM ys_nominal n LEFT JOIN ys_rolled r ON r.id = n.id),`;
  const pausedUpTo = (day: string): string =>
    `SUM(GREATEST(${sql.daysFrom(`GREATEST(p.pause_from, ${sql.plusDays('d.start_day', 1)})`, `LEAST(p.pause_to, ${day})`)} + 1, 0))`;
  return `WITH
${inputSql(ctx)},
${mergedPausesSql(ctx)},
-- Each pause that ends after the start, with its days after the start and the days between the start and it.
${sql.cte('ys_paused')} (
  SELECT p.id, p.pause_from, p.pause_to,
         ${sql.integer(`${sql.daysFrom(`GREATEST(p.pause_from, ${sql.plusDays('p.start_day', 1)})`, 'p.pause_to')} + 1`)} AS paused,
         ${sql.integer(`GREATEST(${sql.daysFrom('p.start_day', 'p.pause_from')} - 1, 0)`)} AS days_before
  FROM ys_merged p WHERE p.pause_to > p.start_day
),
-- The unpaused days between the start and each pause; the pauses before the first one that begins after the period
-- has run out extend it.
${sql.cte('ys_free')} (
  SELECT p.*, p.days_before - COALESCE(SUM(p.paused) OVER (PARTITION BY p.id ORDER BY p.pause_from
                                           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS free_before
  FROM ys_paused p
),
${sql.cte('ys_reached')} (
  SELECT id, paused,
         MAX(CASE WHEN free_before >= ${amount} THEN 1 ELSE 0 END) OVER (PARTITION BY id ORDER BY pause_from ROWS UNBOUNDED PRECEDING) AS reached
  FROM ys_free
),
${sql.cte('ys_extension')} (SELECT id, ${sql.integer('SUM(paused)')} AS paused FROM ys_reached WHERE reached = 0 GROUP BY id),
${sql.cte('ys_nominal')} (
  SELECT r.*, ${sql.plusDays('r.start_day', `${amount} + COALESCE(x.paused, 0)`)} AS nominal
  FROM ys_input r LEFT JOIN ys_extension x ON x.id = r.id
),
${due}
-- Days net of the pauses that begin on or before the due date, up to the as-of day and up to the due date.
${sql.cte('ys_counted')} (
  SELECT d.id, ${pausedUpTo('d.at_day')} AS paused_to_at, ${pausedUpTo('d.due')} AS paused_to_due
  FROM ys_due d JOIN ys_merged p ON p.id = d.id AND p.pause_to > d.start_day AND p.pause_from <= d.due
  GROUP BY d.id
),
${sql.cte('ys_result')} (
  SELECT d.id, ${problemColumnsSql(ctx)},
         d.start_day, d.end_day, d.reference_day, d.at_day, d.due, d.due IS NOT NULL AS known, FALSE AS lower_bound,
         ${sql.daysFrom('d.start_day', 'd.at_day')} - COALESCE(c.paused_to_at, 0) AS elapsed,
         ${sql.daysFrom('d.start_day', 'd.due')} - COALESCE(c.paused_to_due, 0) AS due_count
  FROM ys_due d LEFT JOIN ys_counted c ON c.id = d.id${PROBLEM_JOINS}
)
${resultRowsSql(ctx, 'due_count - elapsed', 'elapsed - due_count')}`;
}
