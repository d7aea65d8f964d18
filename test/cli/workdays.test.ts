import { describe, expect, it } from 'vitest';
import { runCliInProcess } from './runCliInProcess.js';

const WARNING = 'warning: provisional answer: no State Council notice yet for 2027; the projection may differ from the notice when it is published.\n';

describe('yingshang workdays (in process)', () => {
  it('adds working days across the National Day holiday and the make-up Saturday', async () => {
    expect(await runCliInProcess(['workdays', 'add', '2021-09-29', '5'])).toMatchObject({ code: 0, stdout: '2021-10-12\n', stderr: '' });
  });

  it('reads a negative count as an argument, not an option', async () => {
    expect((await runCliInProcess(['workdays', 'add', '2021-10-08', '-1'])).stdout).toBe('2021-09-30\n');
  });

  it('answers in JSON with the arguments and whether the answer is provisional', async () => {
    const run = await runCliInProcess(['workdays', 'add', '2021-09-29', '5', '--json']);
    expect(JSON.parse(run.stdout)).toEqual({ date: '2021-09-29', n: 5, result: '2021-10-12', provisional: false, provisionalYears: [] });
  });

  it('counts working days, as one JSON line with --jsonl', async () => {
    const run = await runCliInProcess(['workdays', 'count', '2021-09-29', '2021-10-12', '--jsonl']);
    expect(run.stdout).toBe('{"start":"2021-09-29","end":"2021-10-12","result":5,"provisional":false,"provisionalYears":[]}\n');
    expect((await runCliInProcess(['workdays', 'count', '2021-09-29', '2021-10-12'])).stdout).toBe('5\n');
  });

  it('describes a make-up working day with its holiday and notice, and an ordinary day without', async () => {
    // Chinese by default, every word of it: weekday, working or rest day, the kind of day, the holiday.
    expect((await runCliInProcess(['workdays', 'info', '2021-10-09'], { lang: 'zh' })).stdout).toBe('2021-10-09 星期六 上班 调休上班 国庆节（国办发明电〔2020〕27号）\n');
    expect((await runCliInProcess(['workdays', 'info', '2021-10-11'], { lang: 'zh' })).stdout).toBe('2021-10-11 星期一 上班 工作日\n');
    // --lang en names them in English (2021-10-09, a Saturday, was a make-up day of 国庆节).
    expect((await runCliInProcess(['workdays', 'info', '2021-10-09', '--lang', 'en'])).stdout).toBe('2021-10-09 Saturday working day make-up working day National Day (国办发明电〔2020〕27号)\n');
    expect(JSON.parse((await runCliInProcess(['workdays', 'info', '2021-10-01', '--json'])).stdout)).toMatchObject({ kind: 'holiday', isWorkingDay: false, holiday: { key: 'national_day' } });
  });

  it('answers into 2027 with --provisional, marks the day and warns on stderr', async () => {
    expect(await runCliInProcess(['workdays', 'info', '2027-10-01', '--provisional'], { lang: 'zh' })).toMatchObject({ stdout: '2027-10-01 星期五 休息 节假日 国庆节（PROVISIONAL-2027） [推算]\n', stderr: '' });
    expect(await runCliInProcess(['workdays', 'add', '2026-12-28', '5', '--provisional'])).toMatchObject({ code: 0, stdout: '2027-01-05\n', stderr: WARNING });
    const count = await runCliInProcess(['workdays', 'count', '2026-12-28', '2027-01-05', '--provisional', '--json']);
    expect(count.stderr).toBe(WARNING);
    expect(JSON.parse(count.stdout)).toMatchObject({ result: 5, provisional: true, provisionalYears: [2027] });
  });

  it('answers as known on a past day with --as-known-on', async () => {
    // Before the 2020 extension of the Spring Festival (国办发明电〔2020〕1号, 2020-01-27), 2020-01-31 was a working day.
    expect((await runCliInProcess(['workdays', 'info', '2020-01-31', '--as-known-on', '2020-01-20'])).stdout).toMatch(/^2020-01-31 Friday working day working day\n$/);
    expect((await runCliInProcess(['workdays', 'info', '2020-01-31'])).stdout).toMatch(/^2020-01-31 Friday rest day holiday Spring Festival/);
  });

  it('asks for a subcommand, naming a wrong one', async () => {
    expect((await runCliInProcess(['workdays'])).stderr).toBe('error INVALID_ARGUMENT: `yingshang workdays` needs a subcommand: add, count or info (see `yingshang workdays --help`).\n');
    expect((await runCliInProcess(['workdays', 'sum'])).stderr).toMatch(/needs a subcommand: add, count or info, not "sum"/);
  });

  it('lets the library report a count that is not a whole number', async () => {
    const run = await runCliInProcess(['workdays', 'add', '2021-09-29', '1e3']);
    expect(run).toMatchObject({ code: 2, stderr: 'error INVALID_DATE: `n` must be a finite integer number of days, got "1e3".\n' });
  });
});
