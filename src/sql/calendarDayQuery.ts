import type { RollMode } from '../calendar/types.js';
import { checkedRecordsSql, mergedPausesSql, resultRowsSql, unpausedDueSql, type QueryContext } from './periodQueryParts.js';

/** The days a last day may roll to, per roll mode (`none` needs no table). */
const ROLL_TARGET: Readonly<Record<Exclude<RollMode, 'none'>, string>> = {
  next_working_day: 'is_working_day',
  statutory_holidays_only: "kind <> 'holiday'",
};

/**
 * The query of a period in calendar days (`limit: { amount, unit: 'calendar_days', roll }`, 民法典 §§201, 203):
 * the nominal last day is `start + amount + the paused days of the pauses that begin before it`; it rolls to the
 * first day on or after it that the roll accepts (a working day, or a day that is not a holiday) and that no pause
 * holds. Counts are date arithmetic; only the roll reads the day table.
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
      ? `ys_due AS (SELECT n.*, n.nominal AS due FROM ys_nominal n),`
      : `-- The next day of each kind: a running minimum read backwards (incremental in every engine).
ys_roll AS (
  SELECT day, MIN(CASE WHEN ${ROLL_TARGET[roll]} THEN day END)
                OVER (ORDER BY day DESC ROWS UNBOUNDED PRECEDING) AS roll_to
  FROM ${ctx.days}
),
${unpausedDueSql(ctx, 'ys_roll')},
ys_due AS (SELECT n.*, r.due FROM ys_nominal n LEFT JOIN ys_rolled r ON r.id = n.id),`;
  const pausedUpTo = (day: string): string =>
    `SUM(GREATEST(${sql.daysFrom(`GREATEST(p.pause_from, ${sql.plusDays('d.start_day', 1)})`, `LEAST(p.pause_to, ${day})`)} + 1, 0))`;
  return `WITH
${checkedRecordsSql(ctx, '', '')},
${mergedPausesSql(ctx)},
-- Each pause that ends after the start, with its days after the start and the days between the start and it.
ys_paused AS (
  SELECT p.id, p.pause_from, p.pause_to,
         ${sql.integer(`${sql.daysFrom(`GREATEST(p.pause_from, ${sql.plusDays('r.start_day', 1)})`, 'p.pause_to')} + 1`)} AS paused,
         ${sql.integer(`GREATEST(${sql.daysFrom('r.start_day', 'p.pause_from')} - 1, 0)`)} AS days_before
  FROM ys_merged p JOIN ys_records r ON r.id = p.id AND p.pause_to > r.start_day
),
-- The unpaused days between the start and each pause; the pauses before the period runs out extend it.
ys_free AS (
  SELECT p.*, p.days_before - COALESCE(SUM(p.paused) OVER (PARTITION BY p.id ORDER BY p.pause_from
                                           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS free_before
  FROM ys_paused p
),
ys_reached AS (SELECT id, MIN(pause_from) AS pause_from FROM ys_free WHERE free_before >= ${amount} GROUP BY id),
ys_extension AS (
  SELECT f.id, ${sql.integer('SUM(f.paused)')} AS paused
  FROM ys_free f LEFT JOIN ys_reached x ON x.id = f.id
  WHERE x.pause_from IS NULL OR f.pause_from < x.pause_from
  GROUP BY f.id
),
ys_nominal AS (
  SELECT r.*, ${sql.plusDays('r.start_day', `${amount} + COALESCE(x.paused, 0)`)} AS nominal
  FROM ys_records r LEFT JOIN ys_extension x ON x.id = r.id
),
${due}
-- Days net of the pauses that begin on or before the due date, up to the as-of day and up to the due date.
ys_counted AS (
  SELECT d.id, ${pausedUpTo('d.at_day')} AS paused_to_at, ${pausedUpTo('d.due')} AS paused_to_due
  FROM ys_due d JOIN ys_merged p ON p.id = d.id AND p.pause_to > d.start_day AND p.pause_from <= d.due
  GROUP BY d.id
),
ys_result AS (
  SELECT d.id, d.start_day, d.end_day, d.reference_day, d.at_day, d.due, d.due IS NOT NULL AS known, FALSE AS lower_bound,
         ${sql.daysFrom('d.start_day', 'd.at_day')} - COALESCE(c.paused_to_at, 0) AS elapsed,
         ${sql.daysFrom('d.start_day', 'd.due')} - COALESCE(c.paused_to_due, 0) AS due_count
  FROM ys_due d LEFT JOIN ys_counted c ON c.id = d.id
)
${resultRowsSql(ctx, 'due_count - elapsed', 'elapsed - due_count')}`;
}
