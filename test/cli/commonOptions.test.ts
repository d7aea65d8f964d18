import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from './runCliInProcess.js';

const SCHEDULE_2027 = 'examples/data/hypothetical-2027-schedule.json';
const RULE = 'examples/data/other-district-water-rule.json';
const dir = mkdtempSync(join(tmpdir(), 'yingshang-common-options-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('--schedules <file.json> (in process)', () => {
  it('adds a schedule year to every command that counts days', async () => {
    // Hypothetical 2027: 01-01..03 off, so the 5th working day after 2026-12-28 (Mon) is 12-29, 12-30, 12-31, 01-04, 01-05.
    expect(await runCliInProcess(['workdays', 'add', '2026-12-28', '5', '--schedules', SCHEDULE_2027])).toMatchObject({ code: 0, stdout: '2027-01-05\n', stderr: '' });
    expect((await runCliInProcess(['workdays', 'add', '2026-12-28', '5'])).code).toBe(2);
    expect((await runCliInProcess(['holidays', '2027', '--schedules', SCHEDULE_2027, '--lang', 'en'])).stdout).toMatch(/^National Day: rest 2027-10-01 … 2027-10-07 \(7 days\); make-up working days 2027-09-26, 2027-10-09 — 示例-2027-非官方$/m);
    const check = await runCliInProcess(['check', 'm15-payment', '--input', '-', '--format', 'jsonl', '--schedules', SCHEDULE_2027], { stdin: '{"start":"2027-09-28","end":"2027-10-11"}\n' });
    // 09-29, 09-30, (10-01..07 off), 10-08, 10-09 (a make-up Saturday), 10-11.
    expect(JSON.parse(check.stdout.split('\n')[0] ?? '')).toMatchObject({ ok: true, result: { status: 'met', due: '2027-10-11' } });
  }, 30_000);

  it('takes an array of years, and is repeatable', async () => {
    const array = file('array.json', `[${JSON.stringify(JSON.parse((await import('node:fs')).readFileSync(SCHEDULE_2027, 'utf8')))}]`);
    expect((await runCliInProcess(['workdays', 'add', '2026-12-28', '5', '--schedules', array])).stdout).toBe('2027-01-05\n');
    const twice = await runCliInProcess(['workdays', 'add', '2026-12-28', '5', '--schedules', array, '--schedules', SCHEDULE_2027]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/^error INVALID_SCHEDULE: --schedules ".*array\.json" "examples\/data\/hypothetical-2027-schedule\.json": /);
  });

  it('names the file and the bad path inside it, on every command', async () => {
    const bad = file('bad.json', JSON.stringify({ year: 2027, notices: [{ kind: 'schedule', issuer: 'x', title: 'x', docNo: 'x', publishedOn: '2026-02-30', url: 'https://example.com', holidays: [] }] }));
    for (const command of [['workdays', 'info', '2021-10-01'], ['rules', 'list'], ['measures', 'list']]) {
      const run = await runCliInProcess([...command, '--schedules', bad]);
      expect(run).toMatchObject({ code: 2, stdout: '' });
      expect(run.stderr).toBe(`error INVALID_SCHEDULE: --schedules "${bad}": notices.0.publishedOn: must be a real date written 'YYYY-MM-DD'; notices.0.holidays: must not be empty.\n`);
    }
    expect((await runCliInProcess(['workdays', 'info', '2021-10-01', '--schedules', file('junk.json', '{')])).stderr).toMatch(/^error INVALID_ARGUMENT: --schedules ".*junk\.json" is not valid JSON: /);
    expect((await runCliInProcess(['workdays', 'info', '2021-10-01', '--schedules', join(dir, 'none.json')])).stderr).toMatch(/^error INVALID_ARGUMENT: Cannot read --schedules ".*none\.json": ENOENT/);
  });
});

describe('--rule <file.json> (in process)', () => {
  it('evaluates a custom rule wherever a rule id is accepted', async () => {
    const deadline = await runCliInProcess(['deadline', '--rule', RULE, '--start', '2021-09-28', '--end', '2021-10-12', '--lang', 'en']);
    // 7 working days after 2021-09-28: 09-29, 09-30, 10-08, 10-09 (make-up day), 10-11, 10-12, 10-13.
    expect(deadline).toMatchObject({ code: 0, stdout: expect.stringMatching(/^met · due 2021-10-13\nConnect the water supply by Wednesday, October 13, 2021/) as unknown });
    const check = await runCliInProcess(['check', '--rule', RULE, '--input', '-', '--format', 'csv'], { stdin: '{"start":"2021-09-28","end":"2021-10-14"}\n' });
    expect(check.code).toBe(1);
    expect(check.stdout.split('\r\n')[1]).toBe('1,missed,2021-10-13,8,,1,,,');
  });

  it('validates and shows a custom rule with rules show --rule', async () => {
    expect(await runCliInProcess(['rules', 'show', '--rule', RULE])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^other-district-water-connection \(Deadline\)\n获得用水（另一区县，7个工作日） — Water connection \(another district, 7 working days\)\n/) as unknown });
  });

  it('names the file in a definition error, and refuses a rule id with --rule', async () => {
    const bad = file('rule.json', JSON.stringify({ id: 'x', kind: 'deadline' }));
    const run = await runCliInProcess(['check', '--rule', bad, '--input', '-'], { stdin: '' });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(new RegExp(`^error INVALID_RULE: --rule ${JSON.stringify(bad).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: `));
    expect((await runCliInProcess(['deadline', 'm15-payment', '--rule', RULE, '--start', '2021-09-28'])).stderr).toMatch(/^error INVALID_ARGUMENT: Give a rule id or --rule <file.json>, not both/);
  });
});

describe('--lang on every command (in process)', () => {
  it.each([
    ['workdays', 'info', '2021-10-01'],
    ['holidays', '2021'],
    ['measures', 'show', '15'],
    ['rules', 'list'],
    ['deadline', 'm15-payment', '--start', '2021-09-29', '--as-of', '2021-10-01'],
    ['check', 'm15-payment', '--input', '-'],
    ['procurement', '--input', '-'],
    ['connections', '--input', '-'],
  ])('accepts --lang en and refuses --lang fr with the option as typed: %s', async (...command) => {
    expect((await runCliInProcess([...command, '--lang', 'en'], { stdin: '' })).code).toBe(0);
    const run = await runCliInProcess([...command, '--lang', 'fr'], { stdin: '' });
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: 'error INVALID_ARGUMENT: --lang is "fr"; valid values are zh (or zh-CN) and en.\n' });
  });

  it('prints rule names and measure titles in the language chosen', async () => {
    expect((await runCliInProcess(['rules', 'list', '--lang', 'en'])).stdout).toMatch(/^m15-payment +Deadline +Payment processing$/m);
    expect((await runCliInProcess(['measures', 'list', '--topic', 'procurement', '--lang', 'zh'])).stdout).toMatch(/^15\. 加强支付和交付监管 {2}\[m15-payment, m15-prepayment-ratio\]$/m);
  });

  it('names --as-known-on as typed in its errors', async () => {
    expect((await runCliInProcess(['workdays', 'info', '2021-10-01', '--as-known-on', '1990-01-01'])).stderr).toMatch(/^error INVALID_ARGUMENT: `--as-known-on`/);
  });
});
