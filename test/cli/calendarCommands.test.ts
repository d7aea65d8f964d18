import { describe, expect, it } from 'vitest';
import { cli } from './cli.js';

describe('yingshang workdays', () => {
  it('adds working days and prints the date alone, for scripts', async () => {
    expect((await cli(['workdays', 'add', '2021-09-29', '5']))).toEqual({ code: 0, stdout: '2021-10-12\n', stderr: '' });
    expect((await cli(['workdays', 'add', '2021-10-08', '-1'])).stdout).toBe('2021-09-30\n');
  });

  it('counts working days', async () => {
    expect((await cli(['workdays', 'count', '2021-09-29', '2021-10-12'])).stdout).toBe('5\n');
  });

  it('describes a day, as text and as JSON', async () => {
    expect((await cli(['workdays', 'info', '2021-10-09'], undefined, 'zh')).stdout).toBe('2021-10-09 星期六 上班 调休上班 国庆节（国办发明电〔2020〕27号）\n');
    const info = JSON.parse((await cli(['workdays', 'info', '2021-10-01', '--json'])).stdout) as { kind: string; holiday: { key: string } };
    expect(info).toMatchObject({ kind: 'holiday', holiday: { key: 'national_day' } });
  });

  it('exits 2 with the error code on stderr for an impossible date, a bad count or a day outside the data', async () => {
    const impossible = await cli(['workdays', 'add', '2021-02-29', '1']);
    expect(impossible.code).toBe(2);
    expect(impossible.stdout).toBe('');
    expect(impossible.stderr).toMatch(/^error INVALID_DATE: .*February 2021 has 28 days/);
    expect((await cli(['workdays', 'add', '2021-01-04', 'five'])).stderr).toMatch(/^error INVALID_DATE: `n` must be a finite integer/);
    expect((await cli(['workdays', 'add', '2026-12-28', '5'])).stderr).toMatch(/^error CALENDAR_OUT_OF_RANGE:/);
  });

  it('exits 2 for a missing subcommand, missing arguments or an unknown option', async () => {
    expect((await cli(['workdays'])).stderr).toMatch(/needs a subcommand: add, count or info/);
    expect((await cli(['workdays', 'add', '2021-01-04'])).stderr).toMatch(/takes <date> <n>/);
    const unknown = await cli(['workdays', 'add', '2021-01-04', '1', '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^error INVALID_ARGUMENT: Unknown option '--bogus'/);
  });
});

describe('calendar options', () => {
  it('answers past the data with --provisional, keeping stdout bare and warning on stderr', async () => {
    const run = await cli(['workdays', 'add', '2026-12-28', '5', '--provisional']);
    expect(run).toMatchObject({ code: 0, stdout: '2027-01-05\n' });
    expect(run.stderr).toMatch(/^warning: provisional answer: no State Council notice yet for 2027/);
    const json = JSON.parse((await cli(['workdays', 'add', '2026-12-28', '5', '--provisional', '--json'])).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ result: '2027-01-05', provisional: true, provisionalYears: [2027] });
    expect((await cli(['workdays', 'info', '2027-02-05', '--provisional'])).stdout).toMatch(/Spring Festival \(PROVISIONAL-2027\) \[provisional\]/);
  });

  it('answers as known on a past day with --as-known-on', async () => {
    expect((await cli(['workdays', 'add', '2020-01-23', '1', '--as-known-on', '2020-01-20'])).stdout).toBe('2020-01-31\n');
    expect((await cli(['workdays', 'add', '2020-01-23', '1', '--as-known-on', '2020-01-28'])).stdout).toBe('2020-02-03\n');
  });
});

describe('yingshang holidays', () => {
  it('lists the blocks of a year with amendments', async () => {
    const run = await cli(['holidays', '2020']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Spring Festival: rest 2020-01-24 … 2020-02-02 \(10 days\); make-up working days 2020-01-19 — 国办发明电〔2020〕1号, amended 2020-01-27$/m);
  });

  it('prints JSON lines, one block a line', async () => {
    const lines = (await cli(['holidays', '2021', '--jsonl'])).stdout.trim().split('\n');
    expect(lines).toHaveLength(7);
    expect(JSON.parse(lines[6] ?? '')).toMatchObject({ key: 'national_day', makeupDays: ['2021-09-26', '2021-10-09'] });
  });

  it('exits 2 for a year without data', async () => {
    expect((await cli(['holidays', '2027']))).toMatchObject({ code: 2, stdout: '' });
  });
});

describe('help and unknown commands', () => {
  it('prints the command list with exit codes, and each command its examples', async () => {
    const overview = await cli(['--help']);
    expect(overview.code).toBe(0);
    expect(overview.stdout).toMatch(/Exit codes:\n {2}0 {4}success.*\n {2}1 {4}a checked rule was missed, is overdue or not met\n {2}2 {4}usage error/);
    for (const command of ['workdays', 'holidays']) {
      const help = await cli([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/Examples:/);
    }
  });

  it('exits 2 for an unknown command and for no command at all', async () => {
    expect((await cli(['frobnicate']))).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown command "frobnicate"/) as unknown });
    expect((await cli([])).code).toBe(2);
  });
});
