import { expect } from 'vitest';
import { getRule } from '../../src/rules/getRule.js';
import { dayTableSql, isYingshangError, periodDeadlineSql, ruleSql } from '../../src/sql/index.js';
import { callsOf, fails, returns, type BadCall } from './badCall.js';
import { untyped } from '../fixtures/untyped.js';

/** Malformed calls of `yingshang/sql`: dialects, table names, rules and ranges. */
export const sqlCalls: readonly BadCall[] = [
  ...callsOf('sql.dayTableSql', [
    { input: 'no options', call: () => dayTableSql(untyped(undefined)), expected: fails('INVALID_ARGUMENT', '`options.dialect` is undefined', "'postgres', 'duckdb'") },
    { input: 'an unknown dialect', call: () => dayTableSql({ dialect: untyped('oracle') }), expected: fails('INVALID_ARGUMENT', '`options.dialect`', "'postgres', 'duckdb', 'mysql'") },
    { input: 'an impossible first day', call: () => dayTableSql({ dialect: 'duckdb', from: '2021-02-29' }), expected: fails('INVALID_DATE', '`options.from`') },
  ]),
  ...callsOf('sql.periodDeadlineSql', [
    { input: 'a table name with SQL in it', call: () => periodDeadlineSql('m15-payment', { dialect: 'postgres', records: 'r; DROP TABLE x' }), expected: fails('INVALID_ARGUMENT', '`options.records`', 'unquoted identifier') },
    { input: 'a threshold rule', call: () => periodDeadlineSql('m22-intermediary-transactions', { dialect: 'duckdb' }), expected: fails('INVALID_ARGUMENT', 'not a period deadline') },
    { input: 'an unknown rule', call: () => periodDeadlineSql(untyped('m99-nothing'), { dialect: 'duckdb' }), expected: fails('UNKNOWN_RULE', 'm99-nothing') },
    { input: 'a number as the rule', call: () => periodDeadlineSql(untyped(15), { dialect: 'duckdb' }), expected: fails('INVALID_ARGUMENT', '`rule`') },
  ]),
  ...callsOf('sql.ruleSql', [
    { input: 'a table name with SQL in it', call: () => ruleSql('m15-prepayment-ratio', { dialect: 'postgres', records: 'r; DROP TABLE x' }), expected: fails('INVALID_ARGUMENT', '`options.records`', 'unquoted identifier') },
    { input: 'raise in the mysql dialect', call: () => ruleSql('m22-intermediary-purchasers', { dialect: 'mysql', onError: 'raise' }), expected: fails('INVALID_ARGUMENT', '`options.onError`', "'row'") },
    { input: 'an unknown rule', call: () => ruleSql('m99-nothing' as never, { dialect: 'duckdb' }), expected: fails('UNKNOWN_RULE', 'm99-nothing') },
    { input: 'a number as the rule', call: () => ruleSql(15 as never, { dialect: 'duckdb' }), expected: fails('INVALID_ARGUMENT', '`rule`') },
    { input: 'a threshold without limits', call: () => ruleSql({ ...getRule('m15-prepayment-ratio'), limits: [] }, { dialect: 'duckdb' }), expected: fails('INVALID_RULE', 'limits') },
  ]),
  ...callsOf('sql.isYingshangError', [
    {
      input: 'a code that is not a string',
      call: () => {
        try {
          periodDeadlineSql(untyped('m99-nothing'), { dialect: 'duckdb' });
        } catch (e) {
          return [isYingshangError(e, 'UNKNOWN_RULE'), isYingshangError(e, untyped(42)), isYingshangError(e, untyped({}))];
        }
        return undefined;
      },
      expected: returns((value) => { expect(value).toEqual([true, false, false]); }),
    },
  ]),
];
