import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIsoDay, formatIsoDay } from '../../src/_internal/dayNumber.js';
import { defaultCalendar } from '../../src/calendar/defaultCalendar.js';
import { isYingshangError } from '../../src/errors/YingshangError.js';
import { evaluate } from '../../src/rules/evaluate.js';
import type { BuiltInRuleId } from '../../src/rules/catalogue/builtInRules.js';
import type { RuleDefinition } from '../../src/rules/ruleDefinitionSchema.js';
import { periodDeadlineSql } from '../../src/sql/periodDeadlineSql.js';
import type { SqlDialect } from '../../src/sql/types.js';
import { PERIOD_RULES } from './periodRules.js';
import { randomRecords, type SqlRecord } from './randomRecords.js';
import { loadRecords, openEngine, type SqlEngine } from './sqlEngines.js';

const RECORDS_PER_RULE = 2_000;
const TIMEOUT = 180_000;

/** What `evaluate` says, in the columns of the query; `undefined` when it throws CALENDAR_OUT_OF_RANGE. */
function expected(rule: BuiltInRuleId | RuleDefinition, r: SqlRecord): Record<string, unknown> | undefined {
  const facts = { start: r.start, ...(r.end ? { end: r.end } : {}), ...(r.asOf ? { asOf: r.asOf } : {}), ...(r.pauses.length ? { pauses: r.pauses } : {}) };
  try {
    const result = evaluate(rule, facts, { trace: false }) as unknown as Record<string, unknown>;
    return { id: r.id, due: result['due'], status: result['status'], elapsed: result['elapsed'] ?? null, remaining: result['remaining'] ?? null, over_by: result['overBy'] ?? null };
  } catch (error) {
    if (isYingshangError(error, 'CALENDAR_OUT_OF_RANGE')) return undefined;
    throw error;
  }
}

/** The query's rows with `due` as text, ordered by id. */
async function queryRows(engine: SqlEngine, rule: BuiltInRuleId | RuleDefinition, records: string): Promise<Record<string, unknown>[]> {
  const query = periodDeadlineSql(rule, { dialect: engine.dialect, records, pauses: `${records}_pauses` }).trimEnd().replace(/;$/, '');
  return engine.rows(`SELECT id, CAST(due AS VARCHAR) AS due, status, elapsed, remaining, over_by FROM (\n${query}\n) q ORDER BY id`);
}

/** A few thousand (day, n) pairs across the table, its edges excluded, for the day functions. */
function functionCases(): { day: string; n: number; other: string }[] {
  const first = parseIsoDay('2004-01-01');
  const span = parseIsoDay('2026-12-31') - first;
  return Array.from({ length: 3_000 }, (_, i) => {
    const day = first + 40 + ((i * 2_654_435_761) % (span - 120));
    return { day: formatIsoDay(day), n: (i % 61) - 20, other: formatIsoDay(day + ((i * 7) % 50)) };
  });
}

/** Checks the day table's functions and every period-deadline query against `evaluate` on one engine. */
export function describeEngine(dialect: SqlDialect, seed: number): void {
  describe(`SQL on ${dialect}`, () => {
    let engine: SqlEngine;
    const records = randomRecords(RECORDS_PER_RULE * PERIOD_RULES.length, seed);
    beforeAll(async () => {
      engine = await openEngine(dialect);
      await loadRecords(engine, 'records', records);
    }, TIMEOUT);
    afterAll(() => engine?.close());

    it('the day functions answer as the calendar does', async () => {
      const cases = functionCases();
      await engine.run(`CREATE TABLE cases (i INTEGER, day DATE, n INTEGER, other DATE);
INSERT INTO cases VALUES ${cases.map((c, i) => `(${i}, DATE '${c.day}', ${c.n}, DATE '${c.other}')`).join(', ')};`);
      const rows = await engine.rows(`SELECT i, CAST(yingshang_add_working_days(day, n) AS VARCHAR) AS added,
  yingshang_count_working_days(day, other) AS counted,
  CAST(yingshang_add_calendar_days(day, ABS(n)) AS VARCHAR) AS calendar_days
FROM cases ORDER BY i`);
      const want = cases.map((c, i) => ({
        i,
        added: defaultCalendar.addWorkingDays(c.day, c.n),
        counted: defaultCalendar.countWorkingDays(c.day, c.other),
        calendar_days: defaultCalendar.addCalendarDays(c.day, Math.abs(c.n)),
      }));
      expect(rows).toEqual(want);
      expect(await engine.rows('SELECT yingshang_add_working_days(NULL, 3) AS a, yingshang_count_working_days(NULL, NULL) AS b')).toEqual([{ a: null, b: null }]);
    }, TIMEOUT);

    it('the day functions take the day before the table as a start (day 0), as the calendar does', async () => {
      const rows = await engine.rows(`SELECT CAST(yingshang_add_working_days(DATE '2003-12-31', 0) AS VARCHAR) AS zero,
  CAST(yingshang_add_working_days(DATE '2003-12-31', 3) AS VARCHAR) AS three,
  yingshang_count_working_days(DATE '2003-12-31', DATE '2004-01-09') AS counted,
  CAST(yingshang_add_calendar_days(DATE '2003-12-31', 3) AS VARCHAR) AS calendar_days`);
      expect(rows).toEqual([
        {
          zero: defaultCalendar.addWorkingDays('2003-12-31', 0),
          three: defaultCalendar.addWorkingDays('2003-12-31', 3),
          counted: defaultCalendar.countWorkingDays('2003-12-31', '2004-01-09'),
          calendar_days: defaultCalendar.addCalendarDays('2003-12-31', 3),
        },
      ]);
    }, TIMEOUT);

    it.each([
      ["yingshang_add_working_days(DATE '2026-12-25', 10)", 'yingshang_add_working_days(2026-12-25, 10)'],
      ["yingshang_add_working_days(DATE '2004-01-05', -10)", 'yingshang_add_working_days(2004-01-05, -10)'],
      ["yingshang_add_working_days(DATE '2003-12-31', -1)", 'yingshang_add_working_days(2003-12-31, -1)'],
      ["yingshang_add_working_days(DATE '2003-12-30', 1)", 'yingshang_add_working_days(2003-12-30, 1)'],
      ["yingshang_add_calendar_days(DATE '2003-12-31', 0)", 'yingshang_add_calendar_days(2003-12-31, 0)'],
      ["yingshang_count_working_days(DATE '2021-01-01', DATE '2027-01-04')", 'yingshang_count_working_days(2021-01-01, 2027-01-04)'],
      ["yingshang_add_calendar_days(DATE '2026-12-20', 20)", 'yingshang_add_calendar_days(2026-12-20, 20)'],
      ["yingshang_add_calendar_days(DATE '2021-10-01', -1)", 'yingshang_add_calendar_days(2021-10-01, -1)'],
    ])('%s raises an error, as the calendar throws', async (call, message) => {
      await expect(engine.rows(`SELECT ${call} AS x`)).rejects.toThrow(message);
    }, TIMEOUT);

    it.each(PERIOD_RULES.map((rule, k) => [typeof rule === 'string' ? rule : rule.id, rule, k] as const))(
      '%s: every column equals evaluate',
      async (_name, rule, k) => {
        const own = records.slice(k * RECORDS_PER_RULE, (k + 1) * RECORDS_PER_RULE);
        const inRange = own.filter((r) => expected(rule, r) !== undefined);
        const name = `records_${k}`;
        await loadRecords(engine, name, inRange);
        const rows = await queryRows(engine, rule, name);
        expect(rows).toEqual(inRange.map((r) => expected(rule, r)));
      },
      TIMEOUT,
    );

    it.each([
      ['m15-payment', { id: 1, start: '2026-12-28', end: null, asOf: '2026-12-29', pauses: [] }],
      // Due 5 working days after 2026-12-25: four in 2026, the fifth in 2027, so the status as of 2027-01-04 is unknown.
      ['m15-payment', { id: 1, start: '2026-12-25', end: null, asOf: '2027-01-04', pauses: [] }],
      ['m15-payment', { id: 1, start: '2026-12-10', end: null, asOf: '2026-12-11', pauses: [{ from: '2026-12-14', to: '2027-01-02' }] }],
      ['m13-contract-signing', { id: 1, start: '2026-12-20', end: null, asOf: '2026-12-21', pauses: [] }],
      ['m13-contract-signing', { id: 1, start: '2026-12-01', end: null, asOf: '2026-12-02', pauses: [{ from: '2026-12-20', to: '2026-12-31' }] }],
    ] as const)('%s on a record that needs days outside the table raises an error (%j)', async (rule, record) => {
      expect(expected(rule, record)).toBeUndefined();
      const name = `outside_${Math.floor(Math.random() * 1e9)}`;
      await loadRecords(engine, name, [record]);
      await expect(queryRows(engine, rule, name)).rejects.toThrow('yingshang: record 1 needs a day outside yingshang_days');
    }, TIMEOUT);
  });
}
