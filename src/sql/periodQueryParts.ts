import type { DialectSql } from './dialectSql.js';
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
 * The CTEs that read the input as the library reads facts: the records with their dates as dates (`ys_input`), the
 * pause rows as a set (`ys_pause_rows`: a repeated row cannot change an answer), every record with the problem that
 * the library would refuse it for, or `NULL` (`ys_checked`: a NULL or repeated id, a NULL start, an end before the
 * start, a pause with no `pause_from` or one that ends before it begins), and the good records with the day each is
 * judged on (`ys_records`: `reference_day`, the end day when done, else `as_of`, else today; `at_day`, that day never
 * before the start; `count_day`, that day never after the day table).
 *
 * @param ctx - The query's context.
 * @param columns - More select-list items of `ys_records`, each starting with a comma (`''` for none).
 * @param joins - Joins after `FROM (…) rec` (`''` for none).
 * @returns The CTEs, comma-separated, without `WITH`.
 * @example
 * ```ts
 * checkedRecordsSql(ctx, '', '').includes('ys_records AS'); //=> true
 * ```
 */
export function checkedRecordsSql(ctx: QueryContext, columns: string, joins: string): string {
  const { sql } = ctx;
  return `-- The records, keyed by id, and the pause rows read as a set.
ys_input AS (
  SELECT rec.id, CAST(rec.start_day AS DATE) AS start_day, CAST(rec.end_day AS DATE) AS end_day,
         CAST(rec.as_of AS DATE) AS as_of, COUNT(*) OVER (PARTITION BY rec.id) AS copies
  FROM ${ctx.records} rec
),
ys_pause_rows AS (
  SELECT DISTINCT p.id, CAST(p.pause_from AS DATE) AS pause_from, CAST(p.pause_to AS DATE) AS pause_to
  FROM ${ctx.pauses} p
),
ys_pause_problems AS (
  SELECT id, MAX(CASE WHEN pause_from IS NULL THEN 2 ELSE 1 END) AS problem
  FROM ys_pause_rows WHERE pause_from IS NULL OR pause_from > pause_to GROUP BY id
),
-- What the library would refuse each record for, or NULL.
ys_checked AS (
  SELECT i.id, i.start_day, i.end_day, i.as_of,
         CASE ${idProblemsSql(sql, 'i')}
              WHEN i.start_day IS NULL THEN 'start_day is NULL'
              WHEN i.end_day < i.start_day THEN CONCAT('end_day ', ${sql.text('i.end_day')}, ' is before start_day ', ${sql.text('i.start_day')})
              WHEN b.problem = 2 THEN 'a pause has no pause_from (a NULL pause_to is an open pause, running until end_day or as_of)'
              WHEN b.problem = 1 THEN 'a pause ends before it begins (pause_to before pause_from)'
         END AS problem
  FROM ys_input i LEFT JOIN ys_pause_problems b ON b.id = i.id
),
ys_records AS (
  SELECT rec.id, rec.start_day, rec.end_day, rec.reference_day, rec.at_day,
         LEAST(rec.at_day, (SELECT MAX(day) FROM ${ctx.days})) AS count_day${columns}
  FROM (SELECT c.id, c.start_day, c.end_day, COALESCE(c.end_day, c.as_of, CURRENT_DATE) AS reference_day,
               GREATEST(COALESCE(c.end_day, c.as_of, CURRENT_DATE), c.start_day) AS at_day
        FROM ys_checked c WHERE c.problem IS NULL) rec${joins}
)`;
}

/**
 * The CTEs that merge the pauses of each good record as `evaluate` does (`mergePauses`): an open pause (NULL
 * `pause_to`) runs until the record's reference day; pauses that overlap or touch become one. The rows are distinct
 * before the window functions run, so the order they sort by is total and every engine groups them alike.
 *
 * @param ctx - The query's context.
 * @returns The CTEs `ys_pause_days`, `ys_pause_runs`, `ys_pause_islands`, `ys_merged`, comma-separated, without `WITH`.
 * @example
 * ```ts
 * mergedPausesSql(ctx).includes('ys_merged AS'); //=> true
 * ```
 */
export function mergedPausesSql(ctx: QueryContext): string {
  return `-- Open pauses end on the reference day; pauses that overlap or touch merge into one (gaps and islands).
ys_pause_days AS (
  SELECT DISTINCT p.id, p.pause_from, COALESCE(p.pause_to, r.reference_day) AS pause_to
  FROM ys_pause_rows p JOIN ys_records r ON r.id = p.id
  WHERE p.pause_from <= COALESCE(p.pause_to, r.reference_day)
),
ys_pause_runs AS (
  SELECT id, pause_from, pause_to,
         MAX(pause_to) OVER (PARTITION BY id ORDER BY pause_from, pause_to
                             ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS earlier_to
  FROM ys_pause_days
),
ys_pause_islands AS (
  SELECT id, pause_from, pause_to,
         SUM(CASE WHEN pause_from <= ${ctx.sql.plusDays('earlier_to', 1)} THEN 0 ELSE 1 END)
           OVER (PARTITION BY id ORDER BY pause_from, pause_to ROWS UNBOUNDED PRECEDING) AS island
  FROM ys_pause_runs
),
ys_merged AS (
  SELECT id, MIN(pause_from) AS pause_from, MAX(pause_to) AS pause_to
  FROM ys_pause_islands GROUP BY id, island
)`;
}

/**
 * The CTEs that move a nominal last day to the due date: the first day on or after it that the roll accepts and that
 * no pause holds (the nominal day rolled, or the day after a pause, rolled), so a due date never lands in a pause,
 * however many follow each other. A nominal day outside the table and not paused has no due date (its roll is
 * unknown); a day after
 * a pause outside the table is later than any inside, so it cannot be the due date of a record that has one.
 *
 * @param ctx - The query's context.
 * @param roll - A relation `(day, roll_to)`: the day each day rolls to (`NULL` when the table holds none).
 * @returns The CTEs `ys_candidates` and `ys_rolled (id, due)`, reading `ys_nominal (id, nominal)` and `ys_merged`.
 * @example
 * ```ts
 * unpausedDueSql(ctx, 'ys_roll').includes('ys_rolled AS'); //=> true
 * ```
 */
export function unpausedDueSql(ctx: QueryContext, roll: string): string {
  return `ys_candidates AS (
  SELECT n.id, n.nominal AS from_day, 1 AS nominal FROM ys_nominal n
  UNION ALL
  SELECT n.id, ${ctx.sql.plusDays('p.pause_to', 1)}, 0 FROM ys_nominal n JOIN ys_merged p ON p.id = n.id AND p.pause_to >= n.nominal
),
-- A nominal day outside the table has an unknown roll, so no due date, unless a pause holds it: a paused day is
-- skipped whatever it is.
ys_rolled AS (
  SELECT c.id, CASE WHEN MAX(CASE WHEN d.day IS NULL AND q.id IS NULL THEN c.nominal ELSE 0 END) = 1 THEN NULL ELSE MIN(d.roll_to) END AS due
  FROM ys_candidates c
  LEFT JOIN ${roll} d ON d.day = c.from_day
  LEFT JOIN ys_merged q ON q.id = c.id AND c.from_day BETWEEN q.pause_from AND q.pause_to
  LEFT JOIN ys_merged p ON p.id = c.id AND d.roll_to BETWEEN p.pause_from AND p.pause_to
  WHERE p.id IS NULL
  GROUP BY c.id
)`;
}

/**
 * The query's last `SELECT`s: one row per good record from `ys_result` and one `error` row per bad record from
 * `ys_checked`, with the columns `(id, due, status, elapsed, remaining, over_by, over_by_is_lower_bound, error_code,
 * message)`. `ys_result` has `id`, `start_day`, `end_day`, `reference_day`, `at_day`, `due`, `known` (the answer
 * needs no day outside the table), `lower_bound` (a late answer's count stops at the table's end), `elapsed` and the
 * columns that `remaining` and `overBy` read. A record judged before its trigger day has not started: nothing is
 * counted.
 *
 * @param ctx - The query's context.
 * @param remaining - The expression of `remaining` when the as-of day is on or before the due date.
 * @param overBy - The expression of `over_by` when it is after.
 * @returns Two `SELECT`s joined by `UNION ALL`.
 * @example
 * ```ts
 * resultRowsSql(ctx, 'r', 'o').includes("'out_of_range'"); //=> true
 * ```
 */
export function resultRowsSql(ctx: QueryContext, remaining: string, overBy: string): string {
  const { sql } = ctx;
  const outside = `'needs a day outside ${ctx.days} (load a newer export, or one with --schedules or --provisional)'`;
  return `SELECT id,
  CASE WHEN known THEN due END AS due,
  CASE WHEN NOT known THEN 'out_of_range'
       WHEN reference_day < start_day THEN 'not_started'
       WHEN at_day <= due THEN CASE WHEN end_day IS NULL THEN 'pending' ELSE 'met' END
       WHEN end_day IS NULL THEN 'overdue' ELSE 'missed' END AS status,
  ${sql.integer('CASE WHEN known AND reference_day >= start_day THEN elapsed END')} AS elapsed,
  ${sql.integer(`CASE WHEN known AND reference_day >= start_day AND at_day <= due THEN ${remaining} END`)} AS remaining,
  ${sql.integer(`CASE WHEN known AND at_day > due THEN ${overBy} END`)} AS over_by,
  CASE WHEN known THEN at_day > due AND lower_bound END AS over_by_is_lower_bound,
  CASE WHEN NOT known THEN 'CALENDAR_OUT_OF_RANGE' END AS error_code,
  CASE WHEN NOT known THEN ${messageOrFail(ctx, outside)} END AS message
FROM ys_result
UNION ALL
SELECT id, CAST(NULL AS DATE), 'error', NULL, NULL, NULL, NULL, 'INVALID_FACTS', ${messageOrFail(ctx, 'problem')}
FROM ys_checked WHERE problem IS NOT NULL`;
}
