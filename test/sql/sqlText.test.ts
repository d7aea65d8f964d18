import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/rules/language/formatError.js';
import { listRules } from '../../src/rules/listRules.js';
import { getRule } from '../../src/rules/getRule.js';
import { dayTableSql, periodDeadlineSql, ruleSql } from '../../src/sql/index.js';
import { runCliInProcess } from '../cli/runCliInProcess.js';
import { untyped } from '../fixtures/untyped.js';

describe('dayTableSql', () => {
  it('creates the table if missing, replaces its rows in batches inside one transaction, and defines the functions', () => {
    const script = dayTableSql({ dialect: 'postgres' });
    expect(script).toMatch(/^-- yingshang day table \(postgres\): 8401 days, 2004-01-01 … 2026-12-31\./);
    expect(script).toContain('CREATE TABLE IF NOT EXISTS yingshang_days (\n  day DATE PRIMARY KEY');
    expect(script).toContain('CREATE INDEX IF NOT EXISTS yingshang_days_working_day_seq ON yingshang_days (working_day_seq);');
    expect(script).not.toContain('DROP');
    expect(script).toMatch(/BEGIN;\nDELETE FROM yingshang_days;\nINSERT INTO/);
    expect(script.match(/^INSERT INTO yingshang_days/gm)).toHaveLength(Math.ceil(8401 / 500));
    expect(script.match(/^\(DATE '/gm)).toHaveLength(8401);
    expect(script.match(/CREATE OR REPLACE FUNCTION (\w+)/g)).toEqual([
      'CREATE OR REPLACE FUNCTION yingshang_fail',
      'CREATE OR REPLACE FUNCTION yingshang_add_working_days',
      'CREATE OR REPLACE FUNCTION yingshang_count_working_days',
      'CREATE OR REPLACE FUNCTION yingshang_add_calendar_days',
    ]);
    expect(script.trimEnd().endsWith('COMMIT;\nANALYZE yingshang_days;')).toBe(true);
  });

  it('precomputes each day\'s day number and the next working day and next day that is no holiday, NULL past the table', () => {
    const script = dayTableSql({ dialect: 'duckdb', from: '2021-09-30', to: '2021-10-03' });
    expect(script).toContain('day_number INTEGER NOT NULL,\n  next_working_day DATE,\n  next_non_holiday DATE');
    // 2021-10-01…03 are National Day holidays (国办发明电〔2020〕27号): the table ends before the next working day.
    expect(script.split('\n').filter((line) => line.startsWith("(DATE '")).map((line) => line.split(', ').slice(-3).join(', '))).toEqual([
      `${Date.UTC(2021, 8, 30) / 86_400_000}, DATE '2021-09-30', DATE '2021-09-30'),`,
      `${Date.UTC(2021, 9, 1) / 86_400_000}, NULL, NULL),`,
      `${Date.UTC(2021, 9, 2) / 86_400_000}, NULL, NULL),`,
      `${Date.UTC(2021, 9, 3) / 86_400_000}, NULL, NULL);`,
    ]);
    expect(script).not.toContain('ANALYZE');
  });

  it('puts the table and its functions in the schema of the dayTable option', () => {
    const script = dayTableSql({ dialect: 'postgres', dayTable: 'audit.work_days', from: '2021-01-01', to: '2021-01-31' });
    expect(script).toContain('CREATE TABLE IF NOT EXISTS audit.work_days (');
    expect(script).toContain('CREATE INDEX IF NOT EXISTS work_days_working_day_seq ON audit.work_days (working_day_seq);');
    expect(script).toContain('CREATE OR REPLACE FUNCTION audit.yingshang_add_working_days(');
    expect(script).toContain('FROM audit.work_days w');
  });

  it('writes the MySQL family a plain utf8mb4 table, its index inside, and no functions', () => {
    const script = dayTableSql({ dialect: 'mysql', from: '2021-01-01', to: '2021-01-31' });
    expect(script).toContain('SET NAMES utf8mb4;');
    expect(script).toContain('  INDEX yingshang_days_working_day_seq (working_day_seq)\n) DEFAULT CHARSET = utf8mb4;');
    expect(script).toContain('kind VARCHAR(16) NOT NULL');
    expect(script).toMatch(/START TRANSACTION;\nDELETE FROM yingshang_days;/);
    expect(script).not.toMatch(/FUNCTION|MACRO|\|\|/);
  });

  it('writes DuckDB macros, and names the range in its error messages', () => {
    const script = dayTableSql({ dialect: 'duckdb', from: '2021-01-01', to: '2021-12-31' });
    expect(script).toContain('CREATE OR REPLACE MACRO yingshang_fail(message, typed_null) AS error(message);');
    expect(script).toContain('yingshang_days covers 2021-01-01 … 2021-12-31');
    expect(script).not.toContain('FUNCTION');
  });

  it.each([
    [undefined, 'INVALID_ARGUMENT'],
    [{}, 'INVALID_ARGUMENT'],
    [{ dialect: 'oracle' }, 'INVALID_ARGUMENT'],
    [{ dialect: 'postgres', dayTable: 'a; DROP TABLE b' }, 'INVALID_ARGUMENT'],
    [{ dialect: 'postgres', lang: 'en' }, 'INVALID_ARGUMENT'],
    [{ dialect: 'postgres', from: '2021-13-01' }, 'INVALID_DATE'],
  ])('rejects the options %j with %s', (options, code) => {
    expect(() => dayTableSql(untyped(options))).toThrow(expect.objectContaining({ code }));
  });
});

describe('periodDeadlineSql', () => {
  it('fills in the limit and the table names', () => {
    const sql = periodDeadlineSql('m06-water-connection', { dialect: 'postgres', records: 'audit.connections', pauses: 'audit.connection_pauses' });
    expect(sql).toContain('p.start_seq + 9 + p.extension');
    expect(sql).toContain('FROM audit.connections rec');
    expect(sql).toContain('FROM audit.connection_pauses');
    expect(sql.trimEnd().endsWith(';')).toBe(true);
  });

  it('plans every CTE of a PostgreSQL query into its readers (NOT MATERIALIZED, so a filter on a view reaches the tables), and no other dialect\'s', () => {
    const heads = (dialect: 'postgres' | 'duckdb' | 'mysql') => periodDeadlineSql('m15-payment', { dialect }).match(/^[\w ]+ AS (NOT MATERIALIZED )?\(/gm) ?? [];
    expect(heads('postgres').filter((head) => !head.includes('NOT MATERIALIZED'))).toEqual(['ys_edges AS (']);
    expect(heads('postgres').length).toBeGreaterThan(10);
    expect(heads('mysql').filter((head) => head.includes('MATERIALIZED'))).toEqual([]);
    expect(heads('duckdb').filter((head) => head.includes('MATERIALIZED'))).toEqual([]);
  });

  it('writes the MySQL family no date arithmetic of its own and no ||: DATE_ADD, DATEDIFF and CONCAT', () => {
    const sql = periodDeadlineSql('m13-contract-signing', { dialect: 'mysql' });
    expect(sql).toContain('DATE_ADD(x.pause_to, INTERVAL 1 DAY)');
    expect(sql).toContain('DATEDIFF(');
    expect(sql).not.toMatch(/\|\||AS INTEGER|AS VARCHAR|pause_to \+ 1|start_day \+ /);
  });

  it('rolls a calendar-day period with the day table\'s precomputed next working day, and without a roll rolls nothing', () => {
    const rule = getRule('m13-contract-signing');
    const rolled = periodDeadlineSql(rule, { dialect: 'duckdb' });
    expect(rolled).toContain('r.start_day + 20 + COALESCE(c.extension, 0)');
    expect(rolled).toContain('n.next_working_day');
    expect(periodDeadlineSql({ ...rule, id: 'no-roll', limit: { amount: 20, unit: 'calendar_days', roll: 'none' } }, { dialect: 'duckdb' })).not.toMatch(/next_working_day|next_non_holiday/);
  });

  it.each([
    ['m22-intermediary-transactions', { dialect: 'postgres' }, 'INVALID_ARGUMENT'],
    ['m24-chuanyu-same-standard', { dialect: 'postgres' }, 'INVALID_ARGUMENT'],
    ['m15-payment', { dialect: 'postgres', records: 'records; DROP TABLE x' }, 'INVALID_ARGUMENT'],
    ['m15-payment', { dialect: 'postgres', pauses: 3 }, 'INVALID_ARGUMENT'],
    ['m15-payment', { dialect: 'sqlite' }, 'INVALID_ARGUMENT'],
    ['m15-payment', { dialect: 'postgres', asOf: '2021-01-01' }, 'INVALID_ARGUMENT'],
    ['m15-payment', null, 'INVALID_ARGUMENT'],
    ['m15-payment', { dialect: 'postgres', onError: 'skip' }, 'INVALID_ARGUMENT'],
    ['m15-payment', { dialect: 'mysql', onError: 'raise' }, 'INVALID_ARGUMENT'],
    ['m15-payment', { dialect: 'postgres', dayTable: 'a.b.c' }, 'INVALID_ARGUMENT'],
    ['no-such-rule', { dialect: 'postgres' }, 'UNKNOWN_RULE'],
  ])('rejects %s with %j: %s', (rule, options, code) => {
    expect(() => periodDeadlineSql(untyped(rule), untyped(options))).toThrow(expect.objectContaining({ code }));
  });
});

describe('ruleSql', () => {
  it.each([
    ['the mysql dialect asked to raise', () => ruleSql('m15-payment', { dialect: 'mysql', onError: 'raise' })],
    ['a rule of another kind to periodDeadlineSql', () => periodDeadlineSql('m22-intermediary-purchasers', { dialect: 'duckdb' })],
    ['options that are no object', () => ruleSql('m15-payment', untyped(null))],
    ['an unknown dialect', () => ruleSql('m15-payment', untyped({ dialect: 'oracle' }))],
    ['a table name that is no identifier', () => ruleSql('m15-payment', { dialect: 'duckdb', records: 'invoices; DROP TABLE x' })],
    ['an unknown option', () => ruleSql('m15-payment', untyped({ dialect: 'duckdb', table: 'invoices' }))],
  ])('refuses %s wholly in Chinese with formatError(error, \'zh\'), and says what is wrong', (_what, call) => {
    let caught: unknown;
    try {
      call();
    } catch (error) {
      caught = error;
    }
    expect(caught).toEqual(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    const text = formatError(caught as Parameters<typeof formatError>[0], 'zh');
    // Quoted values and names (options.onError, ruleSql, 'row') may stay; no three English words in a row, as in a sentence.
    const words = text.replace(/'[^']*'|“[^”]*”|"[^"]*"/g, '');
    expect(words).not.toMatch(/[A-Za-z]+[ ,;]+[A-Za-z]+[ ,;]+[A-Za-z]+/);
    // More than the bare "参数 … 无效。": what is wrong or what is valid.
    expect(text).toMatch(/[：:]|应为|可用/);
    expect(text).toMatch(/\p{Script=Han}{4}/u);
  });

  it('gives a period deadline the query of periodDeadlineSql', () => {
    expect(ruleSql('m15-payment', { dialect: 'duckdb', records: 'invoices' })).toBe(periodDeadlineSql('m15-payment', { dialect: 'duckdb', records: 'invoices' }));
  });

  it.each(listRules().map((r) => r.id))('writes %s for the MySQL family without ||, INTEGER or VARCHAR casts, or date arithmetic of its own', (id) => {
    const sql = ruleSql(id, { dialect: 'mysql' });
    expect(sql).not.toMatch(/\|\||AS INTEGER|AS VARCHAR|DOUBLE PRECISION|HUGEINT|pause_to \+ 1|start_day \+ /);
    expect(sql.trimEnd().endsWith(';')).toBe(true);
  });

  it('reads the day table only for deadlines in periods and averages', () => {
    const reads = /(FROM|JOIN) yingshang_days/;
    const needs = (id: string): boolean => reads.test(ruleSql(id as never, { dialect: 'postgres' }));
    expect(needs('m06-electricity-10kv-average')).toBe(true);
    expect(['m24-chuanyu-same-standard', 'm22-intermediary-purchasers', 'm15-prepayment-ratio'].filter(needs)).toEqual([]);
  });

  it('compares a ratio by cross-multiplying decimals, never as a float', () => {
    const sql = ruleSql('m15-prepayment-ratio', { dialect: 'postgres', records: 'contracts' });
    expect(sql).toContain('prepayment_amount >= exact_required');
    expect(sql).toContain("contract_amount * limit_value AS exact_required");
    expect(sql).not.toMatch(/FLOAT|REAL|DOUBLE/);
  });

  it('names what a target, an average and a threshold are in its first line', () => {
    expect(ruleSql('m22-intermediary-purchasers', { dialect: 'duckdb' }).split('\n')[0]).toBe('-- yingshang m22-intermediary-purchasers: at least 200 by 2021-12-31 (duckdb).');
    expect(ruleSql('m06-electricity-10kv-average', { dialect: 'duckdb' }).split('\n')[0]).toBe('-- yingshang m06-electricity-10kv-average: a mean of at most 30 working days per case (duckdb).');
    expect(ruleSql('m28-low-risk-inspections', { dialect: 'duckdb' }).split('\n')[0]).toBe('-- yingshang m28-low-risk-inspections: at most 1 (duckdb).');
  });

  it.each([
    ['m15-prepayment-ratio', { dialect: 'postgres', records: 'contracts; DROP TABLE x' }, 'INVALID_ARGUMENT'],
    ['m22-intermediary-purchasers', { dialect: 'mysql', onError: 'raise' }, 'INVALID_ARGUMENT'],
    ['m24-chuanyu-same-standard', { dialect: 'postgres', cases: 'x' }, 'INVALID_ARGUMENT'],
    [{ ...getRule('m15-prepayment-ratio'), limits: [] }, { dialect: 'postgres' }, 'INVALID_RULE'],
    ['m99-nothing', { dialect: 'postgres' }, 'UNKNOWN_RULE'],
  ])('rejects %j with %j: %s', (rule, options, code) => {
    expect(() => ruleSql(rule as never, options as never)).toThrow(expect.objectContaining({ code }));
  });
});

describe('yingshang sql (in process)', () => {
  it.each(listRules().map((r) => r.id))('prints the query of %s', async (id) => {
    const run = await runCliInProcess(['sql', id, '--dialect', 'postgres', '--records', 'audit.facts']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(ruleSql(id, { dialect: 'postgres', records: 'audit.facts' }));
  });

  it('prints the query of a custom rule from --rule <file.json>', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'yingshang-sql-')), 'rule.json');
    const rule = { ...getRule('m22-intermediary-purchasers'), id: 'custom-purchasers', target: 350 };
    writeFileSync(file, JSON.stringify(rule));
    const run = await runCliInProcess(['sql', '--rule', file, '--dialect', 'duckdb']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(ruleSql(rule, { dialect: 'duckdb' }));
    expect(run.stdout).toContain('>= 350');
  });

  it('prints the query of a built-in rule', async () => {
    const run = await runCliInProcess(['sql', 'm15-payment', '--dialect', 'duckdb', '--records', 'invoices', '--pauses', 'invoice_pauses']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(periodDeadlineSql('m15-payment', { dialect: 'duckdb', records: 'invoices', pauses: 'invoice_pauses' }));
    expect((await runCliInProcess(['sql', 'm15-payment', '--dialect', 'postgres'])).stdout).toContain('FROM records rec');
    const raising = await runCliInProcess(['sql', 'm15-payment', '--dialect', 'postgres', '--day-table', 'audit.days', '--on-error', 'raise']);
    expect(raising.stdout).toBe(periodDeadlineSql('m15-payment', { dialect: 'postgres', dayTable: 'audit.days', onError: 'raise' }));
    expect(raising.stdout).toContain('audit.yingshang_fail(');
  });

  it.each([
    [['sql'], /<ruleId>/],
    [['sql', 'm15-payment'], /`--dialect` is missing/],
    [['sql', 'm15-payment', '--dialect', 'oracle'], /`--dialect` is "oracle"/],
    [['sql', 'm15-payment', '--dialect', 'duckdb', '--json'], /takes no --json/],
    [['sql', 'm15-payment', '--dialect', 'duckdb', '--records', 'a b'], /`options.records` is "a b"; it must be an unquoted identifier/],
  ])('%j is a usage error', async (argv, message) => {
    const run = await runCliInProcess(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
