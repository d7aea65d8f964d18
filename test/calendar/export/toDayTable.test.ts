import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createCalendar, DAY_TABLE_COLUMNS, defaultCalendar, isYingshangError, toDayTable, type ScheduleYear } from '../../../src/calendar/index.js';
import { daysBetween } from './days.js';
import { parseCsv } from './parseCsv.js';
import { runCliInProcess } from '../../cli/runCliInProcess.js';
import { untyped } from '../../fixtures/untyped.js';

const ALL = toDayTable();
const INDEX = new Map(ALL.map((row, i) => [row.day, i]));
const day = fc.integer({ min: 0, max: ALL.length - 1 });

describe('toDayTable', () => {
  it('has one row per covered day, in order, with the columns of the issue in their order', () => {
    expect(ALL.map((r) => r.day)).toEqual(daysBetween('2004-01-01', '2027-01-01'));
    for (const row of ALL) expect(Object.keys(row)).toEqual([...DAY_TABLE_COLUMNS]);
    expect(DAY_TABLE_COLUMNS).toEqual(['day', 'weekday', 'is_working_day', 'kind', 'holiday_key', 'statutory', 'working_day_seq', 'provisional', 'notice_doc_no', 'may_change_with_next_notice']);
  });

  it('gives the 2021 National Day break from the notice: seven rest days, then a Friday and a make-up Saturday', () => {
    const rows = toDayTable({ from: '2021-09-30', to: '2021-10-09' });
    expect(rows.map((r) => [r.kind, r.working_day_seq])).toEqual([
      ['workday', 1],
      ...Array.from({ length: 7 }, () => ['holiday', 1]),
      ['workday', 2],
      ['makeup_workday', 3],
    ]);
    expect(rows[1]).toMatchObject({ day: '2021-10-01', weekday: 5, is_working_day: false, holiday_key: 'national_day', provisional: false, notice_doc_no: '国办发明电〔2020〕27号' });
    expect(rows[0]).toMatchObject({ holiday_key: null, notice_doc_no: null });
  });

  it('marks the statutory days of the law (国庆节 1–3 October from 2008), not the other rest days of the break', () => {
    const rows = toDayTable({ from: '2021-10-01', to: '2021-10-07' });
    expect(rows.map((r) => r.statutory)).toEqual([true, true, true, false, false, false, false]);
    expect(ALL.filter((r) => r.statutory && r.day.startsWith('2021-'))).toHaveLength(11);
    expect(ALL.filter((r) => r.statutory && r.day.startsWith('2025-'))).toHaveLength(13);
  });

  it('reads every other column from getDayInfo', () => {
    for (const row of ALL) {
      const info = defaultCalendar.getDayInfo(row.day);
      expect([row.weekday, row.is_working_day, row.kind, row.holiday_key, row.statutory, row.notice_doc_no]).toEqual([info.weekday, info.isWorkingDay, info.kind, info.holiday?.key ?? null, info.statutory, info.source?.docNo ?? null]);
    }
  });

  test.prop([day, day])('seq(b) − seq(a) is the number of working days in (a, b]', (i, j) => {
    const [a, b] = [ALL[Math.min(i, j)], ALL[Math.max(i, j)]];
    expect((b?.working_day_seq ?? 0) - (a?.working_day_seq ?? 0)).toBe(defaultCalendar.countWorkingDays(a?.day ?? '', b?.day ?? ''));
  });

  test.prop([day, fc.integer({ min: 1, max: 60 })])('the n-th working day after d is the working day whose sequence is seq(d) + n', (i, n) => {
    const d = ALL[i]?.day ?? '';
    let answer: string | undefined;
    try {
      answer = defaultCalendar.addWorkingDays(d, n);
    } catch (error) {
      if (!isYingshangError(error, 'CALENDAR_OUT_OF_RANGE')) throw error;
    }
    const row = ALL.find((r) => r.is_working_day && r.working_day_seq === (ALL[i]?.working_day_seq ?? 0) + n);
    expect(row?.day).toBe(answer);
  });

  it('counts the sequence from the first row of the range', () => {
    const rows = toDayTable({ from: '2021-10-08', to: '2021-10-11' });
    expect(rows.map((r) => r.working_day_seq)).toEqual([1, 2, 2, 3]);
    expect(rows[3]?.working_day_seq).toBe((ALL[INDEX.get('2021-10-11') ?? 0]?.working_day_seq ?? 0) - (ALL[INDEX.get('2021-10-07') ?? 0]?.working_day_seq ?? 0));
  });

  it('marks projected days provisional, with the projection as their notice', () => {
    const rows = toDayTable({ calendar: createCalendar({ unpublishedYears: 'provisional' }), from: '2026-12-31', to: '2027-01-01' });
    expect(rows.map((r) => [r.day, r.provisional, r.kind])).toEqual([
      ['2026-12-31', false, 'workday'],
      ['2027-01-01', true, 'holiday'],
    ]);
    expect(rows[1]?.notice_doc_no).toBe('PROVISIONAL-2027');
  });

  it.each([
    [{ from: '2021-10-09', to: '2021-10-01' }, 'INVALID_ARGUMENT'],
    [{ from: '2021-02-30' }, 'INVALID_DATE'],
    [{ to: '2027-01-01' }, 'CALENDAR_OUT_OF_RANGE'],
    [{ locale: 'en' }, 'INVALID_ARGUMENT'],
  ])('rejects %j with %s', (options, code) => {
    expect(() => toDayTable(untyped(options))).toThrow(expect.objectContaining({ code }));
  });
});

describe('yingshang calendar export (in process)', () => {
  it('writes the table as CSV with a header, CRLF, true/false and empty fields for none', async () => {
    const run = await runCliInProcess(['calendar', 'export', '--format', 'csv', '--from', '2021-10-07', '--to', '2021-10-09']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'day,weekday,is_working_day,kind,holiday_key,statutory,working_day_seq,provisional,notice_doc_no,may_change_with_next_notice\r\n' +
        '2021-10-07,4,false,holiday,national_day,false,0,false,国办发明电〔2020〕27号,false\r\n' +
        '2021-10-08,5,true,workday,,false,1,false,,false\r\n' +
        '2021-10-09,6,true,makeup_workday,national_day,false,2,false,国办发明电〔2020〕27号,false\r\n',
    );
    expect(parseCsv(run.stdout)).toHaveLength(4);
  });

  it('writes JSON lines equal to toDayTable, and a SQL script', async () => {
    const jsonl = (await runCliInProcess(['calendar', 'export', '--format', 'jsonl', '--from', '2020-01-01', '--to', '2020-12-31'])).stdout;
    expect(jsonl.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown)).toEqual(toDayTable({ from: '2020-01-01', to: '2020-12-31' }));
    const sql = await runCliInProcess(['calendar', 'export', '--format', 'sql', '--dialect', 'duckdb', '--provisional', '--to', '2027-12-31']);
    expect(sql.stdout).toMatch(/^-- yingshang day table \(duckdb\): 8766 days, 2004-01-01 … 2027-12-31\./);
    expect(sql.stdout).toContain('CREATE OR REPLACE MACRO yingshang_add_calendar_days(start_day, n)');
  });

  it('exports the years of --schedules files, as toDayTable does with the same schedules', async () => {
    const file = 'examples/data/hypothetical-2027-schedule.json';
    const calendar = createCalendar({ schedules: [JSON.parse(readFileSync(file, 'utf8')) as ScheduleYear] });
    const jsonl = (await runCliInProcess(['calendar', 'export', '--format', 'jsonl', '--schedules', file, '--from', '2027-01-01', '--to', '2027-12-31'])).stdout;
    expect(jsonl.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown)).toEqual(toDayTable({ calendar, from: '2027-01-01', to: '2027-12-31' }));
  });

  it.each([
    [['calendar'], /needs the subcommand export/],
    [['calendar', 'export'], /`--format` is missing; valid formats: csv, sql, jsonl/],
    [['calendar', 'export', '--format', 'ics'], /`--format` is "ics"/],
    [['calendar', 'export', '--format', 'sql'], /`--dialect` is missing; valid dialects: postgres, duckdb/],
    [['calendar', 'export', '--format', 'csv', '--dialect', 'duckdb'], /--dialect` applies to `--format sql` only/],
    [['calendar', 'export', '--format', 'csv', '--json'], /takes --format, not --json/],
    [['calendar', 'export', 'now', '--format', 'csv'], /takes no arguments/],
    [['calendar', 'export', '--format', 'csv', '--from', '2003-12-31'], /CALENDAR_OUT_OF_RANGE/],
  ])('%j is a usage error', async (argv, message) => {
    const run = await runCliInProcess(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
