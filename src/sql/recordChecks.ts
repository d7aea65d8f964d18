import type { DialectSql } from './dialectSql.js';
import type { QueryContext } from './queryContext.js';

/**
 * The `WHEN` branches of a `CASE` that name what is wrong with a record's id: NULL, or on several rows of its table
 * (records are keyed by id). Every rule query checks ids so.
 *
 * @param sql - The dialect's expressions.
 * @param alias - The alias of a relation with the columns `id` and `copies` (the rows with that id); `''` for none.
 * @param indent - The spaces before the second branch.
 * @returns The branches, without `CASE` and `END`.
 * @example
 * ```ts
 * idProblemsSql(dialectSql('duckdb'), 'i').startsWith("WHEN i.id IS NULL THEN 'id is NULL'"); //=> true
 * ```
 */
export function idProblemsSql(sql: DialectSql, alias = '', indent = '         '): string {
  const [id, copies] = alias === '' ? ['id', 'copies'] : [`${alias}.id`, `${alias}.copies`];
  return `WHEN ${id} IS NULL THEN 'id is NULL'
${indent}WHEN ${copies} > 1 THEN CONCAT('id ', ${sql.text(id)}, ' is on ', ${sql.text(copies)}, ' rows of the records table; ids must be unique')`;
}

/**
 * `message` for the query's context: the text itself, or, when the query raises, the call that raises it, naming the
 * record.
 *
 * @param ctx - The query's context.
 * @param message - An SQL expression of the message.
 * @param id - The SQL expression of the record's id.
 * @returns The expression.
 * @example
 * ```ts
 * messageOrFail({ ...ctx, fail: undefined }, 'problem'); //=> 'problem'
 * ```
 */
export function messageOrFail(ctx: QueryContext, message: string, id = 'id'): string {
  if (ctx.fail === undefined) return message;
  return `${ctx.fail}(CONCAT('yingshang: record ', COALESCE(${ctx.sql.text(id)}, 'NULL'), ': ', ${message}), CAST(NULL AS ${ctx.sql.dialect === 'mysql' ? 'CHAR' : 'VARCHAR'}))`;
}
