import { parseIsoDay } from '../_internal/dayNumber.js';
import type { TargetRule } from '../rules/index.js';
import { dateLiteral, doubleSql, errorRowsSql, keyedRecordsSql } from './keyedRecordsSql.js';
import type { QueryContext } from './queryContext.js';
import { unreadDayMessageSql } from './unreadDays.js';

/** The largest count the library takes (`Number.MAX_SAFE_INTEGER`). */
const MAX_COUNT = '9007199254740991';

/** The `WHEN` branch that refuses a count column that is not a whole number from 0 to {@link MAX_COUNT}. */
function countCheck(ctx: QueryContext, column: string, required: boolean): string {
  const bad = `i.${column} < 0 OR i.${column} > ${MAX_COUNT} OR i.${column} <> FLOOR(i.${column})`;
  const nullCheck = required ? `WHEN i.${column} IS NULL THEN '${column} is NULL'\n              ` : '';
  return `${nullCheck}WHEN ${bad} THEN CONCAT('${column} ', ${ctx.sql.text(`i.${column}`)}, ' is not a whole number from 0 to ${MAX_COUNT}')`;
}

/**
 * The query of a target (`kind: 'target'`): for every record `(id, value, as_of)` (and `baseline` for an `at_most`
 * target, NULL when unknown) the columns `(id, status, value, target, due, progress, expected_progress, as_of,
 * error_code, message)`, as `evaluate` answers: `achieved` when the value meets the target, else `missed` after the
 * due date, else `on_track` when progress ≥ the share of the days from `startsOn` to `as_of` (both included) in the
 * days from `startsOn` to `due`, compared exactly in integers, else `behind`. `progress` and `expected_progress` are
 * the library's fractions (double precision). The query reads no day table: a target counts calendar days.
 *
 * @param rule - The target.
 * @param ctx - The query's context.
 * @returns The query, without a trailing semicolon.
 * @example
 * ```ts
 * targetQuery(getRule('m22-intermediary-purchasers'), ctx).includes('>= 200'); //=> true
 * ```
 */
export function targetQuery(rule: TargetRule, ctx: QueryContext): string {
  const { sql } = ctx;
  const atLeast = rule.direction === 'at_least';
  const starts = dateLiteral(rule.startsOn);
  const due = dateLiteral(rule.due);
  const totalDays = parseIsoDay(rule.due) - parseIsoDay(rule.startsOn) + 1;
  const unread = unreadDayMessageSql(sql, 'rec', ['as_of']);
  const reads = ['rec.value AS value', 'CAST(rec.as_of AS DATE) AS as_of', ...(atLeast ? [] : ['rec.baseline AS baseline']), ...(unread === undefined ? [] : [`${unread} AS unread_day`])];
  const checks = [
    countCheck(ctx, 'value', true),
    ...(unread === undefined ? [] : ['WHEN i.unread_day IS NOT NULL THEN i.unread_day']),
    "WHEN i.as_of IS NULL THEN 'as_of is NULL'",
    ...(atLeast ? [] : [countCheck(ctx, 'baseline', false)]),
  ];
  // Progress as done / needed in whole numbers: towards the target from 0, or from the baseline down to the target.
  const [done, needed] = atLeast
    ? [`LEAST(value, ${rule.target})`, `${rule.target}`]
    : [
        `CASE WHEN baseline IS NULL OR baseline <= ${rule.target} THEN 0 ELSE LEAST(baseline - ${rule.target}, GREATEST(0, baseline - value)) END`,
        `CASE WHEN baseline IS NULL OR baseline <= ${rule.target} THEN 1 ELSE baseline - ${rule.target} END`,
      ];
  const wide = (expr: string): string => `CAST(${expr} AS DECIMAL(38, 0))`;
  return `WITH
${keyedRecordsSql(ctx, reads, checks)},
${sql.cte('ys_progress')} (
  SELECT id, value, as_of, value ${atLeast ? '>=' : '<='} ${rule.target} AS achieved,
         ${done} AS done, ${needed} AS needed,
         -- The days from the start to the as-of day, both included, within the target's ${totalDays} days.
         CASE WHEN as_of < ${starts} THEN 0 WHEN as_of > ${due} THEN ${totalDays}
              ELSE ${sql.integer(`${sql.daysFrom(starts, 'as_of')} + 1`)} END AS elapsed_days
  FROM ys_checked WHERE problem IS NULL
)
SELECT id,
  CASE WHEN achieved THEN 'achieved'
       WHEN as_of > ${due} THEN 'missed'
       WHEN ${wide('done')} * ${totalDays} >= ${wide('needed')} * elapsed_days THEN 'on_track'
       ELSE 'behind' END AS status,
  value, ${rule.target} AS target, ${due} AS due,
  CASE WHEN achieved THEN ${doubleSql(ctx, '1')} ELSE ${doubleSql(ctx, 'done')} / needed END AS progress,
  ${doubleSql(ctx, 'elapsed_days')} / ${totalDays} AS expected_progress,
  as_of, ${sql.text('NULL')} AS error_code, ${sql.text('NULL')} AS message
FROM ys_progress
UNION ALL
${errorRowsSql(ctx, { before: [], after: ['NULL', 'NULL', 'CAST(NULL AS DATE)', 'NULL', 'NULL', 'CAST(NULL AS DATE)'] })}`;
}
