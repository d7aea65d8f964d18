import { describe, expect, it } from 'vitest';
import { getDayInfo, toCSV, toHolidayRecords, toICS } from '../../src/calendar/index.js';
import { daysBetween } from '../calendar/export/days.js';
import { parseCsv } from '../calendar/export/parseCsv.js';
import { readIcsEvents } from '../calendar/export/readIcsEvents.js';
import { cli } from './cli.js';

const YEAR_2021 = { from: '2021-01-01', to: '2021-12-31' };

describe('yingshang holidays --format', () => {
  it('prints the iCalendar feed of the calendar year, in Chinese by default and in English with --lang en', async () => {
    const run = await cli(['holidays', '2021', '--format', 'ics'], undefined, 'zh');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(toICS(YEAR_2021));
    const { events } = readIcsEvents(run.stdout);
    expect(events).toHaveLength(14);
    for (const event of events) {
      for (const day of daysBetween(event.start, event.end)) expect(['holiday', 'makeup_workday']).toContain(getDayInfo(day).kind);
    }
    const english = (await cli(['holidays', '2021', '--format', 'ics', '--lang', 'en'])).stdout;
    expect(english).toBe(toICS({ ...YEAR_2021, locale: 'en' }));
    expect(readIcsEvents(english).events.map((e) => e.summary)).toContain('National Day: make-up working day');
  });

  it('prints the day records as JSON', async () => {
    const run = await cli(['holidays', '2021', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(toHolidayRecords(YEAR_2021));
  });

  it('prints the day records as RFC 4180 CSV, with a BOM for Excel and WPS', async () => {
    const run = await cli(['holidays', '2021', '--format', 'csv']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`\uFEFF${toCSV(YEAR_2021)}`);
    const [header, ...rows] = parseCsv(run.stdout.slice(1));
    expect(header?.[0]).toBe('date');
    expect(rows.map((r) => r[0])).toEqual(toHolidayRecords(YEAR_2021).map((r) => r.date));
  });

  it('exports the days of calendar year <year>, including make-up days fixed by the next year’s notice', async () => {
    const records = JSON.parse((await cli(['holidays', '2011', '--format', 'json'])).stdout) as { date: string; scheduleYear: number }[];
    expect(records.at(-1)).toMatchObject({ date: '2011-12-31', scheduleYear: 2012 });
  });

  it('honours --as-known-on and --provisional, marking projected events tentative and warning on stderr', async () => {
    const known = readIcsEvents((await cli(['holidays', '2020', '--format', 'ics', '--as-known-on', '2020-01-20'])).stdout).events;
    expect(known.find((e) => e.uid === '20200124-spring_festival-rest@yingshang')).toMatchObject({ end: '2020-01-31', sequence: 0 });
    const projected = await cli(['holidays', '2027', '--format', 'ics', '--provisional']);
    expect(projected.code).toBe(0);
    expect(projected.stderr).toMatch(/^warning: provisional answer: no State Council notice yet for 2027/);
    expect(readIcsEvents(projected.stdout).events.every((e) => e.status === 'TENTATIVE')).toBe(true);
  });

  it('keeps the listing, --json and --jsonl when --format is absent', async () => {
    expect((await cli(['holidays', '2021'], undefined, 'zh')).stdout).toMatch(/^元旦 New Year's Day：放假 2021-01-01 至 2021-01-03（共3天） — 国办发明电〔2020〕27号$/m);
    expect(JSON.parse((await cli(['holidays', '2021', '--json'])).stdout)).toHaveLength(7);
    expect((await cli(['holidays', '2021', '--jsonl'])).stdout.trim().split('\n')).toHaveLength(7);
  });

  it.each([
    [['--format', 'xml'], /^error INVALID_ARGUMENT: `--format` is "xml"; valid formats: ics, json, csv/],
    [['--format', 'ics', '--json'], /^error INVALID_ARGUMENT: Choose one of --format and --json\/--jsonl\./],
    [['--lang', 'fr'], /^error INVALID_ARGUMENT: --lang is "fr"; valid values are zh \(or zh-CN\) and en\./],
    [['--format', 'ics', '--lang', 'fr'], /^error INVALID_ARGUMENT: --lang is "fr"; valid values are zh \(or zh-CN\) and en\./],
  ])('exits 2 with nothing on stdout for %j', async (options, message) => {
    const run = await cli(['holidays', '2021', ...options]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(message);
  });

  it('exits 2 for a year without data or a malformed year, whatever the format', async () => {
    expect((await cli(['holidays', '2027', '--format', 'ics']))).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/^error CALENDAR_OUT_OF_RANGE: The holidays of 2027/) as unknown });
    expect((await cli(['holidays', '21', '--format', 'csv']))).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/^error INVALID_ARGUMENT: `year` must be an integer year/) as unknown });
  });
});
