import { describe, expect, it } from 'vitest';
import { runCliInProcess } from './runCliInProcess.js';

describe('yingshang holidays (in process)', () => {
  it('lists the blocks of a year, with make-up days and the amendment that extended the Spring Festival', async () => {
    // In Chinese by default, the names in both languages (no --lang given).
    const run = await runCliInProcess(['holidays', '2020'], { lang: 'zh' });
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe("元旦 New Year's Day：放假 2020-01-01（1天） — 国办发明电〔2019〕16号");
    expect(lines[1]).toBe('春节 Spring Festival：放假 2020-01-24 至 2020-02-02（共10天）；调休上班 2020-01-19 — 国办发明电〔2020〕1号，2020-01-27调整');
    const english = (await runCliInProcess(['holidays', '2020', '--lang', 'en'])).stdout.trim().split('\n');
    expect(english[1]).toBe('Spring Festival: rest 2020-01-24 … 2020-02-02 (10 days); make-up working days 2020-01-19 — 国办发明电〔2020〕1号, amended 2020-01-27');
  });

  it('gives the blocks as JSON or JSON lines', async () => {
    const json = JSON.parse((await runCliInProcess(['holidays', '2015', '--json'])).stdout) as { key: string }[];
    expect(json.map((b) => b.key)).toContain('victory_day_2015');
    const lines = (await runCliInProcess(['holidays', '2015', '--jsonl'])).stdout.trim().split('\n');
    expect(lines).toHaveLength(json.length);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ key: 'new_year', makeupDays: ['2015-01-04'] });
  });

  it('warns when the listed year is projected', async () => {
    const run = await runCliInProcess(['holidays', '2027', '--provisional'], { lang: 'zh' });
    expect(run.stdout).toMatch(/^元旦 New Year's Day：放假 2027-01-01 至 2027-01-03（共3天） — PROVISIONAL-2027\n/);
    expect(run.stderr).toMatch(/^提示：结果含推算：2027年尚无国务院放假通知/);
    expect((await runCliInProcess(['holidays', '2027', '--provisional'])).stderr).toMatch(/^warning: provisional answer: no State Council notice yet for 2027/);
  });

  it('exports a calendar year as CSV, JSON records and iCalendar in either language', async () => {
    const csv = (await runCliInProcess(['holidays', '2021', '--format', 'csv'])).stdout;
    expect(csv.split('\r\n')[0]).toBe('\uFEFFdate,kind,isWorkingDay,weekday,holidayKey,name.zh,name.en,scheduleYear,provisional,noticeDocNo,noticeTitle,noticePublishedOn,noticeUrl');
    const records = JSON.parse((await runCliInProcess(['holidays', '2021', '--format', 'json'])).stdout) as { date: string }[];
    expect(records.map((r) => r.date)).toContain('2021-10-09');
    expect((await runCliInProcess(['holidays', '2021', '--format', 'ics', '--lang', 'en'])).stdout).toMatch(/X-WR-CALNAME:China public holidays\r\n/);
    expect((await runCliInProcess(['holidays', '2021', '--format', 'ics'], { lang: 'zh' })).stdout).toMatch(/X-WR-CALNAME:中国法定节假日安排\r\n/);
  });

  it('warns about an export that includes projected days', async () => {
    const run = await runCliInProcess(['holidays', '2027', '--format', 'csv', '--provisional']);
    expect(run.stdout).toMatch(/,true,PROVISIONAL-2027,/);
    expect(run.stderr).toMatch(/^warning: provisional answer/);
  });

  it('rejects an unknown format, a format with --json, and a language other than zh and en', async () => {
    expect((await runCliInProcess(['holidays', '2021', '--format', 'pdf'])).stderr).toBe('error INVALID_ARGUMENT: `--format` is "pdf"; valid formats: ics, json, csv (see `yingshang holidays --help`).\n');
    expect((await runCliInProcess(['holidays', '2021', '--format', 'csv', '--jsonl'])).stderr).toBe('error INVALID_ARGUMENT: Choose one of --format and --json/--jsonl.\n');
    expect((await runCliInProcess(['holidays', '2021', '--format', 'ics', '--lang', 'fr'])).stderr).toBe('error INVALID_ARGUMENT: --lang is "fr"; valid values are zh (or zh-CN) and en.\n');
  });

  it('lists the blocks with the names in one language with --lang', async () => {
    expect((await runCliInProcess(['holidays', '2021', '--lang', 'en'])).stdout).toMatch(/^New Year's Day: rest 2021-01-01 … 2021-01-03 \(3 days\) — 国办发明电〔2020〕27号$/m);
    expect((await runCliInProcess(['holidays', '2021', '--lang', 'zh'])).stdout).toMatch(/^元旦：放假 2021-01-01 至 2021-01-03（共3天）/m);
  });

  it('lets the library report a year that is not a year', async () => {
    expect((await runCliInProcess(['holidays', 'twenty'])).stderr).toBe('error INVALID_ARGUMENT: `year` must be an integer year such as 2021, got "twenty".\n');
  });
});
