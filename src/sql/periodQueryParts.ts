/**
 * The CTEs that merge the pauses of each record as `evaluate` does (`mergePauses`): pauses that overlap or touch
 * become one.
 *
 * @param pauses - The pauses table: `(id, pause_from, pause_to)`.
 * @returns Three CTEs, comma-separated, without `WITH`: `ys_pause_runs`, `ys_pause_islands`, `ys_merged`.
 * @example
 * ```ts
 * mergedPausesSql('pauses').includes('ys_merged AS'); //=> true
 * ```
 */
export function mergedPausesSql(pauses: string): string {
  return `-- Pauses that overlap or touch merge into one (a gaps-and-islands pass).
ys_pause_runs AS (
  SELECT id, pause_from, pause_to,
         MAX(pause_to) OVER (PARTITION BY id ORDER BY pause_from, pause_to
                             ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS earlier_to
  FROM ${pauses}
),
ys_pause_islands AS (
  SELECT id, pause_from, pause_to,
         SUM(CASE WHEN pause_from <= earlier_to + 1 THEN 0 ELSE 1 END)
           OVER (PARTITION BY id ORDER BY pause_from, pause_to ROWS UNBOUNDED PRECEDING) AS island
  FROM ys_pause_runs
),
ys_merged AS (
  SELECT id, MIN(pause_from) AS pause_from, MAX(pause_to) AS pause_to
  FROM ys_pause_islands GROUP BY id, island
)`;
}

/**
 * The status, `elapsed`, `remaining` and `over_by` columns of a period-deadline query, from a relation with
 * `reference_day` (the end day, else the as-of day), `start_day`, `at_day` (the reference, never before the start),
 * `due`, `end_day` and `elapsed`. A record judged before its trigger day has not started: nothing is counted.
 *
 * @param remaining - The expression of `remaining` when the as-of day is on or before the due date.
 * @param overBy - The expression of `over_by` when it is after.
 * @returns Four select-list items.
 * @example
 * ```ts
 * statusColumnsSql('r', 'o').includes("'not_started'"); //=> true
 * ```
 */
export function statusColumnsSql(remaining: string, overBy: string): string {
  return `CASE WHEN reference_day < start_day THEN 'not_started'
       WHEN at_day <= due THEN CASE WHEN end_day IS NULL THEN 'pending' ELSE 'met' END
       WHEN end_day IS NULL THEN 'overdue' ELSE 'missed' END AS status,
  CAST(CASE WHEN reference_day >= start_day THEN elapsed END AS INTEGER) AS elapsed,
  CAST(CASE WHEN reference_day >= start_day AND at_day <= due THEN ${remaining} END AS INTEGER) AS remaining,
  CAST(CASE WHEN at_day > due THEN ${overBy} END AS INTEGER) AS over_by`;
}

/** The error raised for a record whose answer needs a day outside `yingshang_days`. */
export const OUT_OF_TABLE = `yingshang_fail('yingshang: record ' || CAST(id AS VARCHAR) || ' needs a day outside yingshang_days', CAST(NULL AS DATE))`;

/**
 * The records with the day each is judged on (`reference_day`): the end day when done, else `as_of`, else today;
 * and that day never before the start (`at_day`), for the counts.
 *
 * @param records - The records table.
 * @param columns - More select-list items, each starting with a comma (`''` for none).
 * @param joins - Joins after `FROM records rec` (`''` for none).
 * @returns The `ys_records` CTE.
 * @example
 * ```ts
 * recordsSql('records', '', '').startsWith('ys_records AS'); //=> true
 * ```
 */
export function recordsSql(records: string, columns: string, joins: string): string {
  return `ys_records AS (
  SELECT rec.id, rec.start_day, rec.end_day,
         COALESCE(rec.end_day, rec.as_of, CURRENT_DATE) AS reference_day,
         GREATEST(COALESCE(rec.end_day, rec.as_of, CURRENT_DATE), rec.start_day) AS at_day${columns}
  FROM ${records} rec${joins}
)`;
}
