import { DAYS_WITH_DAY_ZERO } from './daysWithDayZero.js';
import { mergedPausesSql, OUT_OF_TABLE, recordsSql, statusColumnsSql } from './periodQueryParts.js';

/**
 * The query of a period in working days (`limit: { amount, unit: 'working_days' }`), set-based: working-day
 * arithmetic is arithmetic on `working_day_seq`, so a record costs a few joins with the day table plus a few per pause,
 * however long its period. The due date is the working day whose sequence is `seq(start) + amount + the working days
 * of the pauses that begin before the period ends`; a pause that begins after the due date does not count.
 *
 * @param amount - The limit in working days (0 or more).
 * @param records - The records table.
 * @param pauses - The pauses table.
 * @returns The query, without a trailing semicolon.
 * @example
 * ```ts
 * workingDayQuery(5, 'records', 'pauses').includes('r.start_seq + 5 +'); //=> true
 * ```
 */
export function workingDayQuery(amount: number, records: string, pauses: string): string {
  // A 0-day period is due on the start day, or, when a pause holds the start day, on the first working day after it.
  const due =
    amount === 0
      ? `SELECT r.*, COALESCE(w.day, r.start_day) AS due, COALESCE(w.seq, r.start_seq) AS due_seq,
         r.start_seq IS NOT NULL AND (c.id IS NULL OR w.day IS NOT NULL) AS due_known
  FROM ys_records r
  LEFT JOIN ys_merged c ON c.id = r.id AND c.pause_from <= r.start_day AND r.start_day <= c.pause_to
  LEFT JOIN ys_days e ON e.day = c.pause_to
  LEFT JOIN ys_work w ON w.seq = e.seq + 1`
      : `SELECT r.*, w.day AS due, w.seq AS due_seq, (COALESCE(x.unknown, 0) = 0 AND w.day IS NOT NULL) AS due_known
  FROM ys_records r
  LEFT JOIN ys_extension x ON x.id = r.id
  LEFT JOIN ys_work w ON w.seq = r.start_seq + ${amount} + COALESCE(x.paused, 0)`;
  return `WITH
-- The next day of each kind: a running minimum read backwards (incremental in every engine).
ys_days AS (
  SELECT day, is_working_day, working_day_seq AS seq,
         MIN(CASE WHEN is_working_day THEN day END)
           OVER (ORDER BY day DESC ROWS UNBOUNDED PRECEDING) AS next_working_day
  FROM ${DAYS_WITH_DAY_ZERO} t
),
ys_work AS (SELECT day, seq FROM ys_days WHERE is_working_day),
${recordsSql(records, ',\n         s.seq AS start_seq', '\n  LEFT JOIN ys_days s ON s.day = rec.start_day')},
${mergedPausesSql(pauses)},
-- Each pause that ends after the start, with the working days it holds after the start.
ys_paused AS (
  SELECT p.id, p.pause_from, p.pause_to, r.start_seq,
         GREATEST(p.pause_from - 1, r.start_day) AS before_day,
         b.seq AS before_seq,
         e.seq - b.seq AS paused
  FROM ys_merged p
  JOIN ys_records r ON r.id = p.id AND p.pause_to > r.start_day
  LEFT JOIN ys_days b ON b.day = GREATEST(p.pause_from - 1, r.start_day)
  LEFT JOIN ys_days e ON e.day = p.pause_to
),
-- The unpaused working days between the start and each pause.
ys_free AS (
  SELECT p.*,
         p.before_seq - p.start_seq - COALESCE(SUM(p.paused) OVER (PARTITION BY p.id ORDER BY p.pause_from
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS free_before
  FROM ys_paused p
),
-- The first pause that begins after the period has run out; the pauses before it extend the period.
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
  ${due}
),
-- The pauses that begin on or before the due date (a later one cannot revive an expired period), counted up to the
-- as-of day and up to the due date.
ys_counted AS (
  SELECT d.id, MAX(p.pause_to) AS last_paused,
         SUM(CASE WHEN LEAST(p.pause_to, d.at_day) > p.before_day THEN a.seq - p.before_seq ELSE 0 END) AS paused,
         SUM(CASE WHEN LEAST(p.pause_to, d.due) > p.before_day THEN u.seq - p.before_seq ELSE 0 END) AS paused_to_due
  FROM ys_due d
  JOIN ys_paused p ON p.id = d.id AND p.pause_from <= d.due
  LEFT JOIN ys_days a ON a.day = LEAST(p.pause_to, d.at_day)
  LEFT JOIN ys_days u ON u.day = LEAST(p.pause_to, d.due)
  GROUP BY d.id
),
ys_result AS (
  SELECT d.id, d.start_day, d.end_day, d.reference_day, d.at_day, d.due,
         d.due_known AND a.seq IS NOT NULL AND (d.at_day <= d.due OR a.next_working_day IS NOT NULL) AS known,
         a.seq - d.start_seq - COALESCE(c.paused, 0) AS elapsed,
         d.due_seq - d.start_seq - COALESCE(c.paused_to_due, 0) AS due_count,
         -- Late by the working days up to the first working day on or after the as-of day (if not paused).
         CASE WHEN a.is_working_day OR c.last_paused >= a.next_working_day THEN 0 ELSE 1 END AS to_next_working_day
  FROM ys_due d
  LEFT JOIN ys_counted c ON c.id = d.id
  LEFT JOIN ys_days a ON a.day = d.at_day
)
SELECT id,
  CASE WHEN known THEN due ELSE ${OUT_OF_TABLE} END AS due,
  ${statusColumnsSql('due_count - elapsed', 'elapsed - due_count + to_next_working_day')}
FROM ys_result`;
}
