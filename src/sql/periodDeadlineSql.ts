import { describeValue } from '../_internal/describeValue.js';
import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import type { BuiltInRuleId, PeriodDeadlineRule, RuleDefinition } from '../rules/index.js';
import { ruleEvaluatorOf } from '../rules/internal.js';
import { calendarDayQuery } from './calendarDayQuery.js';
import { readSqlOptions } from './readSqlOptions.js';
import type { PeriodDeadlineSqlOptions } from './types.js';
import { workingDayQuery } from './workingDayQuery.js';

/**
 * The SQL query that judges a table of records against a period deadline, set-based, with the answers of `evaluate`:
 * it returns `(id, due, status, elapsed, remaining, over_by)` for every row of the records table
 * `(id, start_day, end_day, as_of)`, with the pauses of the pauses table `(id, pause_from, pause_to)`. `status` is
 * `pending`, `met`, `overdue` or `missed` (`not_started`, with nothing counted, when `as_of` is before the start); `remaining` is `NULL` unless met or pending, `over_by` `NULL` unless missed
 * or overdue; a record with neither `end_day` nor `as_of` is judged on `CURRENT_DATE`. The query reads the day table
 * `yingshang_days` and calls `yingshang_fail` (both from {@link dayTableSql}), and raises an error for a record whose
 * answer needs a day outside the table. Portable SQL (window functions, no procedural code); see docs/en/sql.md for
 * what changes in Spark SQL, Trino and ClickHouse.
 *
 * @param rule - A built-in rule id or a rule definition (from `getRule(s)` for a `string` known only at run time); it
 * must be a period deadline (`timing: 'period'`).
 * @param options - `dialect` (`'postgres'` or `'duckdb'`), and the `records` and `pauses` table names (plain or
 * schema-qualified identifiers; default `records` and `pauses`).
 * @returns The query, ending with a semicolon and a line break.
 * @throws {@link UnknownRuleError} UNKNOWN_RULE, {@link InvalidRuleError} INVALID_RULE for a bad rule;
 * {@link InvalidArgumentError} INVALID_ARGUMENT for a rule that is not a period deadline or a bad option.
 * @example
 * ```ts
 * const sql = periodDeadlineSql('m15-payment', { dialect: 'duckdb', records: 'invoices' });
 * sql.split('\n')[0]; //=> '-- yingshang m15-payment: 5 working days after the trigger day (duckdb).'
 * sql.includes('FROM invoices rec'); //=> true
 * ```
 */
export function periodDeadlineSql(rule: BuiltInRuleId | RuleDefinition, options: PeriodDeadlineSqlOptions): string {
  const { dialect, records = 'records', pauses = 'pauses' } = readSqlOptions(options, ['dialect', 'records', 'pauses'], ['records', 'pauses']) as PeriodDeadlineSqlOptions;
  const definition = ruleEvaluatorOf(rule).rule;
  if (definition.kind !== 'deadline' || definition.timing !== 'period') {
    throw new InvalidArgumentError(`Rule ${describeValue(definition.id)} is not a period deadline (a deadline with timing 'period'); only those have a SQL query.`, {
      argument: 'rule',
    });
  }
  const { limit } = definition as PeriodDeadlineRule;
  const roll = limit.unit === 'calendar_days' ? (limit.roll ?? 'next_working_day') : undefined;
  const what = roll === undefined ? `${limit.amount} working days` : `${limit.amount} calendar days, roll ${roll},`;
  const query = roll === undefined ? workingDayQuery(limit.amount, records, pauses) : calendarDayQuery(limit.amount, roll, records, pauses);
  return `-- yingshang ${definition.id}: ${what} after the trigger day (${dialect}).
-- Needs yingshang_days and yingshang_fail: run the script of \`yingshang calendar export --format sql --dialect ${dialect}\` first.
${query};
`;
}
