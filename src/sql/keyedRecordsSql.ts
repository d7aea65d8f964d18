import type { QueryContext } from './queryContext.js';
import { idProblemsSql, messageOrFail } from './recordChecks.js';

/**
 * The CTEs that read a records table keyed by id, for the rule kinds without pauses: `ys_input` (the columns read,
 * and `copies`, the rows with the same id) and `ys_checked` (those columns and `problem`: what the library would
 * refuse the record for, or `NULL`: a NULL or repeated id first, then `checks` in order).
 *
 * @param ctx - The query's context.
 * @param reads - The select-list items of `ys_input`, each reading `rec.<column>` (`'CAST(rec.as_of AS DATE) AS as_of'`).
 * @param checks - `WHEN … THEN <message>` branches over the alias `i` of `ys_input`.
 * @returns The CTEs, comma-separated, without `WITH`.
 * @example
 * ```ts
 * keyedRecordsSql(ctx, ['rec.value AS value'], ["WHEN i.value IS NULL THEN 'value is NULL'"]).includes('ys_checked AS'); //=> true
 * ```
 */
export function keyedRecordsSql(ctx: QueryContext, reads: readonly string[], checks: readonly string[]): string {
  return `-- The records, keyed by id, and what the library would refuse each for (NULL: nothing).
${ctx.sql.cte('ys_input')} (
  SELECT rec.id, ${reads.join(', ')}, COUNT(*) OVER (PARTITION BY rec.id) AS copies
  FROM ${ctx.records} rec
),
${ctx.sql.cte('ys_checked')} (
  SELECT i.*,
         CASE ${[idProblemsSql(ctx.sql, 'i', '              '), ...checks].join('\n              ')}
         END AS problem
  FROM ys_input i
)`;
}

/**
 * The `SELECT` of one `error` row per record that `ys_checked` refuses: its id, `NULL` in each of `columns`, then
 * `error_code = 'INVALID_FACTS'` and the message (or the call that raises it).
 *
 * @param ctx - The query's context.
 * @param columns - The typed NULLs of the columns between `id` and `status`, and between `status` and `error_code`.
 * @returns The `SELECT`.
 * @example
 * ```ts
 * errorRowsSql(ctx, { before: [], after: ['NULL'] }).startsWith("SELECT id, 'error', NULL, 'INVALID_FACTS'"); //=> true
 * ```
 */
export function errorRowsSql(ctx: QueryContext, columns: { readonly before: readonly string[]; readonly after: readonly string[] }): string {
  const items = ['id', ...columns.before, "'error'", ...columns.after, "'INVALID_FACTS'", messageOrFail(ctx, 'problem')];
  return `SELECT ${items.join(', ')}
FROM ys_checked WHERE problem IS NOT NULL`;
}

/**
 * `expr` as a double-precision number, so that a division gives the same IEEE double as JavaScript's `/` on the same
 * integers. The MySQL family adds a double literal (a cast to `DOUBLE` needs MySQL 8.0.17).
 *
 * @param ctx - The query's context.
 * @param expr - An integer expression.
 * @returns The expression.
 * @example
 * ```ts
 * doubleSql(ctx, 'n'); //=> 'CAST(n AS DOUBLE PRECISION)'
 * ```
 */
export function doubleSql(ctx: QueryContext, expr: string): string {
  return ctx.sql.dialect === 'mysql' ? `(${expr} + 0e0)` : `CAST(${expr} AS DOUBLE PRECISION)`;
}

/**
 * A `'YYYY-MM-DD'` day as a SQL date literal, which every dialect reads.
 *
 * @param day - The day.
 * @returns The literal.
 * @example
 * ```ts
 * dateLiteral('2021-10-31'); //=> "DATE '2021-10-31'"
 * ```
 */
export function dateLiteral(day: string): string {
  return `DATE '${day}'`;
}
