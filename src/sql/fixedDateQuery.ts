import type { FixedDateDeadlineRule } from '../rules/index.js';
import { dateLiteral, errorRowsSql, keyedRecordsSql } from './keyedRecordsSql.js';
import type { QueryContext } from './queryContext.js';
import { unreadDayMessageSql } from './unreadDays.js';

/**
 * The query of a fixed due date (期日, `timing: 'fixed_date'`): for every record `(id, end_day, as_of)` the columns of
 * a period deadline's query, `(id, due, status, elapsed, remaining, over_by, over_by_is_lower_bound, error_code,
 * message)`. The due date never rolls, so the query reads no day table: `remaining` and `over_by` are calendar days
 * from the end day (else `as_of`, else today in China) to the due date, and `elapsed` is `NULL` (nothing is counted
 * from a trigger).
 *
 * @param rule - The fixed-date deadline.
 * @param ctx - The query's context.
 * @returns The query, without a trailing semicolon.
 * @example
 * ```ts
 * fixedDateQuery(getRule('m24-chuanyu-same-standard'), ctx).includes("DATE '2021-10-31'"); //=> true
 * ```
 */
export function fixedDateQuery(rule: FixedDateDeadlineRule, ctx: QueryContext): string {
  const { sql } = ctx;
  const due = dateLiteral(rule.due);
  const unread = unreadDayMessageSql(sql, 'rec', ['end_day', 'as_of']);
  const reads = ['CAST(rec.end_day AS DATE) AS end_day', 'CAST(rec.as_of AS DATE) AS as_of', ...(unread === undefined ? [] : [`${unread} AS unread_day`])];
  return `WITH
${keyedRecordsSql(ctx, reads, unread === undefined ? [] : ['WHEN i.unread_day IS NOT NULL THEN i.unread_day'])},
-- Days from the day judged on to the due date: negative when late.
${sql.cte('ys_result')} (
  SELECT id, end_day, ${sql.integer(sql.daysFrom(`COALESCE(end_day, as_of, ${sql.today})`, due))} AS lead
  FROM ys_checked WHERE problem IS NULL
)
SELECT id, ${due} AS due,
  CASE WHEN lead >= 0 THEN CASE WHEN end_day IS NULL THEN 'pending' ELSE 'met' END
       WHEN end_day IS NULL THEN 'overdue' ELSE 'missed' END AS status,
  ${sql.integer('NULL')} AS elapsed,
  CASE WHEN lead >= 0 THEN lead END AS remaining,
  CASE WHEN lead < 0 THEN -lead END AS over_by,
  FALSE AS over_by_is_lower_bound,
  ${sql.text('NULL')} AS error_code,
  ${sql.text('NULL')} AS message
FROM ys_result
UNION ALL
${errorRowsSql(ctx, { before: ['CAST(NULL AS DATE)'], after: ['NULL', 'NULL', 'NULL', 'NULL'] })}`;
}
