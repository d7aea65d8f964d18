import type { RollMode } from '../calendar/types.js';
import { inputSql, mergedPausesSql, pauseRollsSql, problemColumnsSql, problemJoinSql, resultCteSql, resultRowsSql, rolledDueSql, stateColumnSql } from './periodQueryParts.js';
import type { QueryContext } from './queryContext.js';

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
 * primary key). The pauses of a record flow through one chain of CTEs, each read once, that ends with one row per
 * record.
 *
 * @param amount - The limit in calendar days (0 or more).
 * @param roll - The roll mode.
 * @param ctx - The query's context.
 * @returns The query, without a trailing semicolon.
 * @example
 * ```ts
 * calendarDayQuery(20, 'none', ctx).includes('ys_pause_due'); //=> false
 * ```
 */
export function calendarDayQuery(amount: number, roll: RollMode, ctx: QueryContext): string {
  const { sql, days } = ctx;
  const nominalOf = (start: string, extension: string): string => sql.plusDays(start, `${amount} + ${extension}`);
  // The days of the pauses that begin on or before the due date, from the day after the start up to `day`.
  const pausedUpTo = (day: string, due: string): string =>
    `SUM(CASE WHEN p.pause_from <= ${due} THEN GREATEST(${sql.daysFrom(`GREATEST(p.pause_from, ${sql.plusDays('p.start_day', 1)})`, `LEAST(p.pause_to, ${day})`)} + 1, 0) ELSE 0 END)`;
  const counts = (due: string): string => `${pausedUpTo('p.at_day', due)} AS paused_to_at, ${pausedUpTo(due, due)} AS paused_to_due`;
  const rolled =
    roll === 'none'
      ? `${sql.cte('ys_pause_counts')} (
  SELECT p.id, MAX(p.extension) AS extension, ${counts(nominalOf('p.start_day', 'p.extension'))}
  FROM ys_extended p GROUP BY p.id
),`
      : `${pauseRollsSql(ctx, 'ys_extended', nominalOf('x.start_day', 'x.extension'), ROLL_TO[roll])},
${sql.cte('ys_pause_counts')} (
  SELECT p.id, MAX(p.extension) AS extension, MAX(p.first_from) AS first_from, MAX(p.pause_due) AS pause_due,
         ${counts(rolledDueSql('p.nominal', 'n', 'p.first_from', 'p.pause_due', ROLL_TO[roll]))}
  FROM ys_pause_due p LEFT JOIN ${days} n ON n.day = p.nominal
  GROUP BY p.id
),`;
  const nominal = nominalOf('r.start_day', 'COALESCE(c.extension, 0)');
  const due = roll === 'none' ? nominal : rolledDueSql(nominal, 'n', 'c.first_from', 'c.pause_due', ROLL_TO[roll]);
  return `WITH
${inputSql(ctx)},
${mergedPausesSql(ctx)},
-- Each pause that ends on or after the start (one that ends on it holds a 0-day period's last day), with its days
-- after the start and the days between the start and it.
${sql.cte('ys_paused')} (
  SELECT p.id, p.pause_from, p.pause_to, p.start_day, p.at_day,
         ${sql.integer(`${sql.daysFrom(`GREATEST(p.pause_from, ${sql.plusDays('p.start_day', 1)})`, 'p.pause_to')} + 1`)} AS paused,
         ${sql.integer(`GREATEST(${sql.daysFrom('p.start_day', 'p.pause_from')} - 1, 0)`)} AS days_before
  FROM ys_merged p WHERE p.pause_to >= p.start_day
),
-- The unpaused days between the start and each pause; the pauses that begin before the period has run out extend it.
-- The merged pauses are disjoint, so free_before never falls from one pause to the next: those pauses are the ones
-- whose own free_before is short of the period.
${sql.cte('ys_free')} (
  SELECT p.*, p.days_before - COALESCE(SUM(p.paused) OVER (PARTITION BY p.id ORDER BY p.pause_from
                                           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS free_before
  FROM ys_paused p
),
${sql.cte('ys_extended')} (
  SELECT f.*, ${sql.integer(`SUM(CASE WHEN free_before < ${amount} THEN paused ELSE 0 END) OVER (PARTITION BY id)`)} AS extension FROM ys_free f
),
${rolled}
-- The due date, and the days net of the pauses that begin on or before it, up to the as-of day and up to the due date.
${sql.cte('ys_due')} (
  SELECT r.*, ${due} AS due, c.paused_to_at, c.paused_to_due
  FROM ys_input r
  LEFT JOIN ys_pause_counts c ON c.id = r.id${roll === 'none' ? '' : `\n  LEFT JOIN ${days} n ON n.day = ${nominal}`}
),
${resultCteSql(
  ctx,
  [
    'd.id',
    ...problemColumnsSql(ctx),
    stateColumnSql(ctx, 'd.due IS NOT NULL'),
    'd.start_day', 'd.end_day', 'd.reference_day', 'd.at_day', 'd.due', 'FALSE AS lower_bound',
    `${sql.daysFrom('d.start_day', 'd.at_day')} - COALESCE(d.paused_to_at, 0) AS elapsed`,
    `${sql.daysFrom('d.start_day', 'd.due')} - COALESCE(d.paused_to_due, 0) AS due_count`,
  ],
  `FROM ys_due d${problemJoinSql(ctx)}`,
)}
${resultRowsSql(ctx, 'due_count - elapsed', 'elapsed - due_count')}`;
}
