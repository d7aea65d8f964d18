import type { DialectSql } from './dialectSql.js';
import { seqWithDayZero } from './daysWithDayZero.js';
import { idProblemsSql, messageOrFail } from './recordChecks.js';

/** What every part of a rule query needs: the dialect, the table names, and whether a bad row raises. */
export interface QueryContext {
  readonly sql: DialectSql;
  readonly records: string;
  readonly pauses: string;
  /** The day table. */
  readonly days: string;
  /** The function that raises (`yingshang_fail`, qualified like the day table) when the query raises; `undefined` for error rows. */
  readonly fail: string | undefined;
}

/**
 * The CTEs that read the input as the library reads facts. `ys_edges`: the day table's first and last day.
 * `ys_input`: every row of the records table, its dates read as dates, with the day it is judged on (`reference_day`:
 * the end day when done, else `as_of`, else today; `at_day`: that day never before the start; `count_day`: that day
 * never after the day table) and the working-day sequence of its start (`start_seq`, 0 for the day before the table).
 * `ys_pause_rows`: the pause rows as a set (a repeated row cannot change an answer). `ys_pause_problems`: what {@link problemColumnsSql} reads. Every CTE but the one-row `ys_edges` is a projection, a join by
 * key or a grouping by id, so a filter on `id` reaches the tables.
 *
 * @param ctx - The query's context.
 * @returns The CTEs, comma-separated, without `WITH`.
 * @example
 * ```ts
 * inputSql(ctx).includes('ys_input AS'); //=> true
 * ```
 */
export function inputSql(ctx: QueryContext): string {
  const { sql } = ctx;
  const referenceDay = 'COALESCE(CAST(rec.end_day AS DATE), CAST(rec.as_of AS DATE), CURRENT_DATE)';
  const atDay = `GREATEST(${referenceDay}, CAST(rec.start_day AS DATE))`;
  return `-- The records and the pause rows, the pauses read as a set.
ys_edges AS (SELECT MIN(day) AS first_day, MAX(day) AS last_day FROM ${ctx.days}),
${sql.cte('ys_input')} (
  SELECT rec.id, CAST(rec.start_day AS DATE) AS start_day, CAST(rec.end_day AS DATE) AS end_day,
         ${referenceDay} AS reference_day, ${atDay} AS at_day, LEAST(${atDay}, t.last_day) AS count_day,
         ${seqWithDayZero('s', 'CAST(rec.start_day AS DATE)', 't', sql)} AS start_seq
  FROM ${ctx.records} rec CROSS JOIN ys_edges t
  LEFT JOIN ${ctx.days} s ON s.day = CAST(rec.start_day AS DATE)
),
${sql.cte('ys_pause_rows')} (
  SELECT DISTINCT p.id, CAST(p.pause_from AS DATE) AS pause_from, CAST(p.pause_to AS DATE) AS pause_to
  FROM ${ctx.pauses} p
),
${sql.cte('ys_pause_problems')} (
  SELECT id, MAX(CASE WHEN pause_from IS NULL THEN 2 ELSE 1 END) AS problem
  FROM ys_pause_rows WHERE pause_from IS NULL OR pause_from > pause_to GROUP BY id
)`;
}

/**
 * The columns that say what the library would refuse a record for: `copies`, the rows with its id (a window
 * partitioned by id, so a filter on `id` still reaches the tables, and a boundary that keeps the engine from
 * computing the record's columns again in each column of the result), and `problem`, the other problem or `NULL`: a
 * NULL start, an end before the start, a pause with no `pause_from` or one that ends before it begins. Select-list
 * items over the record `d` (a row of `ys_input`) and the join of {@link PROBLEM_JOINS}; {@link resultRowsSql} adds a
 * NULL or repeated id.
 *
 * @param ctx - The query's context.
 * @returns The two columns, comma-separated.
 * @example
 * ```ts
 * problemColumnsSql(ctx).startsWith('COUNT(*) OVER (PARTITION BY d.id) AS copies'); //=> true
 * ```
 */
export function problemColumnsSql(ctx: QueryContext): string {
  const { sql } = ctx;
  return `COUNT(*) OVER (PARTITION BY d.id) AS copies,
         CASE WHEN d.start_day IS NULL THEN 'start_day is NULL'
              WHEN d.end_day < d.start_day THEN CONCAT('end_day ', ${sql.text('d.end_day')}, ' is before start_day ', ${sql.text('d.start_day')})
              WHEN b.problem = 2 THEN 'a pause has no pause_from (a NULL pause_to is an open pause, running until end_day or as_of)'
              WHEN b.problem = 1 THEN 'a pause ends before it begins (pause_to before pause_from)'
         END AS problem`;
}

/** The join that {@link problemColumnsSql} reads, after `FROM … d`. */
export const PROBLEM_JOINS = `
  LEFT JOIN ys_pause_problems b ON b.id = d.id`;

/**
 * The CTEs that merge the pauses of each record as `evaluate` does (`mergePauses`): an open pause (NULL `pause_to`)
 * runs until the record's reference day; pauses that overlap or touch become one. The rows are distinct before the
 * window functions run, so the order they sort by is total and every engine groups them alike; the windows are
 * partitioned by id, so a filter on `id` reaches the pauses table. Each merged pause carries its record's `start_day`,
 * `start_seq` and `count_day`, so that what follows reads the records no more.
 *
 * @param ctx - The query's context.
 * @returns The CTEs `ys_pause_days`, `ys_pause_runs`, `ys_pause_islands`, `ys_merged`, comma-separated, without `WITH`.
 * @example
 * ```ts
 * mergedPausesSql(ctx).includes('ys_merged AS'); //=> true
 * ```
 */
export function mergedPausesSql(ctx: QueryContext): string {
  const { sql } = ctx;
  const record = 'start_day, start_seq, count_day';
  return `-- Open pauses end on the reference day; pauses that overlap or touch merge into one (gaps and islands).
${sql.cte('ys_pause_days')} (
  SELECT DISTINCT p.id, p.pause_from, COALESCE(p.pause_to, r.reference_day) AS pause_to, r.start_day, r.start_seq, r.count_day
  FROM ys_pause_rows p JOIN ys_input r ON r.id = p.id
  WHERE p.pause_from <= COALESCE(p.pause_to, r.reference_day)
),
${sql.cte('ys_pause_runs')} (
  SELECT id, pause_from, pause_to, ${record},
         MAX(pause_to) OVER (PARTITION BY id ORDER BY pause_from, pause_to
                             ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS earlier_to
  FROM ys_pause_days
),
${sql.cte('ys_pause_islands')} (
  SELECT id, pause_from, pause_to, ${record},
         SUM(CASE WHEN pause_from <= ${sql.plusDays('earlier_to', 1)} THEN 0 ELSE 1 END)
           OVER (PARTITION BY id ORDER BY pause_from, pause_to ROWS UNBOUNDED PRECEDING) AS island
  FROM ys_pause_runs
),
${sql.cte('ys_merged')} (
  SELECT id, MIN(pause_from) AS pause_from, MAX(pause_to) AS pause_to, ${record}
  FROM ys_pause_islands GROUP BY id, island, ${record}
)`;
}

/**
 * The CTEs that move a nominal last day to the due date: the first day on or after it that the roll accepts and that
 * no pause holds (the nominal day rolled, or the day after a pause, rolled), so a due date never lands in a pause,
 * however many follow each other. A nominal day outside the table and not paused has no due date (its roll is
 * unknown); a day after a pause outside the table is later than any inside, so it cannot be the due date of a record
 * that has one.
 *
 * @param ctx - The query's context.
 * @param rollTo - The day table's column that holds the day each day rolls to (`NULL` when the table holds none).
 * @returns The CTEs `ys_candidates` and `ys_rolled (id, due)`, reading `ys_nominal (id, nominal)` and `ys_merged`.
 * @example
 * ```ts
 * unpausedDueSql(ctx, 'next_working_day').includes('ys_rolled AS'); //=> true
 * ```
 */
export function unpausedDueSql(ctx: QueryContext, rollTo: string): string {
  const { sql } = ctx;
  return `${sql.cte('ys_candidates')} (
  SELECT n.id, n.nominal AS from_day, 1 AS nominal FROM ys_nominal n
  UNION ALL
  SELECT n.id, ${sql.plusDays('p.pause_to', 1)}, 0 FROM ys_nominal n JOIN ys_merged p ON p.id = n.id AND p.pause_to >= n.nominal
),
-- A nominal day outside the table has an unknown roll, so no due date, unless a pause holds it: a paused day is
-- skipped whatever it is.
${sql.cte('ys_rolled')} (
  SELECT c.id, CASE WHEN MAX(CASE WHEN d.day IS NULL AND q.id IS NULL THEN c.nominal ELSE 0 END) = 1 THEN NULL ELSE MIN(d.${rollTo}) END AS due
  FROM ys_candidates c
  LEFT JOIN ${ctx.days} d ON d.day = c.from_day
  LEFT JOIN ys_merged q ON q.id = c.id AND c.from_day BETWEEN q.pause_from AND q.pause_to
  LEFT JOIN ys_merged p ON p.id = c.id AND d.${rollTo} BETWEEN p.pause_from AND p.pause_to
  WHERE p.id IS NULL
  GROUP BY c.id
)`;
}

/**
 * The query's last `SELECT`: one row per row of the records table, from `ys_result`, with the columns `(id, due,
 * status, elapsed, remaining, over_by, over_by_is_lower_bound, error_code, message)`. `ys_result` has `id`,
 * `copies` and `problem` (see {@link problemColumnsSql}: an `error` row when the id is NULL or repeated or a problem
 * is found), `start_day`, `end_day`, `reference_day`, `at_day`, `due`,
 * `known` (the answer needs no day outside the table), `lower_bound` (a late answer's count stops at the table's
 * end), `elapsed` and the columns that `remaining` and `overBy` read. A record judged before its trigger day has not
 * started: nothing is counted.
 *
 * @param ctx - The query's context.
 * @param remaining - The expression of `remaining` when the as-of day is on or before the due date.
 * @param overBy - The expression of `over_by` when it is after.
 * @returns The `SELECT`.
 * @example
 * ```ts
 * resultRowsSql(ctx, 'r', 'o').includes("'out_of_range'"); //=> true
 * ```
 */
export function resultRowsSql(ctx: QueryContext, remaining: string, overBy: string): string {
  const { sql } = ctx;
  const outside = `'needs a day outside ${ctx.days} (load a newer export, or one with --schedules or --provisional)'`;
  const refused = 'id IS NULL OR copies > 1 OR problem IS NOT NULL';
  const answered = `NOT (${refused}) AND known`;
  const why = `CASE ${idProblemsSql(sql)}
         ELSE problem END`;
  return `SELECT id,
  CASE WHEN ${answered} THEN due END AS due,
  CASE WHEN ${refused} THEN 'error'
       WHEN NOT known THEN 'out_of_range'
       WHEN reference_day < start_day THEN 'not_started'
       WHEN at_day <= due THEN CASE WHEN end_day IS NULL THEN 'pending' ELSE 'met' END
       WHEN end_day IS NULL THEN 'overdue' ELSE 'missed' END AS status,
  ${sql.integer(`CASE WHEN ${answered} AND reference_day >= start_day THEN elapsed END`)} AS elapsed,
  ${sql.integer(`CASE WHEN ${answered} AND reference_day >= start_day AND at_day <= due THEN ${remaining} END`)} AS remaining,
  ${sql.integer(`CASE WHEN ${answered} AND at_day > due THEN ${overBy} END`)} AS over_by,
  CASE WHEN ${answered} THEN at_day > due AND lower_bound END AS over_by_is_lower_bound,
  CASE WHEN ${refused} THEN 'INVALID_FACTS' WHEN NOT known THEN 'CALENDAR_OUT_OF_RANGE' END AS error_code,
  CASE WHEN ${refused} THEN ${messageOrFail(ctx, why)} WHEN NOT known THEN ${messageOrFail(ctx, outside)} END AS message
FROM ys_result`;
}
