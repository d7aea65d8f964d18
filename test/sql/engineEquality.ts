import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay } from '../../src/_internal/dayNumber.js';
import { defaultCalendar } from '../../src/calendar/defaultCalendar.js';
import type { BuiltInRuleId } from '../../src/rules/catalogue/builtInRules.js';
import type { RuleDefinition } from '../../src/rules/ruleDefinitionSchema.js';
import { dialectSql } from '../../src/sql/dialectSql.js';
import { periodDeadlineSql } from '../../src/sql/periodDeadlineSql.js';
import type { SqlDialect, SqlOnError } from '../../src/sql/types.js';
import { errorRow, expectedRows, type QueryRow } from './expectedRows.js';
import { PERIOD_RULES } from './periodRules.js';
import { BAD_ROWS, randomRecords, withBadRows, type SqlRecord } from './randomRecords.js';
import { loadRecords, openEngine, type SqlEngine } from './sqlEngines.js';

const RECORDS_PER_RULE = 2_000;
/** How many times each query runs on the same tables: a wrong answer that depends on the plan shows in some run. */
const RUNS = 3;
const TIMEOUT = 300_000;

/** The query's rows, typed alike in every engine (numbers, booleans, dates as text). */
async function queryRows(engine: SqlEngine, rule: BuiltInRuleId | RuleDefinition, records: string, onError: SqlOnError = 'row'): Promise<QueryRow[]> {
  const query = periodDeadlineSql(rule, { dialect: engine.dialect, records, pauses: `${records}_pauses`, onError }).trimEnd().replace(/;$/, '');
  const rows = await engine.rows(`SELECT id, ${dialectSql(engine.dialect).text('due')} AS due, status, elapsed, remaining, over_by, over_by_is_lower_bound, error_code, message FROM (\n${query}\n) q`);
  const number = (v: unknown): number | null => (v === null ? null : Number(v));
  return rows.map((row) => {
    if (row['status'] === 'error' || row['status'] === 'out_of_range') expect(row['message']).toEqual(expect.any(String));
    return {
      id: number(row['id']),
      due: row['due'],
      status: row['status'],
      elapsed: number(row['elapsed']),
      remaining: number(row['remaining']),
      over_by: number(row['over_by']),
      over_by_is_lower_bound: row['over_by_is_lower_bound'] === null ? null : Boolean(Number(row['over_by_is_lower_bound'])),
      error_code: row['error_code'],
    };
  });
}

/** Rows in one order, whatever order the engine returned them in; an actual row keeps only the columns its expected row has. */
function comparable(actual: readonly QueryRow[], expected: readonly QueryRow[]): [QueryRow[], QueryRow[]] {
  const key = (row: QueryRow): string => JSON.stringify([row['id'], row['status'], row['due']]);
  const sorted = (rows: readonly QueryRow[]) => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const want = sorted(expected);
  const got = sorted(actual).map((row, i) => Object.fromEntries(Object.keys(want[i] ?? row).map((k) => [k, row[k]])));
  return [got, want];
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

let tableCount = 0;
/** Loads `records` into fresh tables (pause rows doubled and shuffled); returns the records table's name. */
async function freshTables(engine: SqlEngine, records: readonly SqlRecord[]): Promise<string> {
  const name = `records_${++tableCount}`;
  await loadRecords(engine, name, records, tableCount);
  return name;
}

/** Checks the day table's functions and every period-deadline query against the library on one engine. */
export function describeEngine(dialect: SqlDialect, seed: number): void {
  describe(`SQL on ${dialect}`, () => {
    let engine: SqlEngine;
    const records = randomRecords(RECORDS_PER_RULE * PERIOD_RULES.length, seed);
    beforeAll(async () => {
      engine = await openEngine(dialect);
    }, TIMEOUT);
    afterAll(() => engine.close());

    it.each(PERIOD_RULES.map((rule, k) => [typeof rule === 'string' ? rule : rule.id, rule, k] as const))(
      '%s: every row equals the library, with doubled and shuffled pauses, repeated and bad rows, on every run',
      async (_name, rule, k) => {
        const own = withBadRows(records.slice(k * RECORDS_PER_RULE, (k + 1) * RECORDS_PER_RULE), seed + k);
        const name = await freshTables(engine, own);
        const want = expectedRows(rule, own);
        for (let run = 0; run < RUNS; run++) {
          const [got, expected] = comparable(await queryRows(engine, rule, name), want);
          expect(got).toEqual(expected);
        }
      },
      TIMEOUT,
    );

    it('loading the day table again replaces its rows and keeps a view that reads it', async () => {
      const view = dialect === 'mysql' ? 'CREATE VIEW open_days AS SELECT day FROM yingshang_days WHERE is_working_day' : 'CREATE VIEW open_days AS SELECT day FROM yingshang_days WHERE is_working_day';
      await engine.run(view);
      const { dayTableSql } = await import('../../src/sql/dayTableSql.js');
      await engine.run(dayTableSql({ dialect, from: '2021-01-01', to: '2021-12-31' }));
      expect((await engine.rows('SELECT COUNT(*) AS n FROM open_days')).map((r) => Number(r['n']))).toEqual([defaultCalendar.countWorkingDays('2020-12-31', '2021-12-31')]);
      await engine.run(dayTableSql({ dialect }));
      expect((await engine.rows('SELECT COUNT(*) AS n FROM yingshang_days')).map((r) => Number(r['n']))).toEqual([8401]);
      await engine.run('DROP VIEW open_days');
    }, TIMEOUT);

    it.each([
      ['m15-payment', { id: 1, start: '2026-12-28', end: null, asOf: '2026-12-29', pauses: [] }],
      // Due 5 working days after 2026-12-25: four in 2026, the fifth in 2027, so the status as of 2027-01-04 is unknown.
      ['m15-payment', { id: 1, start: '2026-12-25', end: null, asOf: '2027-01-04', pauses: [] }],
      ['m15-payment', { id: 1, start: '2026-12-10', end: null, asOf: '2026-12-11', pauses: [{ from: '2026-12-14', to: '2027-01-02' }] }],
      ['m13-contract-signing', { id: 1, start: '2026-12-20', end: null, asOf: '2026-12-21', pauses: [] }],
      ['m13-contract-signing', { id: 1, start: '2026-12-01', end: null, asOf: '2026-12-02', pauses: [{ from: '2026-12-20', to: '2026-12-31' }] }],
    ] as const)('%s on a record that needs days outside the table gives an out_of_range row, beside a good one (%j)', async (rule, record) => {
      const good: SqlRecord = { id: 2, start: '2021-09-29', end: '2021-10-12', asOf: null, pauses: [] };
      const name = await freshTables(engine, [record, good]);
      const [got, want] = comparable(await queryRows(engine, rule, name), [errorRow(1, 'out_of_range'), ...expectedRows(rule, [good])]);
      expect(got).toEqual(want);
    }, TIMEOUT);

    it('keeps a certainly overdue record at the data\'s edge overdue, with a lower bound counted inside the data', async () => {
      const name = await freshTables(engine, [{ id: 1, start: '2026-12-01', end: null, asOf: '2027-01-20', pauses: [] }]);
      const [row] = await queryRows(engine, 'm15-payment', name);
      // Due 5 working days after 2026-12-01; late by the working days after it up to 2026-12-31, and by the first
      // working day on or after 2027-01-20 (which lies past the data): at least that many. Elapsed is unknown.
      const due = defaultCalendar.addWorkingDays('2026-12-01', 5);
      const atLeast = defaultCalendar.countWorkingDays(due, '2026-12-31') + 1;
      expect(row).toEqual({ id: 1, due, status: 'overdue', elapsed: null, remaining: null, over_by: atLeast, over_by_is_lower_bound: true, error_code: null });
    }, TIMEOUT);

    if (dialect !== 'mysql') {
      it.each([
        ...BAD_ROWS.map(([what, spoil]) => [what, spoil({ id: 7, start: '2021-09-29', end: null, asOf: '2021-10-08', pauses: [] })] as const),
        ['an answer that needs 2027', { id: 7, start: '2026-12-28', end: null, asOf: '2026-12-29', pauses: [] }] as const,
      ])('with onError: raise, %s raises an error naming the record', async (_what, record) => {
        const name = await freshTables(engine, [record]);
        await expect(queryRows(engine, 'm15-payment', name, 'raise')).rejects.toThrow(`yingshang: record ${record.id ?? 'NULL'}: `);
      }, TIMEOUT);

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
    }
  });
}
