import { describeValue } from '../_internal/describeValue.js';
import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import type { BuiltInRuleId, RuleDefinition } from '../rules/index.js';
import { ruleEvaluatorOf } from '../rules/internal.js';
import { ruleSql } from './ruleSql.js';
import type { PeriodDeadlineSqlOptions } from './types.js';

/**
 * The SQL query that judges a table of records against a period deadline, set-based, with the answers of
 * `evaluateMany`: it returns `(id, due, status, elapsed, remaining, over_by, over_by_is_lower_bound, error_code,
 * message)` for every row of the records table `(id, start_day, end_day, as_of)`, with the pauses of the pauses table
 * `(id, pause_from, pause_to)` read as a set (a NULL `pause_to` is an open pause, running until the end or as-of day).
 * `status` is `pending`, `met`, `overdue` or `missed` (`not_started`, with nothing counted, when `as_of` is before
 * the start); `remaining` is `NULL` unless met or pending, `over_by` `NULL` unless missed or overdue; a record with
 * neither `end_day` nor `as_of` is judged on today's date in China (Asia/Shanghai, as `evaluate`), whatever the
 * session's time zone (not on `CURRENT_DATE`, the session's date). A record whose answer needs a day outside the day
 * table has status `out_of_range`, unless it is certainly late: then `over_by` counts the days inside the table and
 * `over_by_is_lower_bound` is true. A row the library would refuse (a NULL or repeated id, a NULL start, an end before
 * the start, a pause with no `pause_from` or ending before it begins) has status `error`. Both carry `error_code` and
 * `message`; `onError: 'raise'` makes the query fail on them instead. The query reads the day table of
 * {@link dayTableSql}; portable SQL (CTEs and window functions, no procedural code). See docs/en/sql.md.
 *
 * @param rule - A built-in rule id or a rule definition (from `getRule(s)` for a `string` known only at run time); it
 * must be a period deadline (`timing: 'period'`); {@link ruleSql} takes a rule of any kind.
 * @param options - `dialect` (`'postgres'`, `'duckdb'` or `'mysql'`), the `records`, `pauses` and `dayTable` names
 * (plain or schema-qualified identifiers; default `records`, `pauses`, `yingshang_days`) and `onError` (`'row'`,
 * the default, or `'raise'`).
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
  const definition = ruleEvaluatorOf(rule).rule;
  if (definition.kind !== 'deadline' || definition.timing !== 'period') {
    throw new InvalidArgumentError(`Rule ${describeValue(definition.id)} is not a period deadline (a deadline with timing 'period'); use ruleSql for the other kinds.`, {
      argument: 'rule',
      value: describeValue(definition.id),
      zh: { problem: `规则 ${describeValue(definition.id)} 不是期间型期限（timing 为 'period' 的期限规则）；其他各类规则请用 ruleSql`, expected: '期间型期限规则，如 \'m15-payment\'' },
    });
  }
  return ruleSql(definition, options);
}
