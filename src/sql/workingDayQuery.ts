import { inputSql, mergedPausesSql, pauseRollsSql, problemColumnsSql, problemJoinSql, resultCteSql, resultRowsSql, rolledDueSql, stateColumnSql } from './periodQueryParts.js';
import type { QueryContext } from './queryContext.js';
import { seqWithDayZero } from './daysWithDayZero.js';

/**
 * The sums over the pauses `p` of a record whose due date is `due`: the pauses that begin on or before it (a later
 * one cannot revive an expired period), their working days counted up to the as-of day (never past the table) and up
 * to the due date, and the last day they hold. Select-list items for a `GROUP BY id` over `p` joined with the day
 * table's rows `a` (of `LEAST(p.pause_to, p.count_day)`) and `u` (of `LEAST(p.pause_to, due)`).
 */
function pauseCounts(due: string): string {
  const counted = `p.pause_from <= ${due} AND`;
  return `MAX(CASE WHEN p.pause_from <= ${due} THEN p.pause_to END) AS last_paused,
         SUM(CASE WHEN ${counted} LEAST(p.pause_to, p.count_day) > p.before_day THEN a.working_day_seq - p.before_seq ELSE 0 END) AS paused,
         SUM(CASE WHEN ${counted} LEAST(p.pause_to, ${due}) > p.before_day THEN u.working_day_seq - p.before_seq ELSE 0 END) AS paused_to_due`;
}

/**
 * The query of a period in working days (`limit: { amount, unit: 'working_days' }`), set-based: working-day
 * arithmetic is arithmetic on `working_day_seq`, so a record costs a few joins with the day table by its keys plus a
 * few per pause, however long its period. The due date is the working day whose sequence is `seq(start) + amount +
 * the working days of the pauses that begin before the period ends`; a pause that begins after the due date does not
 * count. A 0-day period is due on the first working day on or after the start that no pause holds. A start before the
 * table's day 0 whose days up to the table one pause holds counts from day 0, as `evaluate` counts it. The pauses of a
 * record flow through one chain of CTEs, each read once, that ends with one row per record.
 *
 * @param amount - The limit in working days (0 or more).
 * @param ctx - The query's context.
 * @returns The query, without a trailing semicolon.
 * @example
 * ```ts
 * workingDayQuery(5, ctx).includes('start_seq + 5 +'); //=> true
 * ```
 */
export function workingDayQuery(amount: number, ctx: QueryContext): string {
  const { sql, days } = ctx;
  const lookUps = (due: string): string => `
  LEFT JOIN ${days} a ON a.day = LEAST(p.pause_to, p.count_day)
  LEFT JOIN ${days} u ON u.day = LEAST(p.pause_to, ${due})`;
  // A 0-day period's due date: its start day rolled to a working day that no pause holds.
  const fromSeq = 'COALESCE(r.start_seq, CASE WHEN c.held_to_table = 1 THEN 0 END)';
  const zeroDayDue = (pauses: string, start: string): string => rolledDueSql(start, 'n', `${pauses}.first_from`, `${pauses}.pause_due`, 'next_working_day');
  const due =
    amount === 0
      ? `${pauseRollsSql(ctx, 'ys_paused', 'x.start_day', 'next_working_day')},
${sql.cte('ys_pause_counts')} (
  SELECT p.id, MAX(p.first_from) AS first_from, MAX(p.pause_due) AS pause_due, MAX(p.held_to_table) AS held_to_table, ${pauseCounts(zeroDayDue('p', 'p.nominal'))}
  FROM ys_pause_due p
  LEFT JOIN ${days} n ON n.day = p.nominal${lookUps(zeroDayDue('p', 'p.nominal'))}
  GROUP BY p.id
),
${sql.cte('ys_due')} (
  SELECT r.*, ${fromSeq} AS from_seq, w.day AS due, w.working_day_seq AS due_seq, ${fromSeq} IS NOT NULL AND w.working_day_seq IS NOT NULL AS due_known,
         c.last_paused, c.paused, c.paused_to_due
  FROM ys_input r
  LEFT JOIN ys_pause_counts c ON c.id = r.id
  LEFT JOIN ${days} n ON n.day = r.start_day
  LEFT JOIN ${days} w ON w.day = ${zeroDayDue('c', 'r.start_day')}
),`
      : `-- The pauses that begin before the period has run out extend it: by how much, and whether every such pause ends
-- inside the table. The merged pauses are disjoint, so free_before never falls from one pause to the next: those
-- pauses are the ones whose own free_before is short of the period.
${sql.cte('ys_extended')} (
  SELECT f.*, SUM(CASE WHEN free_before < ${amount} THEN paused ELSE 0 END) OVER (PARTITION BY id) AS extension,
         SUM(CASE WHEN free_before < ${amount} AND paused IS NULL THEN 1 ELSE 0 END) OVER (PARTITION BY id) AS unknown
  FROM ys_free f
),
${sql.cte('ys_pause_counts')} (
  SELECT p.id, MAX(p.extension) AS extension, MAX(p.unknown) AS unknown, MAX(p.held_to_table) AS held_to_table, ${pauseCounts('w.day')}
  FROM ys_extended p
  LEFT JOIN ${days} w ON w.working_day_seq = p.start_seq + ${amount} + p.extension AND w.is_working_day${lookUps('w.day')}
  GROUP BY p.id
),
${sql.cte('ys_due')} (
  SELECT r.*, ${fromSeq} AS from_seq, w.day AS due, w.working_day_seq AS due_seq, (COALESCE(c.unknown, 0) = 0 AND w.day IS NOT NULL) AS due_known,
         c.last_paused, c.paused, c.paused_to_due
  FROM ys_input r
  LEFT JOIN ys_pause_counts c ON c.id = r.id
  LEFT JOIN ${days} w ON w.working_day_seq = ${fromSeq} + ${amount} + COALESCE(c.extension, 0) AND w.is_working_day
),`;
  // The sequence of a day on or after the start, read from the day table's row `join`: the start's own on the start
  // (which may be the day 0 in front of the table), else the table's.
  const seqFromStart = (join: string, day: string, start: string, startSeq: string): string => `CASE WHEN ${day} = ${start} THEN ${startSeq} ELSE ${join}.working_day_seq END`;
  // Before the table (from a start held up to it), every day is paused: sequence 0.
  const countSeq = `CASE WHEN d.count_day = d.start_day THEN d.from_seq WHEN a.day IS NULL AND d.from_seq = 0 THEN 0 ELSE a.working_day_seq END`;
  const beforeDay = `GREATEST(${sql.plusDays('p.pause_from', -1)}, p.start_day)`;
  // A start before the table's day 0 whose days up to it one pause holds counts as from day 0 (sequence 0), as evaluate
  // counts it (a paused day is never looked up): in the pauses, provisionally, any start before it; in ys_due, such a
  // start only (held_to_table), any other keeps no sequence.
  const dayZero = sql.plusDays('t.first_day', -1);
  const startSeq = `COALESCE(p.start_seq, CASE WHEN p.start_day < ${dayZero} THEN 0 END)`;
  return `WITH
${inputSql(ctx)},
${mergedPausesSql(ctx)},
-- Each pause that ends on or after the start (one that ends on it holds a 0-day period's last day), with the working
-- days it holds after the start.
${sql.cte('ys_paused')} (
  SELECT p.id, p.pause_from, p.pause_to, p.start_day, ${startSeq} AS start_seq, p.count_day, ${beforeDay} AS before_day,
         ${seqFromStart('b', beforeDay, 'p.start_day', startSeq)} AS before_seq,
         CASE WHEN p.pause_to = p.start_day THEN ${startSeq} ELSE ${seqWithDayZero('e', 'p.pause_to', 't', sql)} END - ${seqFromStart('b', beforeDay, 'p.start_day', startSeq)} AS paused,
         CASE WHEN p.start_day < ${dayZero} AND p.pause_from <= ${sql.plusDays('p.start_day', 1)} AND p.pause_to >= ${dayZero} THEN 1 ELSE 0 END AS held_to_table
  FROM ys_merged p CROSS JOIN ys_edges t
  LEFT JOIN ${days} b ON b.day = ${beforeDay}
  LEFT JOIN ${days} e ON e.day = p.pause_to
  WHERE p.pause_to >= p.start_day
),
-- The unpaused working days between the start and each pause.
${sql.cte('ys_free')} (
  SELECT p.*,
         p.before_seq - p.start_seq - COALESCE(SUM(p.paused) OVER (PARTITION BY p.id ORDER BY p.pause_from
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS free_before
  FROM ys_paused p
),
${due}
-- A late record whose as-of day is past the table, or whose next working day is, is certainly late: its count stops
-- at the table's end, and the first working day on or after the as-of day lies past it: a lower bound, counted + 1.
-- Its elapsed is unknown when the as-of day is past the table.
${resultCteSql(
  ctx,
  [
    'd.id',
    ...problemColumnsSql(ctx),
    stateColumnSql(ctx, `COALESCE(d.due_known AND ${countSeq} IS NOT NULL, FALSE)`),
    'd.start_day', 'd.end_day', 'd.reference_day', 'd.at_day', 'd.due',
    '(d.at_day > d.count_day OR a.next_working_day IS NULL) AS lower_bound',
    `${countSeq} - d.from_seq - COALESCE(d.paused, 0) AS counted`,
    `CASE WHEN d.at_day = d.count_day THEN ${countSeq} - d.from_seq - COALESCE(d.paused, 0) END AS elapsed`,
    'd.due_seq - d.from_seq - COALESCE(d.paused_to_due, 0) AS due_count',
    `-- Late by the working days up to the first working day on or after the as-of day (if not paused).
         CASE WHEN a.is_working_day OR a.next_working_day IS NULL OR d.last_paused >= a.next_working_day THEN 0 ELSE 1 END AS to_next_working_day`,
  ],
  `FROM ys_due d
  LEFT JOIN ${days} a ON a.day = d.count_day${problemJoinSql(ctx)}`,
)}
${resultRowsSql(ctx, 'due_count - elapsed', 'CASE WHEN lower_bound THEN counted - due_count + 1 ELSE counted - due_count + to_next_working_day END')}`;
}
