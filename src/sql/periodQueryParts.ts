import type { DialectSql } from './dialectSql.js';
import type { QueryContext } from './queryContext.js';
import { seqWithDayZero } from './daysWithDayZero.js';
import { idProblemsSql, messageOrFail } from './recordChecks.js';
import { unreadDayMessageSql, unreadDaySql } from './unreadDays.js';

/** A pause row's days read as dates, from the pauses table's row `p`. */
const PAUSE_FROM = 'CAST(p.pause_from AS DATE)';
const PAUSE_TO = 'CAST(p.pause_to AS DATE)';

/**
 * The CTEs that read the input as the library reads facts. `ys_edges`: the day table's first and last day.
 * `ys_input`: every row of the records table, its dates read as dates, with the day it is judged on (`reference_day`:
 * the end day when done, else `as_of`, else today in China; `at_day`: that day never before the start; `count_day`:
 * that day never after the day table) and the working-day sequence of its start (`start_seq`, 0 for the day before the
 * table);
 * in the MySQL family also `unread_day`, what is wrong with a date column holding a text that is no date (see
 * {@link unreadDayMessageSql}). `ys_pause_problems`: what {@link problemColumnsSql} reads, from the pause rows (a
 * repeated row cannot change it); where the dialect counts copies by a join (see {@link DialectSql.copies}),
 * `ys_record_flags`, one row per id that has such a problem or is on several rows (`copies`), so that a record needs
 * one join for both. Every CTE but the one-row `ys_edges` is a projection, a join by key or a grouping by id, so a
 * filter on `id` reaches the tables.
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
  const referenceDay = `COALESCE(CAST(rec.end_day AS DATE), CAST(rec.as_of AS DATE), ${sql.today})`;
  const atDay = `GREATEST(${referenceDay}, CAST(rec.start_day AS DATE))`;
  const unreadDay = unreadDayMessageSql(sql, 'rec', ['start_day', 'end_day', 'as_of']);
  const unreadPause = [unreadDaySql(sql, 'p.pause_from'), unreadDaySql(sql, 'p.pause_to')].filter((c) => c !== undefined).join(' OR ');
  return `-- The records, and what is wrong with the pause rows.
ys_edges AS (SELECT MIN(day) AS first_day, MAX(day) AS last_day FROM ${ctx.days}),
${sql.cte('ys_input')} (
  SELECT rec.id, CAST(rec.start_day AS DATE) AS start_day, CAST(rec.end_day AS DATE) AS end_day,
         ${referenceDay} AS reference_day, ${atDay} AS at_day, LEAST(${atDay}, t.last_day) AS count_day,
         ${seqWithDayZero('s', 'CAST(rec.start_day AS DATE)', 't', sql)} AS start_seq${unreadDay === undefined ? '' : `,
         ${unreadDay} AS unread_day`}
  FROM ${ctx.records} rec CROSS JOIN ys_edges t
  LEFT JOIN ${ctx.days} s ON s.day = CAST(rec.start_day AS DATE)
),
${sql.cte('ys_pause_problems')} (
  SELECT p.id, MAX(CASE ${unreadPause === '' ? '' : `WHEN ${unreadPause} THEN 3 `}WHEN p.pause_from IS NULL THEN 2 ELSE 1 END) AS problem
  FROM ${ctx.pauses} p WHERE p.pause_from IS NULL OR ${PAUSE_FROM} > ${PAUSE_TO}${unreadPause === '' ? '' : ` OR ${unreadPause}`} GROUP BY p.id
)${sql.copies === 'join' ? `,
${sql.cte('ys_record_flags')} (
  SELECT id, MAX(problem) AS problem, MAX(copies) AS copies FROM (
    SELECT id, problem, CAST(NULL AS BIGINT) AS copies FROM ys_pause_problems
    UNION ALL SELECT rec.id, NULL, COUNT(*) FROM ${ctx.records} rec GROUP BY rec.id HAVING COUNT(*) > 1
  ) f GROUP BY id
)` : ''}`;
}

/**
 * What the library would refuse a record `d` for, its id aside, or `NULL`: in the MySQL family a date column or a
 * pause's that holds a text that is no date; a NULL start, an end before the start, a pause with no `pause_from` or one
 * that ends before it begins (`b` is the join of {@link PROBLEM_JOINS}).
 */
function recordProblemSql(sql: DialectSql): string {
  const unread = sql.dialect === 'mysql' ? `WHEN d.unread_day IS NOT NULL THEN d.unread_day
              WHEN b.problem = 3 THEN 'a pause_from or pause_to is not a real date'
              ` : '';
  return `CASE ${unread}WHEN d.start_day IS NULL THEN 'start_day is NULL'
              WHEN d.end_day < d.start_day THEN CONCAT('end_day ', ${sql.text('d.end_day')}, ' is before start_day ', ${sql.text('d.start_day')})
              WHEN b.problem = 2 THEN 'a pause has no pause_from (a NULL pause_to is an open pause, running until end_day or as_of)'
              WHEN b.problem = 1 THEN 'a pause ends before it begins (pause_to before pause_from)'
         END`;
}

/**
 * The columns that say what the library would refuse a record for: `copies`, the rows with its id (see
 * {@link DialectSql.copies}: a window partitioned by id, or 1 unless `ys_record_flags` has more), and `problem`, the
 * other problem or `NULL`: a NULL start, an end before the start, a pause with no `pause_from` or one that ends before
 * it begins. Select-list items over the record `d` (a row of `ys_input`) and the join of {@link problemJoinSql};
 * {@link resultRowsSql} adds a NULL or repeated id.
 *
 * @param ctx - The query's context.
 * @returns The two columns.
 * @example
 * ```ts
 * problemColumnsSql(ctx)[0]; //=> 'COUNT(*) OVER (PARTITION BY d.id) AS copies'
 * ```
 */
export function problemColumnsSql(ctx: QueryContext): readonly string[] {
  const copies = ctx.sql.copies === 'join' ? 'COALESCE(b.copies, 1)' : 'COUNT(*) OVER (PARTITION BY d.id)';
  return [`${copies} AS copies`, `${recordProblemSql(ctx.sql)} AS problem`];
}

/**
 * The column `state` of `ys_result`: `0` when the library would refuse the record for its own values (a NULL id, or a
 * problem of {@link problemColumnsSql}), `1` when its answer needs a day outside the table, `2` when it is answered; a
 * repeated id (`copies`) is tested apart. Worked out once per record, so that each column of {@link resultRowsSql}
 * tests one small number instead of the checks again. A select-list item over the same rows as
 * {@link problemColumnsSql}; a record is refused exactly when `problem` is not NULL (in the MySQL family a text
 * that is no date can compare as a date and print as NULL, so the test is on `problem` itself, not on its conditions).
 *
 * @param ctx - The query's context.
 * @param known - The condition that the answer needs no day outside the table (never NULL).
 * @returns The column.
 * @example
 * ```ts
 * stateColumnSql(ctx, 'd.due IS NOT NULL').endsWith('WHEN NOT (d.due IS NOT NULL) THEN 1 ELSE 2 END AS state'); //=> true
 * ```
 */
export function stateColumnSql(ctx: QueryContext, known: string): string {
  return `CASE WHEN d.id IS NULL OR (${recordProblemSql(ctx.sql)}) IS NOT NULL THEN 0
              WHEN NOT (${known}) THEN 1 ELSE 2 END AS state`;
}

/**
 * The join that {@link problemColumnsSql} reads, after `FROM … d`, as `b`: the pause rows' problems
 * (`ys_pause_problems`), or where the dialect counts copies by a join, those and the ids on several rows
 * (`ys_record_flags`).
 *
 * @param ctx - The query's context.
 * @returns The join, on a line of its own.
 * @example
 * ```ts
 * problemJoinSql(ctx).includes('LEFT JOIN ys_pause_problems b ON b.id = d.id'); //=> true
 * ```
 */
export function problemJoinSql(ctx: QueryContext): string {
  return `
  LEFT JOIN ${ctx.sql.copies === 'join' ? 'ys_record_flags' : 'ys_pause_problems'} b ON b.id = d.id`;
}

/**
 * The CTE `ys_result`, the rows that {@link resultRowsSql} reads: `SELECT` of `columns` and then `from`. Where the
 * dialect counts copies by a join (see {@link DialectSql.copies}), that `SELECT` is `ys_result_rows` and `ys_result`
 * a `UNION ALL` of it with an empty row set of as many columns, so that each column is worked out once however many
 * columns of the result read it (the empty side names no CTE, so the planner plans the query once).
 *
 * @param ctx - The query's context.
 * @param columns - The select-list items, with those of {@link problemColumnsSql} and {@link stateColumnSql}.
 * @param from - The `FROM` clause and its joins.
 * @returns The CTE (or two), without a trailing comma.
 * @example
 * ```ts
 * resultCteSql(ctx, ['d.id'], 'FROM ys_due d').includes('ys_result'); //=> true
 * ```
 */
export function resultCteSql(ctx: QueryContext, columns: readonly string[], from: string): string {
  const { sql } = ctx;
  const select = `SELECT ${columns.join(',\n         ')}\n  ${from}`;
  if (sql.copies === 'window') return `${sql.cte('ys_result')} (\n  ${select}\n)`;
  return `${sql.cte('ys_result_rows')} (\n  ${select}\n),
${sql.cte('ys_result')} (SELECT * FROM ys_result_rows UNION ALL SELECT ${columns.map(() => 'NULL').join(', ')} WHERE FALSE)`;
}

/**
 * The CTEs that merge the pauses of each record as `evaluate` does (`mergePauses`): an open pause (NULL `pause_to`)
 * runs until the record's reference day; pauses that overlap or touch become one. The pause rows are read from the
 * pauses table itself (the MySQL family: a `DISTINCT` of it), joined with their records and made distinct there: a
 * repeated row cannot change an answer, and PostgreSQL, which knows the table's statistics, hashes the pauses rather
 * than the records. The rows are distinct before the window functions run, so the order they sort by is total and
 * every engine groups them alike; the windows are partitioned by id, so a filter on `id` reaches the pauses table.
 * Each merged pause carries its record's `start_day`, `start_seq`, `at_day` and `count_day`, so that what follows
 * reads the records no more.
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
  const record = 'start_day, start_seq, at_day, count_day';
  // MariaDB joins a table that has no index on id row by row (a block nested loop), but gives a derived table a key
  // for the join: there the rows are made distinct first. PostgreSQL plans the join best from the table itself.
  const pauses = sql.dialect === 'mysql' ? `(SELECT DISTINCT id, pause_from, pause_to FROM ${ctx.pauses})` : ctx.pauses;
  return `-- The pause rows as a set (a repeated row cannot change an answer); open pauses end on the reference day; pauses
-- that overlap or touch merge into one (gaps and islands).
${sql.cte('ys_pause_days')} (
  SELECT DISTINCT p.id, ${PAUSE_FROM} AS pause_from, COALESCE(${PAUSE_TO}, r.reference_day) AS pause_to, r.start_day, r.start_seq, r.at_day, r.count_day
  FROM ${pauses} p JOIN ys_input r ON r.id = p.id
  WHERE ${PAUSE_FROM} <= COALESCE(${PAUSE_TO}, r.reference_day)
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
 * The CTEs that find, among the pauses of each record, where its nominal last day may roll to: the first day on or
 * after it that the roll accepts and that no pause holds is the nominal day rolled, or the day after a pause, rolled
 * (so a due date never lands in a pause, however many follow each other). The merged pauses are disjoint, so a
 * pause's candidate is held by no pause exactly when it comes before the next pause (a candidate past the next pause
 * is that pause's own candidate too), and the nominal day's roll exactly when it comes before the first pause that
 * ends on or after the nominal day (`first_from`). A pause whose day after has no roll in the table (before or after
 * it) and that ends before that candidate leaves the due date unknown (`NULL`): the candidate of a later pause must not
 * stand in for its roll. Window functions partitioned by id, so each CTE is read once.
 *
 * @param ctx - The query's context.
 * @param source - A CTE of the record's merged pauses that end on or after its start, one row each, with `id`,
 * `pause_from` and `pause_to`.
 * @param nominal - The record's nominal last day, an expression over `source`'s row `x`.
 * @param rollTo - The day table's column that holds the day each day rolls to (`NULL` when the table holds none).
 * @returns The CTEs `ys_rolls` (the rows of `source` with `nominal`, `first_from`, `next_from` and `candidate_roll`)
 * and `ys_pause_due` (those and `pause_due`, the earliest candidate of the pauses that no pause holds, `NULL` when an
 * earlier pause's is unknown), without `WITH`.
 * @example
 * ```ts
 * pauseRollsSql(ctx, 'ys_paused', 'x.start_day', 'next_working_day').includes('ys_pause_due AS'); //=> true
 * ```
 */
export function pauseRollsSql(ctx: QueryContext, source: string, nominal: string, rollTo: string): string {
  const { sql } = ctx;
  const earliest = 'MIN(CASE WHEN r.pause_to >= r.nominal AND (r.next_from IS NULL OR r.candidate_roll < r.next_from) THEN r.candidate_roll END) OVER (PARTITION BY r.id)';
  return `-- Where the nominal last day may roll to: the day after a pause, rolled, if no pause holds it; unknown when a
-- pause before that one ends where the table has no roll (before the table).
${sql.cte('ys_rolls')} (
  SELECT x.*, ${nominal} AS nominal,
         MIN(CASE WHEN x.pause_to >= ${nominal} THEN x.pause_from END) OVER (PARTITION BY x.id) AS first_from,
         LEAD(x.pause_from) OVER (PARTITION BY x.id ORDER BY x.pause_from) AS next_from,
         c.${rollTo} AS candidate_roll
  FROM ${source} x LEFT JOIN ${ctx.days} c ON c.day = ${sql.plusDays('x.pause_to', 1)}
),
${sql.cte('ys_pause_due')} (
  SELECT r.*, CASE WHEN MIN(CASE WHEN r.pause_to >= r.nominal AND r.candidate_roll IS NULL THEN r.pause_to END) OVER (PARTITION BY r.id) < ${earliest}
                   THEN NULL ELSE ${earliest} END AS pause_due
  FROM ys_rolls r
)`;
}

/**
 * The due date of a record from its nominal last day: that day rolled, unless a pause holds the roll, or the earliest
 * candidate of {@link pauseRollsSql}, whichever comes first. A nominal day outside the table that no pause holds has
 * an unknown roll, so no due date (`NULL`); a candidate outside the table is later than any inside.
 *
 * @param nominal - The nominal last day, an expression.
 * @param n - The alias of the day table's row of the nominal day (joined on `n.day = nominal`).
 * @param firstFrom - `first_from` of {@link pauseRollsSql}, `NULL` when no pause ends on or after the nominal day.
 * @param pauseDue - `pause_due` of {@link pauseRollsSql}, `NULL` when none.
 * @param rollTo - The day table's column of the roll.
 * @returns The expression.
 * @example
 * ```ts
 * rolledDueSql('d.nominal', 'n', 'c.first_from', 'c.pause_due', 'next_working_day').startsWith('CASE WHEN n.day IS NULL'); //=> true
 * ```
 */
export function rolledDueSql(nominal: string, n: string, firstFrom: string, pauseDue: string, rollTo: string): string {
  const roll = `${n}.${rollTo}`;
  return `CASE WHEN ${n}.day IS NULL AND NOT COALESCE(${firstFrom} <= ${nominal}, FALSE) THEN NULL
            WHEN ${firstFrom} IS NULL OR ${roll} < ${firstFrom} THEN CASE WHEN ${pauseDue} IS NULL OR ${roll} <= ${pauseDue} THEN ${roll} ELSE ${pauseDue} END
            ELSE ${pauseDue} END`;
}

/**
 * The query's last `SELECT`: one row per row of the records table, from `ys_result`, with the columns `(id, due,
 * status, elapsed, remaining, over_by, over_by_is_lower_bound, error_code, message)`. `ys_result` has `id`,
 * `copies` and `problem` (see {@link problemColumnsSql}), `state` (see {@link stateColumnSql}: with `copies`, an
 * `error` row, an `out_of_range` row or an answer), `start_day`, `end_day`, `reference_day`, `at_day`, `due`, `lower_bound` (a late
 * answer's count stops at the table's end), `elapsed` and the columns that `remaining` and `overBy` read. A record
 * judged before its trigger day has not started: nothing is counted.
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
  const refused = 'state = 0 OR copies > 1';
  const answered = 'state = 2 AND copies = 1';
  const why = `CASE ${idProblemsSql(sql)}
         ELSE problem END`;
  return `SELECT id,
  CASE WHEN ${answered} THEN due END AS due,
  CASE WHEN ${refused} THEN 'error'
       WHEN state = 1 THEN 'out_of_range'
       WHEN reference_day < start_day THEN 'not_started'
       WHEN at_day <= due THEN CASE WHEN end_day IS NULL THEN 'pending' ELSE 'met' END
       WHEN end_day IS NULL THEN 'overdue' ELSE 'missed' END AS status,
  ${sql.integer(`CASE WHEN ${answered} AND reference_day >= start_day THEN elapsed END`)} AS elapsed,
  ${sql.integer(`CASE WHEN ${answered} AND reference_day >= start_day AND at_day <= due THEN ${remaining} END`)} AS remaining,
  ${sql.integer(`CASE WHEN ${answered} AND at_day > due THEN ${overBy} END`)} AS over_by,
  CASE WHEN ${answered} THEN at_day > due AND lower_bound END AS over_by_is_lower_bound,
  CASE WHEN ${refused} THEN 'INVALID_FACTS' WHEN state = 1 THEN 'CALENDAR_OUT_OF_RANGE' END AS error_code,
  CASE WHEN ${refused} THEN ${messageOrFail(ctx, why)} WHEN state = 1 THEN ${messageOrFail(ctx, outside)} END AS message
FROM ys_result`;
}
