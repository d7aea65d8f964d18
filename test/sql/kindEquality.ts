import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isYingshangError } from '../../src/errors/YingshangError.js';
import type { BuiltInRuleId } from '../../src/rules/catalogue/builtInRules.js';
import { listRules } from '../../src/rules/listRules.js';
import { defineRule } from '../../src/rules/defineRule.js';
import { evaluate } from '../../src/rules/evaluate.js';
import { getRule } from '../../src/rules/getRule.js';
import type { RuleDefinition } from '../../src/rules/ruleDefinitionSchema.js';
import { dialectSql } from '../../src/sql/dialectSql.js';
import { ruleSql } from '../../src/sql/ruleSql.js';
import { sqlWholeDigits, thresholdColumn } from '../../src/sql/thresholdQuery.js';
import type { SqlDialect } from '../../src/sql/types.js';
import { AVERAGE_CALENDAR_DAYS, FIXED_LEAP_DAY, THRESHOLD_INPUT_AT_LEAST, thresholdRatioAtMost } from './customRules.js';
import { expectedRows } from './expectedRows.js';
import { averageCases, DECIMAL_COLUMNS, fixedDateRows, targetRows, thresholdColumnType, thresholdRows, type CaseRow, type KindRow } from './kindRecords.js';
import { PERIOD_RULES } from './periodRules.js';
import { randomRecords, withBadRows } from './randomRecords.js';
import { loadRecords, openEngine, type SqlEngine } from './sqlEngines.js';

const ROWS = 300;
/** How many times each query runs on the same tables; MariaDB, which is slow on CTEs, twice. */
const runsOn = (dialect: SqlDialect): number => (dialect === 'mysql' ? 2 : 3);
const TIMEOUT = 300_000;

type Row = Record<string, unknown>;

/** A decimal text without trailing zeros (`'0.300000'` → `'0.3'`), so that equal values compare equal whatever their scale. */
const plain = (v: unknown): unknown => (typeof v !== 'string' && typeof v !== 'number' ? null : String(v).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''));
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const bool = (v: unknown): boolean | null => (v === null || v === undefined ? null : Boolean(Number(v)) || v === true);

/** The library's row for one record's facts, in the query's columns; `error`/`out_of_range` rows keep only status and code. */
function libraryRow(rule: BuiltInRuleId | RuleDefinition, key: number | null, facts: unknown, toRow: (result: Row) => Row): Row {
  try {
    return { key, ...toRow(evaluate(rule, facts, { trace: false })), error_code: null };
  } catch (error) {
    if (isYingshangError(error, 'INVALID_FACTS')) return { key, status: 'error', error_code: 'INVALID_FACTS' };
    if (isYingshangError(error, 'CALENDAR_OUT_OF_RANGE')) return { key, status: 'out_of_range', error_code: 'CALENDAR_OUT_OF_RANGE' };
    throw error;
  }
}

/** The error row of a record refused for its id, NULL or repeated. */
const idError = (key: number | null): Row => ({ key, status: 'error', error_code: 'INVALID_FACTS' });

/** Each row's id problem, as the query keys records. */
function withIdErrors<T extends { readonly id: number | null }>(rows: readonly T[], row: (r: T) => Row): Row[] {
  const copies = new Map<number | null, number>();
  for (const r of rows) copies.set(r.id, (copies.get(r.id) ?? 0) + 1);
  return rows.map((r) => (r.id === null || (copies.get(r.id) ?? 0) > 1 ? idError(r.id) : row(r)));
}

/** Rows sorted alike; an actual row keeps only the columns its expected row has. */
function comparable(actual: readonly Row[], expected: readonly Row[]): [Row[], Row[]] {
  const key = (row: Row): string => JSON.stringify([row['key'], row['status']]);
  const sorted = (rows: readonly Row[]) => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const want = sorted(expected);
  return [sorted(actual).map((row, i) => Object.fromEntries(Object.keys(want[i] ?? row).map((k) => [k, row[k]]))), want];
}

let tables = 0;
async function load(engine: SqlEngine, columns: Readonly<Record<string, string>>, rows: readonly KindRow[]): Promise<string> {
  const name = `kind_${++tables}`;
  const names = Object.keys(columns);
  await engine.run(`CREATE TABLE ${name} (id INTEGER, ${names.map((c) => `${c} ${columns[c]}`).join(', ')})`);
  for (let i = 0; i < rows.length; i += 1000) {
    const values = rows.slice(i, i + 1000).map((r) => `(${r.id ?? 'NULL'}, ${names.map((c) => r.cells[c] ?? 'NULL').join(', ')})`);
    await engine.run(`INSERT INTO ${name} VALUES ${values.join(', ')}`);
  }
  return name;
}

/** The data reach every status that `statuses` names (so that no test passes on one easy case). */
function expectStatuses(want: readonly Row[], statuses: readonly string[]): void {
  const seen = new Set(want.map((row) => row['status']));
  expect(statuses.filter((s) => !seen.has(s))).toEqual([]);
}

/** Runs the query several times (see `runsOn`) and checks every run against `want`. */
async function expectRuns(engine: SqlEngine, select: string, rule: BuiltInRuleId | RuleDefinition, records: string, toRow: (row: Row) => Row, want: readonly Row[]): Promise<void> {
  const query = ruleSql(rule, { dialect: engine.dialect, records, pauses: `${records}_pauses` }).trimEnd().replace(/;$/, '');
  for (let run = 0; run < runsOn(engine.dialect); run++) {
    const rows = await engine.rows(`SELECT ${select} FROM (\n${query}\n) q`);
    for (const row of rows) if (row['status'] === 'error' || row['status'] === 'out_of_range') expect(row['message']).toEqual(expect.any(String));
    const [got, expected] = comparable(rows.map(toRow), want);
    expect(got).toEqual(expected);
  }
}

const targetCustom = defineRule({ ...getRule('m51-bankruptcy-clearance'), id: 'test-target-at-most', target: 3, startsOn: '2021-03-01', due: '2021-06-30' });
const fixedCustom = FIXED_LEAP_DAY;
const thresholdCustom = thresholdRatioAtMost('test-threshold-ratio-at-most', { when: [{ input: 'whole', atLeast: '0.5' }, { input: 'size', oneOf: ['small', 'large'] }], label: { zh: '测试', en: 'test' } });
const thresholdCustomAtLeast = THRESHOLD_INPUT_AT_LEAST;
/** A ratio of 6-decimal inputs over 1000: the query reads 19 whole digits of its inputs exactly, fewer than DuckDB's columns hold. */
const thresholdCustomWide = defineRule({
  id: 'test-threshold-wide-ratio',
  kind: 'threshold',
  name: { zh: '测试宽比例', en: 'Test wide ratio' },
  description: { zh: '测试。', en: 'A test.' },
  inputs: {
    top: { type: 'decimal', label: { zh: '分子', en: 'top' }, unit: { zh: '元', en: 'yuan' }, decimals: 6 },
    bottom: { type: 'decimal', label: { zh: '分母', en: 'bottom' }, unit: { zh: '元', en: 'yuan' }, decimals: 6, positive: true },
  },
  subject: { label: { zh: '比例', en: 'the ratio' }, numerator: 'top', denominator: 'bottom' },
  comparison: 'at_least',
  limits: [{ value: '1000.5' }],
});
const averageCustom = AVERAGE_CALENDAR_DAYS;

const ruleOf = (id: string): RuleDefinition => getRule(id);
const ofKind = (kind: string): RuleDefinition[] => listRules().filter((r) => r.kind === kind && !('timing' in r && r.timing === 'period')).map((r) => ruleOf(r.id));
const FIXED_RULES = [...ofKind('deadline'), fixedCustom];
const TARGET_RULES = [...ofKind('target'), targetCustom];
const THRESHOLD_RULES = [...ofKind('threshold'), thresholdCustom, thresholdCustomAtLeast, thresholdCustomWide].filter((r): r is Extract<RuleDefinition, { kind: 'threshold' }> => r.kind === 'threshold');
const AVERAGE_RULES = [...ofKind('average'), averageCustom].filter((r): r is Extract<RuleDefinition, { kind: 'average' }> => r.kind === 'average');
/** The period deadlines the main period test leaves out, each on a few hundred records. */
const OTHER_PERIOD_RULES = listRules().filter((r) => r.kind === 'deadline' && r.timing === 'period' && !PERIOD_RULES.includes(r.id)).map((r) => r.id);

const idOf = (rule: BuiltInRuleId | RuleDefinition): string => (typeof rule === 'string' ? rule : rule.id);

/** Checks the queries of every rule kind, and every built-in rule, against the library on one engine. */
export function describeKinds(dialect: SqlDialect, seed: number): void {
  const sql = dialectSql(dialect);
  describe(`SQL of every rule kind on ${dialect}`, () => {
    let engine: SqlEngine;
    beforeAll(async () => {
      engine = await openEngine(dialect);
    }, TIMEOUT);
    afterAll(() => engine.close());

    it('covers every built-in rule', () => {
      const covered = new Set([...PERIOD_RULES, ...OTHER_PERIOD_RULES, ...FIXED_RULES, ...TARGET_RULES, ...THRESHOLD_RULES, ...AVERAGE_RULES].map(idOf));
      expect(listRules().map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
    });

    it.each(OTHER_PERIOD_RULES)('period deadline %s: every row equals the library', async (id) => {
      const own = withBadRows(randomRecords(ROWS, seed + id.length), seed);
      const name = `period_${++tables}`;
      await loadRecords(engine, name, own, seed);
      const want = expectedRows(id, own).map((r) => ({ key: r['id'], status: r['status'], due: r['due'] ?? null, elapsed: r['elapsed'], remaining: r['remaining'], over_by: r['over_by'], error_code: r['error_code'] }));
      const toRow = (row: Row): Row => ({ key: num(row['id']), status: row['status'], due: row['due'], elapsed: num(row['elapsed']), remaining: num(row['remaining']), over_by: num(row['over_by']), error_code: row['error_code'] });
      await expectRuns(engine, `id, ${sql.text('due')} AS due, status, elapsed, remaining, over_by, error_code, message`, id, name, toRow, want.map((w) => (w.status === 'error' || w.status === 'out_of_range' ? { key: w.key, status: w.status, error_code: w.error_code } : w)));
    }, TIMEOUT);

    it.each(FIXED_RULES.map((r) => [r.id, r] as const))('fixed-date deadline %s: every row equals the library, repeated and NULL ids refused', async (_id, rule) => {
      if (rule.kind !== 'deadline' || rule.timing !== 'fixed_date') throw new Error('not a fixed date');
      const rows = fixedDateRows(rule.due, ROWS, seed);
      const name = await load(engine, { end_day: 'DATE', as_of: 'DATE' }, rows);
      const want = withIdErrors(rows, (r) =>
        libraryRow(rule, r.id, r.facts, (x) => ({ status: x['status'], due: x['due'], elapsed: null, remaining: x['remaining'] ?? null, over_by: x['overBy'] ?? null, over_by_is_lower_bound: false })),
      );
      const toRow = (row: Row): Row => ({
        key: num(row['id']), status: row['status'], due: row['due'], elapsed: num(row['elapsed']), remaining: num(row['remaining']), over_by: num(row['over_by']),
        over_by_is_lower_bound: bool(row['over_by_is_lower_bound']), error_code: row['error_code'],
      });
      expectStatuses(want, ['pending', 'met', 'overdue', 'missed', 'error']);
      await expectRuns(engine, `id, ${sql.text('due')} AS due, status, elapsed, remaining, over_by, over_by_is_lower_bound, error_code, message`, rule, name, toRow, want);
    }, TIMEOUT);

    it.each(TARGET_RULES.map((r) => [r.id, r] as const))('target %s: every row equals the library, bad counts and dates refused', async (_id, rule) => {
      if (rule.kind !== 'target') throw new Error('not a target');
      const rows = targetRows(rule, ROWS, seed);
      const name = await load(engine, { value: 'BIGINT', as_of: 'DATE', baseline: 'BIGINT' }, rows);
      const want = withIdErrors(rows, (r) =>
        libraryRow(rule, r.id, r.facts, (x) => ({ status: x['status'], value: x['value'], target: x['target'], due: x['due'], progress: x['progress'], expected_progress: x['expectedProgress'], as_of: x['asOf'] })),
      );
      const toRow = (row: Row): Row => ({
        key: num(row['id']), status: row['status'], value: num(row['value']), target: num(row['target']), due: row['due'],
        progress: num(row['progress']), expected_progress: num(row['expected_progress']), as_of: row['as_of'], error_code: row['error_code'],
      });
      expectStatuses(want, ['achieved', 'on_track', 'behind', 'missed', 'error']);
      await expectRuns(engine, `id, status, value, target, ${sql.text('due')} AS due, progress, expected_progress, ${sql.text('as_of')} AS as_of, error_code, message`, rule, name, toRow, want);
    }, TIMEOUT);

    it.each(THRESHOLD_RULES.map((r) => [r.id, r] as const))('threshold %s: every row equals the library, exactly, bad values refused', async (_id, rule) => {
      const sqlDigits = sqlWholeDigits(rule, dialect);
      const rows = thresholdRows(rule, ROWS, seed, { ...DECIMAL_COLUMNS[dialect], sqlDigits });
      const columns = Object.fromEntries(Object.entries(rule.inputs).map(([input, spec]) => [thresholdColumn(input), thresholdColumnType(spec, dialect)]));
      const name = await load(engine, columns, rows);
      // The one difference: a value with more whole digits than the query computes exactly is an error row there.
      const tooWide = (facts: unknown): boolean => Object.values(facts as Record<string, unknown>).some((v) => typeof v === 'string' && (/^\d+/.exec(v)?.[0].length ?? 0) > sqlDigits);
      const want = withIdErrors(rows, (r) =>
        tooWide(r.facts) ? { key: r.id, status: 'error', error_code: 'INVALID_FACTS' } : libraryRow(rule, r.id, r.facts, (x) => ({
          status: x['status'], actual: plain(x['actual']), required: plain(x['required']), shortfall: plain(x['shortfall']),
          required_amount: plain(x['requiredAmount']), shortfall_amount: plain(x['shortfallAmount']),
        })),
      );
      const toRow = (row: Row): Row => ({
        key: num(row['id']), status: row['status'], actual: plain(row['actual']), required: plain(row['required']), shortfall: plain(row['shortfall']),
        required_amount: plain(row['required_amount']), shortfall_amount: plain(row['shortfall_amount']), error_code: row['error_code'],
      });
      expectStatuses(want, ['met', 'not_met', 'error', ...(rule.applicability ? ['not_applicable'] : [])]);
      // Wide values refused wherever the column holds them, and read exactly at the query's width.
      expect(rows.some((r) => tooWide(r.facts))).toBe(DECIMAL_COLUMNS[dialect].capacity > sqlDigits);
      expect(rows.some((r) => !tooWide(r.facts) && Object.values(r.facts as Record<string, unknown>).some((v) => typeof v === 'string' && /^\d+/.exec(v)?.[0].length === Math.min(sqlDigits, DECIMAL_COLUMNS[dialect].capacity)))).toBe(true);
      const text = (c: string): string => `${sql.text(c)} AS ${c}`;
      await expectRuns(engine, `id, status, ${['actual', 'required', 'shortfall', 'required_amount', 'shortfall_amount'].map(text).join(', ')}, error_code, message`, rule, name, toRow, want);
    }, TIMEOUT);

    if (dialect !== 'mysql') {
      it.each([
        ['a fixed date, a repeated id', fixedCustom, { end_day: 'DATE', as_of: 'DATE' }, [{ id: 7, cells: { end_day: 'NULL', as_of: "DATE '2024-01-02'" }, facts: {} }, { id: 7, cells: { end_day: 'NULL', as_of: "DATE '2024-01-03'" }, facts: {} }], '7'],
        ['a target, a NULL as_of', targetCustom, { value: 'BIGINT', as_of: 'DATE', baseline: 'BIGINT' }, [{ id: 8, cells: { value: '2', as_of: 'NULL', baseline: 'NULL' }, facts: {} }], '8'],
        ['a threshold, a negative amount', getRule('m15-prepayment-ratio'), { contract_amount: 'DECIMAL(20, 2)', prepayment_amount: 'DECIMAL(20, 2)', supplier_is_sme: 'BOOLEAN' }, [{ id: 9, cells: { contract_amount: '100', prepayment_amount: '-1', supplier_is_sme: 'TRUE' }, facts: {} }], '9'],
        // 30 digits in DuckDB (which computes 27 exactly for m15); 310 in PostgreSQL, which evaluate refuses too.
        dialect === 'duckdb'
          ? (['a threshold, an amount wider than the query reads', getRule('m15-prepayment-ratio'), { contract_amount: 'DECIMAL(38, 0)', prepayment_amount: 'DECIMAL(38, 2)', supplier_is_sme: 'BOOLEAN' }, [{ id: 10, cells: { contract_amount: `1${'0'.repeat(29)}`, prepayment_amount: '1', supplier_is_sme: 'TRUE' }, facts: {} }], '10'] as const)
          : (['a threshold, an amount wider than evaluate reads', getRule('m15-prepayment-ratio'), { contract_amount: 'NUMERIC', prepayment_amount: 'NUMERIC', supplier_is_sme: 'BOOLEAN' }, [{ id: 10, cells: { contract_amount: `1${'0'.repeat(309)}`, prepayment_amount: '1', supplier_is_sme: 'TRUE' }, facts: {} }], '10'] as const),
        ['a threshold, a NULL id', getRule('m28-low-risk-inspections'), { inspections: 'INTEGER' }, [{ id: null, cells: { inspections: '1' }, facts: {} }], 'NULL'],
      ] as const)('with onError: raise, %s raises an error naming the record', async (_what, rule, columns, rows, id) => {
        const name = await load(engine, columns, rows);
        const query = ruleSql(rule, { dialect, records: name, onError: 'raise' });
        await expect(engine.rows(query.trimEnd().replace(/;$/, ''))).rejects.toThrow(`yingshang: record ${id}: `);
      }, TIMEOUT);

      it.each([
        ['a case with a NULL start', [{ groupId: 4, id: 1, start: null, end: '2021-10-08' }]],
        ['a case ending in 2027 within the limit so far', [{ groupId: 4, id: 1, start: '2026-12-20', end: '2027-01-20' }]],
      ] as const)('with onError: raise, an average group with %s raises an error naming the group', async (_what, cases) => {
        const name = `average_${++tables}`;
        await engine.run(`CREATE TABLE ${name} (group_id INTEGER, id INTEGER, start_day DATE, end_day DATE); CREATE TABLE ${name}_pauses (id INTEGER, pause_from DATE, pause_to DATE)`);
        const d = (v: string | null): string => (v === null ? 'NULL' : `DATE '${v}'`);
        await engine.run(`INSERT INTO ${name} VALUES ${cases.map((c) => `(${c.groupId}, ${c.id}, ${d(c.start)}, ${d(c.end)})`).join(', ')}`);
        const query = ruleSql('m06-electricity-10kv-average', { dialect, records: name, pauses: `${name}_pauses`, onError: 'raise' });
        await expect(engine.rows(query.trimEnd().replace(/;$/, ''))).rejects.toThrow('yingshang: record 4: ');
      }, TIMEOUT);
    }

    it.each(AVERAGE_RULES.map((r) => [r.id, r] as const))('average %s: every group equals the library, bad cases refusing their group', async (_id, rule) => {
      const cases = averageCases(ROWS / 3, seed);
      const name = `average_${++tables}`;
      await engine.run(`CREATE TABLE ${name} (group_id INTEGER, id INTEGER, start_day DATE, end_day DATE); CREATE TABLE ${name}_pauses (id INTEGER, pause_from DATE, pause_to DATE)`);
      const d = (v: string | null): string => (v === null ? 'NULL' : `DATE '${v}'`);
      await engine.run(`INSERT INTO ${name} VALUES ${cases.map((c) => `(${c.groupId ?? 'NULL'}, ${c.id ?? 'NULL'}, ${d(c.start)}, ${d(c.end)})`).join(', ')}`);
      const pauses = cases.flatMap((c) => c.pauses.map((p) => `(${c.id ?? 'NULL'}, ${d(p.from)}, ${d(p.to)})`));
      // Every pause row twice: a set, as for deadlines.
      if (pauses.length > 0) await engine.run(`INSERT INTO ${name}_pauses VALUES ${[...pauses, ...pauses].join(', ')}`);
      const groups = new Map<number | null, CaseRow[]>();
      for (const c of cases) groups.set(c.groupId, [...(groups.get(c.groupId) ?? []), c]);
      const ids = new Map<number | null, number>();
      for (const c of cases) ids.set(c.id, (ids.get(c.id) ?? 0) + 1);
      const want = [...groups].map(([groupId, members]): Row => {
        if (groupId === null || members.some((c) => c.id === null || (ids.get(c.id) ?? 0) > 1)) return idError(groupId);
        const facts = { cases: members.map((c) => ({ start: c.start ?? undefined, end: c.end ?? undefined, ...(c.pauses.length > 0 ? { pauses: c.pauses } : {}) })) };
        return libraryRow(rule, groupId, facts, (x) => ({
          status: x['status'], mean: x['mean'], median: x['median'], max: x['max'], count: x['count'], within_limit: x['withinLimit'],
          figures_are_lower_bounds: x['figuresAreLowerBounds'] === true,
        }));
      });
      const toRow = (row: Row): Row => ({
        key: num(row['group_id']), status: row['status'], mean: num(row['mean']), median: num(row['median']), max: num(row['max']), count: num(row['count']),
        within_limit: num(row['within_limit']), figures_are_lower_bounds: bool(row['figures_are_lower_bounds']), error_code: row['error_code'],
      });
      expectStatuses(want, ['met', 'not_met', 'error', ...(rule.limit.unit === 'working_days' ? ['out_of_range'] : [])]);
      if (rule.limit.unit === 'working_days') expect(want.filter((w) => w['figures_are_lower_bounds'] === true)).not.toEqual([]);
      const query = ruleSql(rule, { dialect, records: name, pauses: `${name}_pauses` }).trimEnd().replace(/;$/, '');
      for (let run = 0; run < runsOn(engine.dialect); run++) {
        const rows = await engine.rows(`SELECT * FROM (\n${query}\n) q`);
        const [got, expected] = comparable(rows.map(toRow), want);
        expect(got).toEqual(expected);
      }
    }, TIMEOUT);
  });
}
