import { describe, expect, it } from 'vitest';
import { runCliInProcess } from './runCliInProcess.js';

describe('yingshang deadline (in process)', () => {
  it('prints the status, the due date and the explanation in Chinese by default while pending, exit 0', async () => {
    const run = await runCliInProcess(['deadline', 'm15-payment', '--start', '2021-09-29', '--as-of', '2021-10-01'], { lang: 'zh' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^进行中 · 截止日期 2021-10-12\n最迟于2021年10月12日（星期二，含当日）办理支付手续.*10月9日（星期六）调休上班计入/);
  });

  it('exits 1 when missed, with the explanation in English for --lang en', async () => {
    const run = await runCliInProcess(['deadline', 'm15-payment', '--start', '2021-09-29', '--end', '2021-10-13', '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^missed · due 2021-10-12\nProcess the payment by Tuesday, October 12, 2021/);
  });

  it('takes repeated pauses, with a reason, and gives the result and explanation as JSON', async () => {
    const run = await runCliInProcess(['deadline', 'm06-water-connection', '--start', '2021-09-28', '--pause', '2021-09-30..2021-10-08:补正材料', '--pause', '2021-10-11..2021-10-11', '--as-of', '2021-10-12', '--json', '--lang', 'zh']);
    const { result, explanation } = JSON.parse(run.stdout) as { result: { due: string; trace: { type: string; reasons?: string[] }[] }; explanation: string };
    expect(result.due).toBe('2021-10-20');
    expect(result.trace.filter((s) => s.type === 'pause').map((s) => s.reasons)).toEqual([['补正材料'], []]);
    expect(explanation).toMatch(/暂停计时（补正材料）不计/);
  });

  it('takes no start for a fixed-date rule, and exits 1 once it is overdue', async () => {
    const run = await runCliInProcess(['deadline', 'm24-chuanyu-same-standard', '--as-of', '2021-11-02', '--lang', 'zh-CN']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^已逾期 · 截止日期 2021-10-31\n/);
  });

  it('records the calendar of --as-known-on and --provisional in the result', async () => {
    const known = JSON.parse((await runCliInProcess(['deadline', 'm15-payment', '--start', '2020-01-23', '--as-of', '2020-01-24', '--as-known-on', '2020-01-20', '--jsonl'])).stdout) as { result: unknown };
    expect(known.result).toMatchObject({ due: '2020-02-05', asKnownOn: '2020-01-20' });
    const projected = JSON.parse((await runCliInProcess(['deadline', 'm15-payment', '--start', '2026-12-28', '--as-of', '2026-12-30', '--provisional', '--json'], { lang: 'zh' })).stdout) as { explanation: string };
    expect(projected.explanation).toMatch(/注意：2027年尚未发布国务院放假安排/);
  });

  it('refuses a rule that is not a deadline, naming the command to use', async () => {
    expect((await runCliInProcess(['deadline', 'm28-low-risk-inspections'])).stderr).toBe(
      'error INVALID_ARGUMENT: m28-low-risk-inspections is a threshold rule, not a deadline; use `yingshang check m28-low-risk-inspections --input <file>`.\n',
    );
  });

  it('refuses a pause without `..` and a language other than zh and en', async () => {
    expect((await runCliInProcess(['deadline', 'm15-payment', '--start', '2021-09-29', '--pause', '2021-10-01'])).stderr).toBe(
      'error INVALID_ARGUMENT: --pause #1: a pause is written <from>..<to> (e.g. 2021-10-11..2021-10-12), got "2021-10-01".\n',
    );
    // An unknown language is answered in English.
    expect((await runCliInProcess(['deadline', 'm15-payment', '--start', '2021-09-29', '--lang', 'de'])).stderr).toBe('error INVALID_ARGUMENT: --lang is "de"; valid values are zh (or zh-CN) and en.\n');
  });

  it('asks for exactly one rule id', async () => {
    expect((await runCliInProcess(['deadline'])).stderr).toBe('error INVALID_ARGUMENT: `yingshang deadline` takes <ruleId>, got none (see `yingshang deadline --help`).\n');
    expect((await runCliInProcess(['deadline', 'a', 'b'])).stderr).toMatch(/takes <ruleId>, got "a" "b"/);
  });
});
