import { daysWithDayZero } from './daysWithDayZero.js';
import { checkedRecordsSql, mergedPausesSql, resultRowsSql, unpausedDueSql, type QueryContext } from './periodQueryParts.js';

/**
 * The query of a period in working days (`limit: { amount, unit: 'working_days' }`), set-based: working-day
 * arithmetic is arithmetic on `working_day_seq`, so a record costs a few joins with the day table plus a few per pause,
 * however long its period. The due date is the working day whose sequence is `seq(start) + amount + the working days
 * of the pauses that begin before the period ends`; a pause that begins after the due date does not count. A 0-day
 * period is due on the first working day on or after the start that no pause holds.
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
  const { sql } = ctx;
  const due =
    amount === 0
      ? `ys_nominal AS (SELECT id, start_day AS nominal FROM ys_records),
-- The trigger day itself may be the due date, so its status is read: the day 0 row in front of the table is no day of it.
ys_roll AS (SELECT day, next_working_day AS roll_to FROM ys_days WHERE day >= (SELECT MIN(day) FROM ${ctx.days})),
${unpausedDueSql(ctx, 'ys_roll')},
ys_due AS (
  SELECT r.*, o.due, u.seq AS due_seq, r.start_seq IS NOT NULL AND u.seq IS NOT NULL AS due_known
  FROM ys_records r
  LEFT JOIN ys_rolled o ON o.id = r.id
  LEFT JOIN ys_days u ON u.day = o.due
),`
      : `-- The first pause that begins after the period has run out; the pauses before it extend the period.
ys_reached AS (
  SELECT id, MIN(pause_from) AS pause_from FROM ys_free
  WHERE NOT COALESCE(free_before < ${amount}, FALSE) GROUP BY id
),
ys_extension AS (
  SELECT f.id, SUM(f.paused) AS paused, COUNT(*) - COUNT(f.paused) AS unknown
  FROM ys_free f LEFT JOIN ys_reached x ON x.id = f.id
  WHERE x.pause_from IS NULL OR f.pause_from < x.pause_from
  GROUP BY f.id
),
ys_due AS (
  SELECT r.*, w.day AS due, w.seq AS due_seq, (COALESCE(x.unknown, 0) = 0 AND w.day IS NOT NULL) AS due_known
  FROM ys_records r
  LEFT JOIN ys_extension x ON x.id = r.id
  LEFT JOIN ys_work w ON w.seq = r.start_seq + ${amount} + COALESCE(x.paused, 0)
),`;
  return `WITH
-- The next working day of each day: a running minimum read backwards (incremental in every engine).
ys_days AS (
  SELECT day, is_working_day, working_day_seq AS seq,
         MIN(CASE WHEN is_working_day THEN day END)
           OVER (ORDER BY day DESC ROWS UNBOUNDED PRECEDING) AS next_working_day
  FROM ${daysWithDayZero(ctx.days, sql)} t
),
ys_work AS (SELECT day, seq FROM ys_days WHERE is_working_day),
${checkedRecordsSql(ctx, ',\n         s.seq AS start_seq', '\n  LEFT JOIN ys_days s ON s.day = rec.start_day')},
${mergedPausesSql(ctx)},
-- Each pause that ends after the start, with the working days it holds after the start.
ys_paused AS (
  SELECT p.id, p.pause_from, p.pause_to, r.start_seq,
         GREATEST(${sql.plusDays('p.pause_from', -1)}, r.start_day) AS before_day,
         b.seq AS before_seq,
         e.seq - b.seq AS paused
  FROM ys_merged p
  JOIN ys_records r ON r.id = p.id AND p.pause_to > r.start_day
  LEFT JOIN ys_days b ON b.day = GREATEST(${sql.plusDays('p.pause_from', -1)}, r.start_day)
  LEFT JOIN ys_days e ON e.day = p.pause_to
),
-- The unpaused working days between the start and each pause.
ys_free AS (
  SELECT p.*,
         p.before_seq - p.start_seq - COALESCE(SUM(p.paused) OVER (PARTITION BY p.id ORDER BY p.pause_from
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS free_before
  FROM ys_paused p
),
${due}
-- The pauses that begin on or before the due date (a later one cannot revive an expired period), counted up to the
-- as-of day (never past the table) and up to the due date.
ys_counted AS (
  SELECT d.id, MAX(p.pause_to) AS last_paused,
         SUM(CASE WHEN LEAST(p.pause_to, d.count_day) > p.before_day THEN a.seq - p.before_seq ELSE 0 END) AS paused,
         SUM(CASE WHEN LEAST(p.pause_to, d.due) > p.before_day THEN u.seq - p.before_seq ELSE 0 END) AS paused_to_due
  FROM ys_due d
  JOIN ys_paused p ON p.id = d.id AND p.pause_from <= d.due
  LEFT JOIN ys_days a ON a.day = LEAST(p.pause_to, d.count_day)
  LEFT JOIN ys_days u ON u.day = LEAST(p.pause_to, d.due)
  GROUP BY d.id
),
-- A late record whose as-of day is past the table, or whose next working day is, is certainly late: its count stops
-- at the table's end, and the first working day on or after the as-of day lies past it: a lower bound, counted + 1.
-- Its elapsed is unknown when the as-of day is past the table.
ys_result AS (
  SELECT d.id, d.start_day, d.end_day, d.reference_day, d.at_day, d.due,
         COALESCE(d.due_known AND a.seq IS NOT NULL, FALSE) AS known,
         (d.at_day > d.count_day OR a.next_working_day IS NULL) AS lower_bound,
         a.seq - d.start_seq - COALESCE(c.paused, 0) AS counted,
         CASE WHEN d.at_day = d.count_day THEN a.seq - d.start_seq - COALESCE(c.paused, 0) END AS elapsed,
         d.due_seq - d.start_seq - COALESCE(c.paused_to_due, 0) AS due_count,
         -- Late by the working days up to the first working day on or after the as-of day (if not paused).
         CASE WHEN a.is_working_day OR a.next_working_day IS NULL OR c.last_paused >= a.next_working_day THEN 0 ELSE 1 END AS to_next_working_day
  FROM ys_due d
  LEFT JOIN ys_counted c ON c.id = d.id
  LEFT JOIN ys_days a ON a.day = d.count_day
)
${resultRowsSql(ctx, 'due_count - elapsed', 'CASE WHEN lower_bound THEN counted - due_count + 1 ELSE counted - due_count + to_next_working_day END')}`;
}
