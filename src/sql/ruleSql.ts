import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import type { BuiltInRuleId, RuleDefinition } from '../rules/index.js';
import { ruleEvaluatorOf } from '../rules/internal.js';
import { averageQuery } from './averageQuery.js';
import { calendarDayQuery } from './calendarDayQuery.js';
import { dialectSql } from './dialectSql.js';
import { fixedDateQuery } from './fixedDateQuery.js';
import type { QueryContext } from './queryContext.js';
import { besideDayTable, DEFAULT_DAY_TABLE, readSqlOptions } from './readSqlOptions.js';
import { targetQuery } from './targetQuery.js';
import { thresholdQuery } from './thresholdQuery.js';
import type { RuleSqlOptions } from './types.js';
import { workingDayQuery } from './workingDayQuery.js';

/** What the query of a rule computes, for its first line, and whether it reads the day table. */
interface RuleQuery {
  readonly what: string;
  readonly query: string;
  readonly readsDays: boolean;
}

function queryOf(rule: RuleDefinition, ctx: QueryContext): RuleQuery {
  switch (rule.kind) {
    case 'deadline': {
      if (rule.timing === 'fixed_date') return { what: `due on ${rule.due}, a fixed date`, query: fixedDateQuery(rule, ctx), readsDays: false };
      const { limit } = rule;
      if (limit.unit === 'working_days') return { what: `${limit.amount} working days after the trigger day`, query: workingDayQuery(limit.amount, ctx), readsDays: true };
      const roll = limit.roll ?? 'next_working_day';
      return { what: `${limit.amount} calendar days, roll ${roll}, after the trigger day`, query: calendarDayQuery(limit.amount, roll, ctx), readsDays: true };
    }
    case 'threshold':
      return { what: `${rule.comparison === 'at_least' ? 'at least' : 'at most'} ${rule.limits.map((l) => l.value).join(' or ')}`, query: thresholdQuery(rule, ctx), readsDays: false };
    case 'target':
      return { what: `${rule.direction === 'at_least' ? 'at least' : 'at most'} ${rule.target} by ${rule.due}`, query: targetQuery(rule, ctx), readsDays: false };
    case 'average':
      return {
        what: `a mean of at most ${rule.limit.amount} ${rule.limit.unit === 'working_days' ? 'working' : 'calendar'} days per case`,
        query: averageQuery(rule, ctx),
        // The cases are read as a period's records are, with the table's last day (only working days use it).
        readsDays: true,
      };
  }
}

/**
 * The SQL query of any rule, built-in or custom, with the answers of `evaluateMany`, set-based, in portable SQL (CTEs
 * and window functions, no procedural code). Each kind reads its own table (see docs/en/sql.md for the columns):
 * - a period deadline: records `(id, start_day, end_day, as_of)` and pauses `(id, pause_from, pause_to)`, as
 *   {@link periodDeadlineSql};
 * - a fixed-date deadline: records `(id, end_day, as_of)`, the same columns out;
 * - a threshold: records `(id, <each input in snake_case>)` → `(id, status, actual, required, shortfall,
 *   required_amount, shortfall_amount, error_code, message)`, compared exactly in decimals;
 * - a target: records `(id, value, as_of)` (and `baseline` for an `at_most` target) → `(id, status, value, target,
 *   due, progress, expected_progress, as_of, error_code, message)`;
 * - an average: cases `(group_id, id, start_day, end_day)` and their pauses → one row per group `(group_id, status,
 *   mean, median, max, count, within_limit, figures_are_lower_bounds, error_code, message)`.
 *
 * Records are keyed by id: a row the library would refuse (a NULL or repeated id, a NULL or bad value) has status
 * `error`, a record whose answer needs a day outside the day table status `out_of_range`, each with `error_code` and
 * `message`; `onError: 'raise'` makes the query fail on them instead (PostgreSQL and DuckDB).
 *
 * @param rule - A built-in rule id or a rule definition (from `defineRule`, or `getRule(s)` for a `string` known only
 * at run time).
 * @param options - `dialect` (`'postgres'`, `'duckdb'` or `'mysql'`), the `records`, `pauses` and `dayTable` names
 * (plain or schema-qualified identifiers; default `records`, `pauses`, `yingshang_days`) and `onError` (`'row'`,
 * the default, or `'raise'`).
 * @returns The query, ending with a semicolon and a line break.
 * @throws {@link UnknownRuleError} UNKNOWN_RULE, {@link InvalidRuleError} INVALID_RULE for a bad rule;
 * {@link InvalidArgumentError} INVALID_ARGUMENT for a bad option.
 * @example
 * ```ts
 * const sql = ruleSql('m15-prepayment-ratio', { dialect: 'postgres', records: 'contracts' });
 * sql.split('\n')[0]; //=> '-- yingshang m15-prepayment-ratio: at least 0.50 or 0.30 (postgres).'
 * sql.includes('FROM contracts rec'); //=> true
 * ruleSql('m22-intermediary-purchasers', { dialect: 'mysql' }).includes('>= 200'); //=> true
 * ```
 */
export function ruleSql(rule: BuiltInRuleId | RuleDefinition, options: RuleSqlOptions): string {
  const given = readSqlOptions(options, ['dialect', 'records', 'pauses', 'dayTable', 'onError'], ['records', 'pauses', 'dayTable']) as RuleSqlOptions;
  const { dialect, records = 'records', pauses = 'pauses', dayTable = DEFAULT_DAY_TABLE, onError = 'row' } = given;
  if (dialect === 'mysql' && onError === 'raise') {
    throw new InvalidArgumentError("`options.onError` is 'raise', which the mysql dialect cannot do (a MySQL query cannot raise an error of its own); use 'row' and filter on status.", {
      argument: 'options.onError',
      value: "'raise'",
      zh: { problem: 'mysql 方言做不到（MySQL 查询无法自行报错）', expected: "'row'，再按 status 列筛选出错误行" },
    });
  }
  const definition = ruleEvaluatorOf(rule).rule;
  const fail = onError === 'raise' ? besideDayTable(dayTable, 'yingshang_fail') : undefined;
  const ctx: QueryContext = { sql: dialectSql(dialect), records, pauses, days: dayTable, fail };
  const { what, query, readsDays } = queryOf(definition, ctx);
  const needs = [...(readsDays ? [dayTable] : []), ...(fail === undefined ? [] : [fail])];
  const load =
    needs.length === 0 ? '' : `-- Needs ${needs.join(' and ')}: run the script of \`yingshang calendar export --format sql --dialect ${dialect}\` first.\n`;
  return `-- yingshang ${definition.id}: ${what} (${dialect}).
${load}${query};
`;
}
