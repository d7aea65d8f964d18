import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from './cli.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

describe('yingshang deadline', () => {
  it('prints the due date, the status and the Chinese explanation, exit 0 while pending', async () => {
    const run = await cli(['deadline', 'm15-payment', '--start', '2021-09-29', '--as-of', '2021-10-01'], undefined, 'zh');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^进行中 · 截止日期 2021-10-12\n最迟于2021年10月12日（星期二，含当日）办理支付手续/);
    expect(run.stdout).toMatch(/10月9日（星期六）调休上班计入/);
  });

  it('exits 1 when the deadline was missed, and explains in English with --lang en', async () => {
    const run = await cli(['deadline', 'm15-payment', '--start', '2021-09-29', '--end', '2021-10-13', '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^missed · due 2021-10-12\nProcess the payment by Tuesday, October 12, 2021/);
  });

  it('moves the due date out by a pause', async () => {
    const run = await cli(['deadline', 'm06-water-connection', '--start', '2021-09-28', '--pause', '2021-09-30..2021-10-08', '--as-of', '2021-10-10', '--json']);
    const { result } = JSON.parse(run.stdout) as { result: { due: string; status: string; elapsed: number } };
    expect(result).toMatchObject({ due: '2021-10-19', status: 'pending', elapsed: 2 });
  });

  it('answers into 2027 with --provisional and says so, where the default calendar refuses', async () => {
    const run = await cli(['deadline', 'm15-payment', '--start', '2026-12-28', '--as-of', '2026-12-30', '--provisional', '--json'], undefined, 'zh');
    const { result, explanation } = JSON.parse(run.stdout) as { result: Record<string, unknown>; explanation: string };
    expect(result).toMatchObject({ due: '2027-01-05', status: 'pending', provisional: true, warnings: [{ code: 'PROVISIONAL_CALENDAR', years: [2027] }] });
    expect(explanation).toMatch(/注意：2027年尚未发布国务院放假安排/);
    expect((await cli(['deadline', 'm15-payment', '--start', '2026-12-28'])).stderr).toMatch(/^error CALENDAR_OUT_OF_RANGE:/);
    const batch = await cli(['check', 'm15-payment', '--input', '-', '--format', 'jsonl', '--provisional'], '{"start":"2026-12-28","asOf":"2026-12-30"}\n');
    expect(JSON.parse(batch.stdout.split('\n')[0] ?? '')).toMatchObject({ ok: true, result: { provisional: true, due: '2027-01-05' } });
  });

  it('records the day the calendar was known on with --as-known-on', async () => {
    const run = await cli(['deadline', 'm15-payment', '--start', '2020-01-23', '--as-of', '2020-01-24', '--as-known-on', '2020-01-20', '--json']);
    // Before the extension: 01-31 (Fri) and 02-01 (Sat, still a make-up day) count, so the 5th working day is 02-05.
    expect(JSON.parse(run.stdout)).toMatchObject({ result: { due: '2020-02-05', asKnownOn: '2020-01-20' } });
  });

  it('exits 1 for an overdue fixed-date deadline', async () => {
    expect((await cli(['deadline', 'm24-chuanyu-same-standard', '--as-of', '2021-11-02']))).toMatchObject({ code: 1, stdout: expect.stringMatching(/^overdue · due 2021-10-31/) as unknown });
  });

  it('exits 2 for bad facts, an unknown rule, a rule that is not a deadline, a bad pause or a bad --lang', async () => {
    expect((await cli(['deadline', 'm15-payment', '--start', '2021-09-31'])).stderr).toMatch(/^error INVALID_FACTS: .*start/);
    expect((await cli(['deadline', 'm99-none', '--start', '2021-09-01'])).stderr).toMatch(/^error UNKNOWN_RULE:/);
    expect((await cli(['deadline', 'm15-prepayment-ratio'])).stderr).toMatch(/is a threshold rule, not a deadline; use `yingshang check m15-prepayment-ratio/);
    expect((await cli(['deadline', 'm15-payment', '--start', '2021-09-29', '--pause', '2021-10-01'])).stderr).toMatch(/a pause is written <from>\.\.<to>/);
    expect((await cli(['deadline', 'm15-payment', '--start', '2021-09-29', '--lang', 'fr'])).code).toBe(2);
  });
});

describe('yingshang check', () => {
  it('evaluates a CSV, reports the bad row with its line number and still evaluates the others', async () => {
    const run = await cli(['check', 'm15-payment', '--input', fixture('payments.csv'), '--format', 'jsonl']);
    expect(run.code).toBe(3);
    const rows = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.slice(0, 5).map((r) => r['line'])).toEqual([2, 3, 4, 5, 6]);
    expect(rows[0]).toMatchObject({ ok: true, result: { status: 'met', due: '2021-10-12' } });
    expect(rows[1]).toMatchObject({ ok: true, result: { status: 'missed' } });
    expect(rows[2]).toMatchObject({ ok: false, error: { code: 'INVALID_FACTS', message: expect.stringMatching(/^line 4: .*start/) as unknown } });
    // 5 working days net of the pause 09-30..10-08: 09-29, 10-09 (调休上班), 10-11, 10-12, 10-13.
    expect(rows[3]).toMatchObject({ ok: true, result: { status: 'pending', due: '2021-10-13', elapsed: 2 } });
    expect(rows[4]).toMatchObject({ ok: true, result: { status: 'missed', due: '2021-10-13', overBy: 2 } });
    expect(rows[5]).toHaveProperty('summary');
  });

  it('reads JSON Lines from stdin and exits 0 when every rule is met', async () => {
    const input = '{"start":"2021-09-29","end":"2021-10-12"}\n\n{"start":"2021-09-30","end":"2021-10-13"}\n';
    const run = await cli(['check', 'm15-payment', '--input', '-', '--format', 'csv'], input);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\r\n')).toEqual(['\uFEFFline,status,due,elapsed,remaining,overBy,overByIsLowerBound,errorCode,errorMessage', '1,met,2021-10-12,5,0,,,,', '3,met,2021-10-13,5,0,,,,', '']);
    expect(run.stderr).toBe('2 records: 2 met; working days (completed): mean 5.0, median 5, p90 5, max 5\n');
  });

  it('exits 1 when a record misses its deadline, and writes one JSON document with --format json', async () => {
    const run = await cli(['check', 'm15-payment', '--input', '-', '--format', 'json'], '{"start":"2021-09-29","end":"2021-10-13"}\n');
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as { rule: string; items: unknown[]; summary: Record<string, unknown> };
    expect(doc.rule).toBe('m15-payment');
    expect(doc.items).toHaveLength(1);
    expect(doc.summary).toMatchObject({ records: 1, badRecords: 0 });
  });

  it('reports a line that is not JSON and goes on', async () => {
    const run = await cli(['check', 'm15-payment', '--input', '-', '--format', 'jsonl'], '{"start":"2021-09-29","end":"2021-10-12"}\nnot json\n');
    expect(run.code).toBe(3);
    const rows = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows[1]).toMatchObject({ line: 2, ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('needs --input and a known format', async () => {
    expect((await cli(['check', 'm15-payment'])).stderr).toMatch(/needs --input/);
    expect((await cli(['check', 'm15-payment', '--input', '-', '--format', 'xml'])).stderr).toMatch(/valid values are table, json, jsonl, csv/);
  });
});

describe('yingshang measures and rules', () => {
  it('lists measures by topic and department, and shows one', async () => {
    expect((await cli(['measures', 'list', '--topic', 'procurement'], undefined, 'zh')).stdout).toMatch(/^15\. 加强支付和交付监管 — .*\[m15-payment, m15-prepayment-ratio\]$/m);
    expect((await cli(['measures', '--department', '区财政局'], undefined, 'zh')).stdout).toMatch(/^13\. 优化采购流程/m);
    const shown = JSON.parse((await cli(['measures', 'show', 'm06', '--json'])).stdout) as { number: number; rules: string[] };
    expect(shown.number).toBe(6);
    expect(shown.rules).toContain('m06-water-connection');
    expect((await cli(['measures', 'show', '54']))).toMatchObject({ code: 2, stderr: expect.stringMatching(/^error UNKNOWN_MEASURE/) as unknown });
  });

  it('lists the rules and shows one with its clause', async () => {
    expect((await cli(['rules'])).stdout).toMatch(/^m13-contract-signing\s+Deadline\s+/m);
    expect((await cli(['rules', 'show', 'm15-prepayment-ratio'])).stdout).toMatch(/clause: 推动实现预付款支付比例不低于30%（中小企业不低于50%）/);
  });
});

describe('--help', () => {
  it.each(['workdays', 'holidays', 'deadline', 'check', 'measures', 'rules'])('explains %s with examples', async (command) => {
    const run = await cli([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage:/);
    expect(run.stdout).toMatch(/Examples:\n {2}yingshang /);
  });
});
