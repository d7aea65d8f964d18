import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateMany } from '../../src/rules/batch/evaluateMany.js';
import type { BuiltInRuleId } from '../../src/rules/catalogue/builtInRules.js';
import { ruleSql } from '../../src/sql/ruleSql.js';
import { describeAdversarial } from '../sql/adversarialEquality.js';
import { openEngine, type SqlEngine } from '../sql/sqlEngines.js';

// The adversarial equality of every rule kind with evaluateMany in a real MariaDB server (started by the test, as in
// mariadb.test.ts).
describeAdversarial('a MariaDB server', () => openEngine('mysql'), { runs: 2, records: 150, seed: 20_261_238 });

describe('MariaDB: dates in text columns', () => {
  let engine: SqlEngine;
  beforeAll(async () => {
    engine = await openEngine('mysql');
  }, 300_000);
  afterAll(() => engine.close());

  // The MySQL family casts a text that is no date to NULL with a warning (DuckDB and PostgreSQL stop the query): the
  // record would read as pending (an impossible end day) or judged today (an as-of day). Each is an error row instead.
  const text = (v: string | null): string => (v === null ? 'NULL' : `'${v}'`);
  const records = [
    { id: 1, start: '2021-09-29', end: '2021-02-29', asOf: null, pauses: [], bad: 'end_day 2021-02-29 is not a real date' },
    { id: 2, start: '2021-09-29', end: null, asOf: '2021-13-01', pauses: [], bad: 'as_of 2021-13-01 is not a real date' },
    { id: 3, start: '2021-02-30', end: '2021-10-08', asOf: null, pauses: [], bad: 'start_day 2021-02-30 is not a real date' },
    { id: 4, start: '2021-09-29', end: '2021-10-20', asOf: null, pauses: [['2021-09-31', '2021-10-02']], bad: 'a pause_from or pause_to is not a real date' },
    { id: 5, start: '2021-09-29', end: '2021-10-20', asOf: null, pauses: [['2021-09-30', '2021-10-01'], ['2021-10-12', null]], bad: null },
    { id: 6, start: '2021-09-29', end: null, asOf: '2021-10-08', pauses: [['2021-09-30', null]], bad: null },
  ] as const;
  const facts = records.map((r) => ({
    start: r.start, ...(r.end === null ? {} : { end: r.end }), ...(r.asOf === null ? {} : { asOf: r.asOf }),
    pauses: r.pauses.map(([from, to]) => ({ from, ...(to === null ? {} : { to }) })),
  }));

  it('a text that is no date in a VARCHAR date column (2021-02-29, 2021-13-01) is an error row, as evaluateMany refuses it; real dates in text are read', async () => {
    await engine.run(`CREATE TABLE text_dates (id INTEGER, start_day VARCHAR(20), end_day VARCHAR(20), as_of VARCHAR(20)); CREATE TABLE text_dates_pauses (id INTEGER, pause_from VARCHAR(20), pause_to VARCHAR(20));
INSERT INTO text_dates VALUES ${records.map((r) => `(${r.id}, ${text(r.start)}, ${text(r.end)}, ${text(r.asOf)})`).join(', ')};
INSERT INTO text_dates_pauses VALUES ${records.flatMap((r) => r.pauses.map(([from, to]) => `(${r.id}, ${text(from)}, ${text(to)})`)).join(', ')}`);
    const rows = await engine.rows(`SELECT id, CAST(due AS CHAR) AS due, status, error_code, message FROM (${ruleSql('m15-payment', { dialect: 'mysql', records: 'text_dates', pauses: 'text_dates_pauses' }).replace(/;\s*$/, '')}) q ORDER BY id`);
    // The records that read are answered as evaluateMany answers them.
    const library = [...evaluateMany('m15-payment', facts)].map((item): unknown[] => (item.ok ? [item.result.status, item.result.status === 'out_of_range' ? null : item.result.due, null] : ['error', null, item.error.code]));
    expect(rows.map((r) => [r['status'], r['due'], r['error_code']])).toEqual(library);
    expect(rows.map((r) => r['message'])).toEqual(records.map((r) => r.bad));
    expect(library.filter(([status]) => status !== 'error')).toHaveLength(2);
  }, 300_000);

  it('the other kinds refuse a text that is no date too: a fixed date, a target, an average', async () => {
    await engine.run(`CREATE TABLE text_fixed (id INTEGER, end_day VARCHAR(20), as_of VARCHAR(20)); INSERT INTO text_fixed VALUES (1, '2021-10-32', NULL), (2, NULL, '2021-02-29'), (3, '2021-10-20', NULL);
CREATE TABLE text_target (id INTEGER, value BIGINT, as_of VARCHAR(20)); INSERT INTO text_target VALUES (1, 3, '2022-02-29'), (2, 3, '2022-02-28');
CREATE TABLE text_cases (group_id INTEGER, id INTEGER, start_day VARCHAR(20), end_day VARCHAR(20)); CREATE TABLE text_cases_pauses (id INTEGER, pause_from DATE, pause_to DATE);
INSERT INTO text_cases VALUES (1, 1, '2021-09-29', '2021-10-08'), (1, 2, '2021-04-31', '2021-10-08'), (2, 3, '2021-09-29', '2021-10-08')`);
    const query = (rule: BuiltInRuleId, records: string, columns: string): Promise<Record<string, unknown>[]> => engine.rows(`SELECT ${columns} FROM (${ruleSql(rule, { dialect: 'mysql', records, pauses: `${records}_pauses` }).replace(/;\s*$/, '')}) q`);
    const fixed = await query('m24-chuanyu-same-standard', 'text_fixed', 'id, status, message');
    expect(fixed.sort((a, b) => Number(a['id']) - Number(b['id']))).toEqual([
      { id: 1, status: 'error', message: 'end_day 2021-10-32 is not a real date' },
      { id: 2, status: 'error', message: 'as_of 2021-02-29 is not a real date' },
      { id: 3, status: 'met', message: null },
    ]);
    const target = await query('m22-intermediary-purchasers', 'text_target', 'id, status, message');
    expect(target.sort((a, b) => Number(a['id']) - Number(b['id'])).map((r) => [r['id'], r['status'] === 'error', r['message']])).toEqual([[1, true, 'as_of 2022-02-29 is not a real date'], [2, false, null]]);
    const average = await query('m06-electricity-10kv-average', 'text_cases', 'group_id, status, message');
    expect(average.sort((a, b) => Number(a['group_id']) - Number(b['group_id']))).toEqual([
      { group_id: 1, status: 'error', message: 'case 2: start_day 2021-04-31 is not a real date' },
      { group_id: 2, status: 'met', message: null },
    ]);
  }, 300_000);
});
