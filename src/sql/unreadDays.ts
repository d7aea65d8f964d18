import type { DialectSql } from './dialectSql.js';

/**
 * The condition that `column` holds a value that does not read as a date: in the MySQL family, a text that is no date
 * (`2021-02-29`, `2021-13-01`) casts to `NULL` with a warning, so a record would read as pending or judged today.
 * `undefined` in DuckDB and PostgreSQL, which stop the query on such a cast: nothing to check there. A `DATE` or
 * `DATETIME` column never meets it.
 *
 * @param sql - The dialect's expressions.
 * @param column - The column, as read from its table.
 * @returns The condition, or `undefined`.
 * @example
 * ```ts
 * unreadDaySql(dialectSql('mysql'), 'rec.end_day'); //=> '(rec.end_day IS NOT NULL AND CAST(rec.end_day AS DATE) IS NULL)'
 * unreadDaySql(dialectSql('duckdb'), 'rec.end_day'); //=> undefined
 * ```
 */
export function unreadDaySql(sql: DialectSql, column: string): string | undefined {
  return sql.dialect === 'mysql' ? `(${column} IS NOT NULL AND CAST(${column} AS DATE) IS NULL)` : undefined;
}

/**
 * The message for the first of `columns` of the row `alias` that does not read as a date (see {@link unreadDaySql}),
 * else `NULL`: a select-list expression that a record's checks read; `undefined` where there is nothing to check.
 *
 * @param sql - The dialect's expressions.
 * @param alias - The alias of the row of the records table.
 * @param columns - Its date columns, in the order the message names them.
 * @returns The expression, or `undefined`.
 * @example
 * ```ts
 * unreadDayMessageSql(dialectSql('mysql'), 'rec', ['as_of'])?.startsWith('CASE WHEN (rec.as_of IS NOT NULL'); //=> true
 * unreadDayMessageSql(dialectSql('postgres'), 'rec', ['as_of']); //=> undefined
 * ```
 */
export function unreadDayMessageSql(sql: DialectSql, alias: string, columns: readonly string[]): string | undefined {
  if (sql.dialect !== 'mysql') return undefined;
  const branches = columns.map((c) => `WHEN ${unreadDaySql(sql, `${alias}.${c}`)} THEN CONCAT('${c} ', ${sql.text(`${alias}.${c}`)}, ' is not a real date')`);
  return `CASE ${branches.join(' ')} END`;
}
