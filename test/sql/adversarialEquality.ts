import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../src/_internal/dayNumber.js';
import { defaultCalendar } from '../../src/calendar/defaultCalendar.js';
import type { Calendar } from '../../src/calendar/types.js';
import { evaluateMany } from '../../src/rules/batch/evaluateMany.js';
import type { BuiltInRuleId } from '../../src/rules/catalogue/builtInRules.js';
import { defineRule } from '../../src/rules/defineRule.js';
import { getRule } from '../../src/rules/getRule.js';
import type { RuleDefinition } from '../../src/rules/ruleDefinitionSchema.js';
import type { AverageRule, FixedDateDeadlineRule, TargetRule, ThresholdRule } from '../../src/rules/index.js';
import { dialectSql } from '../../src/sql/dialectSql.js';
import { ruleSql } from '../../src/sql/ruleSql.js';
import { sqlWholeDigits, thresholdColumn } from '../../src/sql/thresholdQuery.js';
import type { SqlDialect } from '../../src/sql/types.js';
import { AVERAGE_CALENDAR_DAYS, FIXED_LEAP_DAY, THRESHOLD_INPUT_AT_LEAST, thresholdRatioAtMost } from './customRules.js';
import { averageCases, fixedDateRows, periodRecords, targetRows, thresholdRows, type AverageCase } from './adversarialRecords.js';
import { factsOf } from './expectedRows.js';
import { PERIOD_RULES } from './periodRules.js';
import type { SqlRecord } from './randomRecords.js';
import { loadRecords, SESSION_ZONE, type SqlEngine } from './sqlEngines.js';

type Row = Record<string, unknown>;
type Rule = BuiltInRuleId | RuleDefinition;

/**
 * How hard to push one engine: fast-check runs per rule, and records per run; and the calendar its day table was
 * exported from (default: the built-in one), which `evaluateMany` gets too.
 */
export interface Effort {
  readonly runs: number;
  readonly records: number;
  readonly seed: number;
  readonly calendar?: Calendar;
}

const TIMEOUT = 600_000;
/** `SQL_FUZZ_RUNS=200 npx vitest run …`: many more runs per rule than the test stages afford. */
const RUNS = process.env['SQL_FUZZ_RUNS'] === undefined ? undefined : Number(process.env['SQL_FUZZ_RUNS']);

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const bool = (v: unknown): boolean | null => (v === null || v === undefined ? null : v === true || v === 't' || Number(v) === 1);
/** A decimal text without trailing zeros, so that equal values of several scales compare equal. */
const plain = (v: unknown): unknown => (typeof v === 'string' || typeof v === 'number' ? String(v).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '') : null);
const idOf = (rule: Rule): string => (typeof rule === 'string' ? rule : rule.id);

/** Every column of a row that has no answer: `NULL`, beside its status and code. */
function noAnswer(columns: readonly string[], key: unknown, status: 'error' | 'out_of_range', code = status === 'error' ? 'INVALID_FACTS' : 'CALENDAR_OUT_OF_RANGE'): Row {
  return { ...Object.fromEntries(columns.map((c) => [c, null])), key, status, error_code: code };
}

/**
 * `evaluateMany`'s items as rows of the query: its result through `toRow`, an `out_of_range` result or an error item
 * as a row with no answer (the error item with its own code, so that another code than the query's shows).
 */
function libraryRows(rule: Rule, facts: readonly unknown[], keys: readonly unknown[], columns: readonly string[], toRow: (result: Row) => Row, calendar = defaultCalendar): Row[] {
  return [...evaluateMany(rule, facts, { trace: false, calendar })].map((item, k) => {
    const key = keys[k];
    if (!item.ok) return noAnswer(columns, key, 'error', item.error.code);
    const result = item.result as unknown as Row;
    if (result['status'] === 'out_of_range') return noAnswer(columns, key, 'out_of_range');
    return { ...toRow(result), key, error_code: null };
  });
}

/** Rows whose id is NULL or on several rows become error rows: the query keys records by id. */
function keyed(rows: readonly { readonly id: number | null }[], want: readonly Row[], columns: readonly string[]): Row[] {
  const copies = new Map<number, number>();
  for (const r of rows) if (r.id !== null) copies.set(r.id, (copies.get(r.id) ?? 0) + 1);
  return rows.map((r, k) => (r.id === null || (copies.get(r.id) ?? 0) > 1 ? noAnswer(columns, r.id, 'error') : (want[k] as Row)));
}

/**
 * Runs `query` and checks its rows, as a multiset, against `want`; a row with no answer must say why in `message`.
 * A difference is reported row by row, with the input of its key (`inputOf`).
 */
async function expectRows(engine: SqlEngine, query: string, toRow: (row: Row) => Row, want: readonly Row[], inputOf: (key: unknown) => unknown): Promise<void> {
  const rows = await engine.rows(query);
  for (const row of rows) {
    const told = row['status'] === 'error' || row['status'] === 'out_of_range';
    expect(typeof row['message'] === 'string' && row['message'] !== '', `message of ${JSON.stringify(row)}`).toBe(told);
  }
  const text = (r: Row): string => JSON.stringify(r, Object.keys(r).sort());
  const got = rows.map(toRow);
  const left = new Map<string, number>();
  for (const r of got) left.set(text(r), (left.get(text(r)) ?? 0) + 1);
  const missing = want.filter((r) => {
    const n = left.get(text(r)) ?? 0;
    left.set(text(r), n - 1);
    return n <= 0;
  });
  const differences = missing.map((r) => `want ${text(r)}\n  got  ${got.filter((g) => g['key'] === r['key']).map(text).join(' | ')}\n  from ${JSON.stringify(inputOf(r['key']))}`);
  expect(differences, `${missing.length} wrong rows`).toEqual([]);
  expect(got.length).toBe(want.length);
}

/** The data reached every status of `statuses` (so that no check passes on easy cases only). */
function expectReached(seen: ReadonlySet<unknown>, statuses: readonly string[]): void {
  expect(statuses.filter((status) => !seen.has(status))).toEqual([]);
}

let tables = 0;
const freshName = (kind: string): string => `adv_${kind}_${++tables}`;
const date = (d: string | null): string => (d === null ? 'NULL' : `DATE '${d}'`);
const sqlId = (id: number | null): string => (id === null ? 'NULL' : String(id));

async function insert(engine: SqlEngine, table: string, values: readonly string[]): Promise<void> {
  for (let i = 0; i < values.length; i += 1000) await engine.run(`INSERT INTO ${table} VALUES ${values.slice(i, i + 1000).join(', ')}`);
}

const PERIOD_COLUMNS = ['due', 'status', 'elapsed', 'remaining', 'over_by', 'over_by_is_lower_bound'];
const periodRow = (x: Row): Row => ({
  due: x['due'], status: x['status'], elapsed: x['elapsed'] ?? null, remaining: x['remaining'] ?? null, over_by: x['overBy'] ?? null, over_by_is_lower_bound: x['overByIsLowerBound'] === true,
});
const periodSelect = (engine: SqlEngine, query: string): string =>
  `SELECT id, ${dialectSql(engine.dialect).text('due')} AS due, status, elapsed, remaining, over_by, over_by_is_lower_bound, error_code, message FROM (\n${query}\n) q`;
const periodQueryRow = (row: Row): Row => ({
  key: num(row['id']), due: row['due'] ?? null, status: row['status'], elapsed: num(row['elapsed']), remaining: num(row['remaining']), over_by: num(row['over_by']),
  over_by_is_lower_bound: bool(row['over_by_is_lower_bound']), error_code: row['error_code'] ?? null,
});
const queryOf = (rule: Rule, dialect: SqlDialect, records: string, pauses = `${records}_pauses`): string =>
  ruleSql(rule, { dialect, records, pauses }).trimEnd().replace(/;$/, '');

/** Pause rows of no record (an id not in the records table, a NULL id): the query must leave them out. */
const ORPHAN_PAUSES = "(999999, DATE '2021-09-30', DATE '2021-10-20'), (NULL, DATE '2021-09-30', NULL), (NULL, NULL, NULL)";

/**
 * Checks one batch of period records (pause rows doubled and shuffled by `loadRecords`, orphan pause rows added, the
 * date columns timestamps now and then) against `evaluateMany`; returns the statuses seen.
 */
async function checkPeriod(engine: SqlEngine, rule: Rule, records: readonly SqlRecord[], timestamps: boolean, calendar = defaultCalendar): Promise<Set<unknown>> {
  const name = freshName('period');
  await loadRecords(engine, name, records, tables, timestamps);
  await engine.run(`INSERT INTO ${name}_pauses VALUES ${ORPHAN_PAUSES}`);
  const want = keyed(records, libraryRows(rule, records.map(factsOf), records.map((r) => r.id), PERIOD_COLUMNS, periodRow, calendar), PERIOD_COLUMNS);
  await expectRows(engine, periodSelect(engine, queryOf(rule, engine.dialect, name)), periodQueryRow, want, (key) => records.filter((r) => r.id === key));
  return new Set(want.map((r) => r['status']));
}

const targetCustom = defineRule({ ...getRule('m51-bankruptcy-clearance'), id: 'adv-target-at-most', target: 3, startsOn: '2026-10-01', due: '2027-01-31' });
const thresholdRatio = thresholdRatioAtMost('adv-threshold-ratio', { when: [{ input: 'whole', atLeast: '10' }], label: { zh: '测试', en: 'test' } });

/** The rules of each other kind checked: built-in and custom. */
const FIXED_DATES: readonly FixedDateDeadlineRule[] = [getRule('m24-chuanyu-same-standard'), FIXED_LEAP_DAY];
const TARGETS: readonly TargetRule[] = [getRule('m22-intermediary-purchasers'), targetCustom];
const THRESHOLDS: readonly ThresholdRule[] = [getRule('m15-prepayment-ratio'), getRule('m28-low-risk-inspections'), thresholdRatio, THRESHOLD_INPUT_AT_LEAST];
const AVERAGES: readonly AverageRule[] = [getRule('m06-electricity-10kv-average'), AVERAGE_CALENDAR_DAYS];

/** The decimal columns: as wide as each engine holds with 6 decimals, and the whole digits the rows may have. */
const DECIMAL_TYPE: Readonly<Record<SqlDialect, { readonly type: string; readonly whole: number }>> = {
  duckdb: { type: 'DECIMAL(38, 8)', whole: 30 },
  postgres: { type: 'NUMERIC', whole: 40 },
  mysql: { type: 'DECIMAL(65, 8)', whole: 40 },
};

/**
 * Adversarial equality of the SQL of every rule kind with `evaluateMany`, on one engine: fast-check generates records
 * with doubled, overlapping, touching, open, reversed and half-NULL pauses, pauses before the table and after the
 * period, repeated and NULL ids, NULL starts, ends before starts, days before the table, on its day 0, in the last days
 * of December and in 2027, as-of days before the start and none at all (today); each batch is loaded into fresh tables
 * and every column of every row is compared.
 */
export function describeAdversarial(label: string, open: () => Promise<SqlEngine>, effort: Effort): void {
  const property = <T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => Promise<void>, seedOffset: number): Promise<void> =>
    fc.assert(fc.asyncProperty(arbitrary, check), { seed: effort.seed + seedOffset, numRuns: RUNS ?? effort.runs, endOnFailure: true });

  const calendar = effort.calendar ?? defaultCalendar;
  const last = parseIsoDay(calendar.calendarCoverage().to);
  describe(`adversarial SQL on ${label}`, () => {
    let engine: SqlEngine;
    beforeAll(async () => {
      engine = await open();
    }, TIMEOUT);
    afterAll(() => engine.close());

    it.each(PERIOD_RULES.map((rule, k) => [idOf(rule), rule, k] as const))('period deadline %s: every column of every row equals evaluateMany', async (_id, rule, k) => {
      const seen = new Set<unknown>();
      await property(fc.tuple(periodRecords(effort.records, effort.records, last), fc.boolean()), async ([records, timestamps]) => {
        for (const status of await checkPeriod(engine, rule, records, timestamps, calendar)) seen.add(status);
      }, k);
      // A period that never rolls needs no day table: nothing is out of its range.
      const definition = typeof rule === 'string' ? getRule(rule) : rule;
      const rolls = !(definition.kind === 'deadline' && definition.timing === 'period' && definition.limit.unit === 'calendar_days' && definition.limit.roll === 'none');
      // Every status reached (out_of_range in a projected table, far from most records, now and then).
      expectReached(seen, ['error', 'met', 'missed', 'not_started', ...(rolls && effort.calendar === undefined ? ['out_of_range'] : []), 'overdue', 'pending']);
    }, TIMEOUT);

    const AVERAGE_COLUMNS = ['status', 'mean', 'median', 'max', 'count', 'within_limit', 'figures_are_lower_bounds'];
    it.each(AVERAGES.map((rule) => [rule.id, rule] as const))('average %s: every group equals evaluateMany', async (_id, rule) => {
      const seen = new Set<unknown>();
      await property(averageCases(Math.max(3, Math.floor(effort.records / 3))), async (cases) => {
        for (const status of await checkAverage(engine, rule, cases)) seen.add(status);
      }, 50);
      expectReached(seen, ['error', 'met', 'not_met', ...(rule.limit.unit === 'working_days' && effort.calendar === undefined ? ['out_of_range'] : [])]);
    }, TIMEOUT);

    // The kinds that read no day table, and the golden cases, once: with the built-in calendar.
    if (effort.calendar !== undefined) return;

    it.each(FIXED_DATES.map((rule) => [rule.id, rule] as const))('fixed-date deadline %s: every row equals evaluateMany', async (_id, rule) => {
      const seen = new Set<unknown>();
      await property(fc.tuple(fixedDateRows(rule.due, effort.records), fc.boolean()), async ([rows, timestamps]) => {
        const name = freshName('fixed');
        // Timestamp columns now and then, their days at 15:30.
        const type = timestamps ? (engine.dialect === 'mysql' ? 'DATETIME' : 'TIMESTAMP') : 'DATE';
        const day = (d: string | null): string => (d === null || !timestamps ? date(d) : `TIMESTAMP '${d} 15:30:00'`);
        await engine.run(`CREATE TABLE ${name} (id INTEGER, end_day ${type}, as_of ${type})`);
        await insert(engine, name, rows.map((r) => `(${sqlId(r.id)}, ${day(r.end)}, ${day(r.asOf)})`));
        const facts = rows.map((r) => ({ ...(r.end ? { end: r.end } : {}), ...(r.asOf ? { asOf: r.asOf } : {}) }));
        const want = keyed(rows, libraryRows(rule, facts, rows.map((r) => r.id), PERIOD_COLUMNS, periodRow), PERIOD_COLUMNS);
        for (const r of want) seen.add(r['status']);
        await expectRows(engine, periodSelect(engine, queryOf(rule, engine.dialect, name)), periodQueryRow, want, (key) => rows.filter((r) => r.id === key));
      }, 20);
      expectReached(seen, ['error', 'met', 'missed', 'overdue', 'pending']);
    }, TIMEOUT);

    const TARGET_COLUMNS = ['status', 'value', 'target', 'due', 'progress', 'expected_progress', 'as_of'];
    it.each(TARGETS.flatMap((rule) => [[rule.id, 'BIGINT', rule], [rule.id, 'DECIMAL(24, 3)', rule]] as const))(
      'target %s (%s counts): every row equals evaluateMany',
      async (_id, countType, rule) => {
        const seen = new Set<unknown>();
        await property(targetRows(rule, effort.records, countType !== 'BIGINT'), async (rows) => {
          const name = freshName('target');
          await engine.run(`CREATE TABLE ${name} (id INTEGER, value ${countType}, as_of DATE, baseline ${countType})`);
          await insert(engine, name, rows.map((r) => `(${sqlId(r.id)}, ${r.value.sql}, ${date(r.asOf)}, ${r.baseline.sql})`));
          const facts = rows.map((r) => ({ value: r.value.fact, ...(r.asOf ? { asOf: r.asOf } : {}), ...(rule.direction === 'at_most' && r.baseline.fact !== undefined ? { baseline: r.baseline.fact } : {}) }));
          const toRow = (x: Row): Row => ({ status: x['status'], value: x['value'], target: x['target'], due: x['due'], progress: x['progress'], expected_progress: x['expectedProgress'], as_of: x['asOf'] });
          const want = keyed(rows, libraryRows(rule, facts, rows.map((r) => r.id), TARGET_COLUMNS, toRow), TARGET_COLUMNS);
          const sql = dialectSql(engine.dialect);
          const select = `SELECT id, status, value, target, ${sql.text('due')} AS due, progress, expected_progress, ${sql.text('as_of')} AS as_of, error_code, message FROM (\n${queryOf(rule, engine.dialect, name)}\n) q`;
          const fromQuery = (row: Row): Row => ({
            key: num(row['id']), status: row['status'], value: num(row['value']), target: num(row['target']), due: row['due'] ?? null, progress: num(row['progress']),
            expected_progress: num(row['expected_progress']), as_of: row['as_of'] ?? null, error_code: row['error_code'] ?? null,
          });
          for (const r of want) seen.add(r['status']);
          await expectRows(engine, select, fromQuery, want, (key) => rows.filter((r) => r.id === key));
        }, 30);
        expectReached(seen, ['achieved', 'behind', 'error', 'missed', 'on_track']);
      },
      TIMEOUT,
    );

    const THRESHOLD_COLUMNS = ['status', 'actual', 'required', 'shortfall', 'required_amount', 'shortfall_amount'];
    it.each(THRESHOLDS.map((rule) => [rule.id, rule] as const))(
      'threshold %s: every row equals evaluateMany, exactly',
      async (_id, rule) => {
        const { type, whole } = DECIMAL_TYPE[engine.dialect];
        const width = sqlWholeDigits(rule, engine.dialect);
        const seen = new Set<unknown>();
        await property(fc.boolean().chain((integers) => thresholdRows(rule.inputs, type, whole, effort.records, integers).map((rows) => [rows, integers] as const)), async ([rows, integers]) => {
          const name = freshName('threshold');
          const inputs = Object.entries(rule.inputs);
          // A whole-number input in an integer column (a value with decimals then fails to load, so none is written).
          const columnType = (spec: ThresholdRule['inputs'][string]): string => (spec.type === 'decimal' ? (spec.decimals === 0 && integers ? 'BIGINT' : type) : spec.type === 'boolean' ? 'BOOLEAN' : 'VARCHAR(16)');
          await engine.run(`CREATE TABLE ${name} (id INTEGER, ${inputs.map(([input, spec]) => `${thresholdColumn(input)} ${columnType(spec)}`).join(', ')})`);
          await insert(engine, name, rows.map((r) => `(${sqlId(r.id)}, ${inputs.map(([input]) => r.cells[input]?.sql ?? 'NULL').join(', ')})`));
          const facts = rows.map((r) => Object.fromEntries(Object.entries(r.cells).filter(([, c]) => c.fact !== undefined).map(([input, c]) => [input, c.fact])));
          const toRow = (x: Row): Row => ({ status: x['status'], actual: plain(x['actual']), required: plain(x['required']), shortfall: plain(x['shortfall']), required_amount: plain(x['requiredAmount']), shortfall_amount: plain(x['shortfallAmount']) });
          // The documented difference: a decimal wider than the query computes exactly is an error row (evaluate reads it).
          const tooWide = (r: (typeof rows)[number]): boolean => Object.values(r.cells).some((c) => typeof c.fact === 'string' && (/^\d+/.exec(c.fact)?.[0].length ?? 0) > width);
          const library = libraryRows(rule, facts, rows.map((r) => r.id), THRESHOLD_COLUMNS, toRow);
          const want = keyed(rows, rows.map((r, k) => (tooWide(r) && library[k]?.['error_code'] === null ? noAnswer(THRESHOLD_COLUMNS, r.id, 'error') : (library[k] as Row))), THRESHOLD_COLUMNS);
          const sql = dialectSql(engine.dialect);
          const text = (c: string): string => `${sql.text(c)} AS ${c}`;
          const select = `SELECT id, status, ${THRESHOLD_COLUMNS.slice(1).map(text).join(', ')}, error_code, message FROM (\n${queryOf(rule, engine.dialect, name)}\n) q`;
          const fromQuery = (row: Row): Row => ({ key: num(row['id']), status: row['status'], ...Object.fromEntries(THRESHOLD_COLUMNS.slice(1).map((c) => [c, plain(row[c])])), error_code: row['error_code'] ?? null });
          for (const r of want) seen.add(r['status']);
          await expectRows(engine, select, fromQuery, want, (key) => rows.filter((r) => r.id === key));
        }, 40);
        expectReached(seen, ['error', 'met', 'not_met', ...(rule.applicability ? ['not_applicable'] : [])]);
      },
      TIMEOUT,
    );

    /** The query's rows of `records` for `rule`, as the tests compare them. */
    async function periodRows(rule: Rule, records: readonly SqlRecord[], timestamps = false): Promise<Row[]> {
      const name = freshName('golden');
      await loadRecords(engine, name, records, tables, timestamps);
      return (await engine.rows(periodSelect(engine, queryOf(rule, engine.dialect, name)))).map(periodQueryRow);
    }
    const answered = (row: Row): Row => ({ error_code: null, elapsed: null, remaining: null, over_by: null, over_by_is_lower_bound: false, ...row });
    const day = defaultCalendar;

    // Golden cases of the differences found (docs/en/sql.md; /work/notes/done4-sqlcheck.md), each from the calendar and the law.
    it('a pause that ends on a start on the table\'s day 0 holds no working day after it (was out_of_range)', async () => {
      const due = day.addWorkingDays('2003-12-31', 5);
      const rows = await periodRows('m15-payment', [{ id: 1, start: '2003-12-31', end: '2004-01-09', asOf: null, pauses: [{ from: '2003-12-22', to: '2003-12-31' }] }]);
      expect(rows).toEqual([answered({ key: 1, due, status: 'missed', elapsed: day.countWorkingDays('2003-12-31', '2004-01-09'), over_by: day.countWorkingDays(due, '2004-01-09') })]);
    }, TIMEOUT);

    it('a fixed date on time says over_by_is_lower_bound FALSE, as a period deadline (was NULL)', async () => {
      const name = freshName('golden');
      await engine.run(`CREATE TABLE ${name} (id INTEGER, end_day DATE, as_of DATE); INSERT INTO ${name} VALUES (1, DATE '2021-10-20', NULL)`);
      const rows = (await engine.rows(periodSelect(engine, queryOf('m24-chuanyu-same-standard', engine.dialect, name)))).map(periodQueryRow);
      expect(rows).toEqual([answered({ key: 1, due: '2021-10-31', status: 'met', remaining: 11 })]);
    }, TIMEOUT);

    it.each([
      // Days before the table, all paused: counted from the table's day 0 (4 working days, 6 to 9 January 2004).
      ['a start before the table that a pause holds up to it', { start: '2003-12-20', end: '2004-01-09', pauses: [{ from: '2003-12-15', to: '2004-01-05' }] }, 4],
      // Every day of the case paused: 0 days, wherever they lie (here in 2027).
      ['a case in 2027 that a pause holds whole', { start: '2027-02-14', end: '2027-02-17', pauses: [{ from: '2027-01-28', to: '2027-02-17' }] }, 0],
      ['a case in 2027 that ends on its start day', { start: '2027-01-23', end: '2027-01-23', pauses: [] }, 0],
    ] as const)('an average counts %s, as evaluate does (was out_of_range)', async (_what, c, days) => {
      const name = freshName('golden');
      await engine.run(`CREATE TABLE ${name} (group_id INTEGER, id INTEGER, start_day DATE, end_day DATE); CREATE TABLE ${name}_pauses (id INTEGER, pause_from DATE, pause_to DATE)`);
      await engine.run(`INSERT INTO ${name} VALUES (1, 1, DATE '${c.start}', DATE '${c.end}')`);
      if (c.pauses.length > 0) await engine.run(`INSERT INTO ${name}_pauses VALUES ${c.pauses.map((p) => `(1, DATE '${p.from}', DATE '${p.to}')`).join(', ')}`);
      const [row] = await engine.rows(`SELECT group_id, status, mean, max, count, within_limit, figures_are_lower_bounds, error_code FROM (\n${queryOf('m06-electricity-10kv-average', engine.dialect, name)}\n) q`);
      expect({ ...row, ...Object.fromEntries(['group_id', 'mean', 'max', 'count', 'within_limit'].map((c) => [c, num(row?.[c])])), figures_are_lower_bounds: bool(row?.['figures_are_lower_bounds']) }).toEqual({
        group_id: 1, status: 'met', mean: days, max: days, count: 1, within_limit: 1, figures_are_lower_bounds: false, error_code: null,
      });
    }, TIMEOUT);

    it('a threshold reads a 30-digit amount exactly where the engine computes it (PostgreSQL, MySQL family), else refuses it', async () => {
      const name = freshName('golden');
      const wide = engine.dialect === 'duckdb' ? 'DECIMAL(38, 2)' : 'DECIMAL(40, 2)';
      await engine.run(`CREATE TABLE ${name} (id INTEGER, contract_amount ${wide}, prepayment_amount ${wide}, supplier_is_sme BOOLEAN)`);
      await engine.run(`INSERT INTO ${name} VALUES (1, CAST('1${'0'.repeat(29)}.00' AS ${wide}), CAST('3${'0'.repeat(28)}.00' AS ${wide}), FALSE)`);
      const sql = dialectSql(engine.dialect);
      const [row] = await engine.rows(`SELECT status, ${sql.text('required_amount')} AS required_amount, error_code FROM (\n${queryOf('m15-prepayment-ratio', engine.dialect, name)}\n) q`);
      // 30 % of 10^29 is 3 × 10^28: met, exactly.
      expect(row).toEqual(engine.dialect === 'duckdb' ? { status: 'error', required_amount: null, error_code: 'INVALID_FACTS' } : { status: 'met', required_amount: `3${'0'.repeat(28)}.00`, error_code: null });
    }, TIMEOUT);

    // Fakaofo (UTC+13; the MySQL family takes offsets up to +13:00) and Pago Pago (UTC−11), neither with daylight
    // saving, are 24 hours apart: at any instant one of them has another date than China (UTC+8).
    it.each([[{ name: 'Pacific/Fakaofo', offset: '+13:00' }], [SESSION_ZONE]] as const)('records judged today are judged on today in China, the session in %o', async (zone) => {
      const calendarDays = PERIOD_RULES.find((r) => idOf(r) === 'test-20-calendar-days-none') as Rule;
      const records: SqlRecord[] = [
        { id: 1, start: '2021-10-08', end: null, asOf: null, pauses: [] },
        { id: 2, start: '2021-10-08', end: null, asOf: null, pauses: [{ from: '2021-10-20', to: null }] },
      ];
      const period = freshName('today');
      await loadRecords(engine, period, records, tables);
      const fixed = freshName('today');
      await engine.run(`CREATE TABLE ${fixed} (id INTEGER, end_day DATE, as_of DATE); INSERT INTO ${fixed} VALUES (1, NULL, NULL)`);
      const library = (): Row[][] => [
        libraryRows(calendarDays, records.map(factsOf), [1, 2], PERIOD_COLUMNS, periodRow),
        libraryRows('m24-chuanyu-same-standard', [{}], [1], PERIOD_COLUMNS, periodRow),
      ];
      await engine.setTimeZone(zone);
      try {
        // The library's today before and after the queries: either, so that a midnight in China between them passes.
        const before = library();
        const got = [
          (await engine.rows(periodSelect(engine, queryOf(calendarDays, engine.dialect, period)))).map(periodQueryRow).sort((a, b) => Number(a['key']) - Number(b['key'])),
          (await engine.rows(periodSelect(engine, queryOf('m24-chuanyu-same-standard', engine.dialect, fixed)))).map(periodQueryRow),
        ];
        expect([before, library()]).toContainEqual(got);
      } finally {
        await engine.setTimeZone(SESSION_ZONE);
      }
    }, TIMEOUT);

    // Differences found later, fixed in the working-day and calendar-day queries: each case from the calendar and the law.
    it('a working-day start before the table that a pause holds up to it is answered as evaluate answers (was out_of_range)', async () => {
      // All days up to 5 January 2004 paused: due 5 working days after it.
      const due = day.addWorkingDays('2004-01-05', 5);
      const rows = await periodRows('m15-payment', [{ id: 1, start: '2003-12-15', end: '2004-01-20', asOf: null, pauses: [{ from: '2003-12-10', to: '2004-01-05' }] }]);
      expect(rows).toEqual([answered({ key: 1, due, status: 'missed', elapsed: day.countWorkingDays('2004-01-05', '2004-01-20'), over_by: day.countWorkingDays(due, '2004-01-20') })]);
    }, TIMEOUT);

    it('a 0-day calendar period whose start before the table is paused, the day after the pause before the table too, is out_of_range (a later pause\'s roll answered)', async () => {
      // The start 8 November 2003 is paused to the 15th: due on the working day from the 16th on, a day of 2003.
      const zeroDays = PERIOD_RULES.find((r) => idOf(r) === 'test-0-calendar-days-next-working-day') as Rule;
      const rows = await periodRows(zeroDays, [{ id: 1, start: '2003-11-08', end: '2003-11-12', asOf: null, pauses: [{ from: '2003-11-04', to: '2003-11-15' }, { from: '2004-01-05', to: '2004-01-05' }] }]);
      expect(rows).toEqual([noAnswer(PERIOD_COLUMNS, 1, 'out_of_range')]);
    }, TIMEOUT);

    it('a 0-day calendar period whose start on day 0 is paused is due on the working day after the pause', async () => {
      const zeroDays = PERIOD_RULES.find((r) => idOf(r) === 'test-0-calendar-days-next-working-day') as Rule;
      const record: SqlRecord = { id: 1, start: '2003-12-31', end: '2004-01-10', asOf: null, pauses: [{ from: '2003-12-28', to: '2004-01-05' }] };
      // Paused 1–5 January: 10 days after the start less 5 paused; due Tuesday 6 January 2004, a working day.
      const law = answered({ key: 1, due: '2004-01-06', status: 'missed', elapsed: 5, over_by: 4 });
      expect(await periodRows(zeroDays, [record])).toEqual([law]);
      // evaluateMany too (it rolled the start day, outside its calendar, before moving past the pause: out_of_range).
      expect(libraryRows(zeroDays, [factsOf(record)], [1], PERIOD_COLUMNS, periodRow)).toEqual([law]);
    }, TIMEOUT);

    /** One batch of cases: one evaluation per group, as the query groups them. */
    async function checkAverage(on: SqlEngine, rule: Rule, cases: readonly AverageCase[]): Promise<Set<unknown>> {
      const name = freshName('average');
      await on.run(`CREATE TABLE ${name} (group_id INTEGER, id INTEGER, start_day DATE, end_day DATE); CREATE TABLE ${name}_pauses (id INTEGER, pause_from DATE, pause_to DATE)`);
      await insert(on, name, cases.map((c) => `(${sqlId(c.groupId)}, ${sqlId(c.record.id)}, ${date(c.record.start)}, ${date(c.record.end)})`));
      const pauses = cases.flatMap((c) => c.record.pauses.map((p) => `(${sqlId(c.record.id)}, ${date(p.from)}, ${date(p.to)})`));
      await insert(on, `${name}_pauses`, [...pauses, ...pauses, ORPHAN_PAUSES]);
      const groups = new Map<number | null, AverageCase[]>();
      for (const c of cases) groups.set(c.groupId, [...(groups.get(c.groupId) ?? []), c]);
      const ids = new Map<number | null, number>();
      for (const c of cases) ids.set(c.record.id, (ids.get(c.record.id) ?? 0) + 1);
      const entries = [...groups];
      const facts = entries.map(([, members]) => ({ cases: members.map((c) => ({ start: c.record.start ?? undefined, end: c.record.end ?? undefined, ...(c.record.pauses.length > 0 ? { pauses: c.record.pauses } : {}) })) }));
      const toRow = (x: Row): Row => ({
        status: x['status'], mean: x['mean'], median: x['median'], max: x['max'], count: x['count'], within_limit: x['withinLimit'], figures_are_lower_bounds: x['figuresAreLowerBounds'] === true,
      });
      const library = libraryRows(rule, facts, entries.map(([g]) => g), AVERAGE_COLUMNS, toRow, calendar);
      const want = entries.map(([g, members], k) => (g === null || members.some((c) => c.record.id === null || (ids.get(c.record.id) ?? 0) > 1) ? noAnswer(AVERAGE_COLUMNS, g, 'error') : (library[k] as Row)));
      const fromQuery = (row: Row): Row => ({
        key: num(row['group_id']), status: row['status'], mean: num(row['mean']), median: num(row['median']), max: num(row['max']), count: num(row['count']),
        within_limit: num(row['within_limit']), figures_are_lower_bounds: bool(row['figures_are_lower_bounds']), error_code: row['error_code'] ?? null,
      });
      await expectRows(on, `SELECT * FROM (\n${queryOf(rule, on.dialect, name)}\n) q`, fromQuery, want, (key) => cases.filter((c) => c.groupId === key));
      return new Set(want.map((r) => r['status']));
    }
  });
}
