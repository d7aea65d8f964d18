import { seqWithDayZero } from './daysWithDayZero.js';
import { inputSql, mergedPausesSql, PROBLEM_JOINS, problemSql, resultRowsSql, unpausedDueSql, type QueryContext } from './periodQueryParts.js';

/**
 * The query of a period in working days (`limit: { amount, unit: 'working_days' }`), set-based: working-day
 * arithmetic is arithmetic on `working_day_seq`, so a record costs a few joins with the day table by its keys plus a
 * few per pause, however long its period. The due date is the working day whose sequence is `seq(start) + amount +
 * the working days of the pauses that begin before the period ends`; a pause that begins after the due date does not
 * count. A 0-day period is due on the first working day on or after the start that no pause holds.
 *
 * @param amount - The limit in working days (0 or more).
 * @param ctx - The query's context.
 * @returns The query, without a trailing semicolon.
 * @example
 * ```ts
 * workingDayQuery(5, ctx).includes('r.start_seq + 5 +'); //=> true
 * ```
 */
export function workingDayQuery(amount: number, ctx: QueryContext): string {
  const { sql, days } = ctx;
  const due =
    amount === 0
      ? `${sql.cte('ys_nominal')} (SELECT id, start_day AS nominal FROM ys_input),
${unpausedDueSql(ctx, 'next_working_day')},
${sql.cte('ys_due')} (
  SELECT r.*, o.due, u.working_day_seq AS due_seq, r.start_seq IS NOT NULL AND u.working_day_seq IS NOT NULL AS due_known
  FROM ys_input r
  LEFT JOIN ys_rolled o ON o.id = r.id
  LEFT JOIN ${days} u ON u.day = o.due
),`
      : `-- The pauses before the first one that begins after the period has run out extend the period.
${sql.cte('ys_reached')} (
  SELECT id, paused,
         MAX(CASE WHEN free_before < ${amount} THEN 0 ELSE 1 END) OVER (PARTITION BY id ORDER BY pause_from ROWS UNBOUNDED PRECEDING) AS reached
  FROM ys_free
),
${sql.cte('ys_extension')} (
  SELECT id, SUM(paused) AS paused, COUNT(*) - COUNT(paused) AS unknown FROM ys_reached WHERE reached = 0 GROUP BY id
),
${sql.cte('ys_due')} (
  SELECT r.*, w.day AS due, w.working_day_seq AS due_seq, (COALESCE(x.unknown, 0) = 0 AND w.day IS NOT NULL) AS due_known
  FROM ys_input r
  LEFT JOIN ys_extension x ON x.id = r.id
  LEFT JOIN ${days} w ON w.working_day_seq = r.start_seq + ${amount} + COALESCE(x.paused, 0) AND w.is_working_day
),`;
  // The as-of day's sequence (the day 0 when the record starts there and is judged on its start).
  const countSeq = seqWithDayZero('a', 'd.count_day', 't', sql);
  const beforeDay = `GREATEST(${sql.plusDays('p.pause_from', -1)}, r.start_day)`;
  return `WITH
${inputSql(ctx)},
${mergedPausesSql(ctx)},
-- Each pause that ends after the start, with the working days it holds after the start.
${sql.cte('ys_paused')} (
  SELECT p.id, p.pause_from, p.pause_to, r.start_seq, ${beforeDay} AS before_day,
         ${seqWithDayZero('b', beforeDay, 't', sql)} AS before_seq,
         e.working_day_seq - ${seqWithDayZero('b', beforeDay, 't', sql)} AS paused
  FROM ys_merged p
  JOIN ys_input r ON r.id = p.id AND p.pause_to > r.start_day
  CROSS JOIN ys_edges t
  LEFT JOIN ${days} b ON b.day = ${beforeDay}
  LEFT JOIN ${days} e ON e.day = p.pause_to
),
-- The unpaused working days between the start and each pause.
${sql.cte('ys_free')} (
  SELECT p.*,
         p.before_seq - p.start_seq - COALESCE(SUM(p.paused) OVER (PARTITION BY p.id ORDER BY p.pause_from
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS free_before
  FROM ys_paused p
),
${due}
-- The pauses that begin on or before the due date (a later one cannot revive an expired period), counted up to the
-- as-of day (never past the table) and up to the due date.
${sql.cte('ys_counted')} (
  SELECT d.id, MAX(p.pause_to) AS last_paused,
         SUM(CASE WHEN LEAST(p.pause_to, d.count_day) > p.before_day THEN a.working_day_seq - p.before_seq ELSE 0 END) AS paused,
         SUM(CASE WHEN LEAST(p.pause_to, d.due) > p.before_day THEN u.working_day_seq - p.before_seq ELSE 0 END) AS paused_to_due
  FROM ys_due d
  JOIN ys_paused p ON p.id = d.id AND p.pause_from <= d.due
  LEFT JOIN ${days} a ON a.day = LEAST(p.pause_to, d.count_day)
  LEFT JOIN ${days} u ON u.day = LEAST(p.pause_to, d.due)
  GROUP BY d.id
),
-- A late record whose as-of day is past the table, or whose next working day is, is certainly late: its count stops
-- at the table's end, and the first working day on or after the as-of day lies past it: a lower bound, counted + 1.
-- Its elapsed is unknown when the as-of day is past the table.
${sql.cte('ys_result')} (
  SELECT d.id, ${problemSql(ctx)} AS problem,
         d.start_day, d.end_day, d.reference_day, d.at_day, d.due,
         COALESCE(d.due_known AND ${countSeq} IS NOT NULL, FALSE) AS known,
         (d.at_day > d.count_day OR a.next_working_day IS NULL) AS lower_bound,
         ${countSeq} - d.start_seq - COALESCE(c.paused, 0) AS counted,
         CASE WHEN d.at_day = d.count_day THEN ${countSeq} - d.start_seq - COALESCE(c.paused, 0) END AS elapsed,
         d.due_seq - d.start_seq - COALESCE(c.paused_to_due, 0) AS due_count,
         -- Late by the working days up to the first working day on or after the as-of day (if not paused).
         CASE WHEN a.is_working_day OR a.next_working_day IS NULL OR c.last_paused >= a.next_working_day THEN 0 ELSE 1 END AS to_next_working_day
  FROM ys_due d
  LEFT JOIN ys_counted c ON c.id = d.id
  CROSS JOIN ys_edges t
  LEFT JOIN ${days} a ON a.day = d.count_day${PROBLEM_JOINS}
)
${resultRowsSql(ctx, 'due_count - elapsed', 'CASE WHEN lower_bound THEN counted - due_count + 1 ELSE counted - due_count + to_next_working_day END')}`;
}
