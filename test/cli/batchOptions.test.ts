import { describe, expect, it } from 'vitest';
import { runCliInProcess } from './runCliInProcess.js';

const CSV = 'applicationNo,applicant,start,end\r\nWS-1,甲公司,2021-09-29,2021-10-12\r\nWS-2,"乙, 丙",2021-09-29,2021-10-13\r\nWS-3,丁,2021-02-30,\r\n';

/** The JSON lines of a run, the summary line last. */
function rows(stdout: string): Record<string, unknown>[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('batch identifiers and extra columns (in process)', () => {
  it('refuses an unknown CSV column, naming it and the facts, before any output (exit 2)', async () => {
    const run = await runCliInProcess(['check', 'm15-payment', '--input', '-', '--input-format', 'csv'], { stdin: 'start,ned\r\n2021-09-29,2021-10-12\r\n' });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe(
      `error INVALID_ARGUMENT: The input's column "ned" is not a known field (did you mean end?); the facts of m15-payment are start, end, asOf, pauses; map a column to a field with --map <column>=<field> or --columns <file.json>, name it with --id or --keep to carry it into the report, or pass --ignore-unknown-columns to drop it.\n`,
    );
  });

  it('carries --id and --keep into every row of every format, errors included', async () => {
    const args = ['check', 'm15-payment', '--input', '-', '--input-format', 'csv', '--id', 'applicationNo', '--keep', 'applicant'];
    const jsonl = await runCliInProcess([...args, '--format', 'jsonl'], { stdin: CSV });
    expect(jsonl.code).toBe(3);
    expect(rows(jsonl.stdout)).toMatchObject([
      { line: 2, id: 'WS-1', keep: { applicant: '甲公司' }, ok: true, result: { status: 'met' } },
      { line: 3, id: 'WS-2', keep: { applicant: '乙, 丙' }, ok: true, result: { status: 'missed' } },
      { line: 4, id: 'WS-3', keep: { applicant: '丁' }, ok: false, error: { code: 'INVALID_FACTS', message: expect.stringContaining("start: '2021-02-30' is not a real date: February 2021 has 28 days") as unknown } },
      { summary: { records: 3, badRecords: 1 } },
    ]);
    const csv = await runCliInProcess([...args, '--format', 'csv'], { stdin: CSV });
    expect(csv.stdout.split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFline,id,applicant,status,due,elapsed,remaining,overBy,overByIsLowerBound,errorCode,errorMessage',
      '2,WS-1,甲公司,met,2021-10-12,5,0,,,,',
      '3,WS-2,"乙, 丙",missed,2021-10-12,6,,1,,,',
    ]);
    const table = await runCliInProcess(args, { stdin: CSV });
    expect(table.stdout).toMatch(/^line 2 \[WS-1\]: met \(due 2021-10-12, elapsed 5\)\nline 3 \[WS-2\]: missed/);
  });

  it('drops unknown columns with --ignore-unknown-columns and lists them in the summary', async () => {
    const run = await runCliInProcess(['check', 'm15-payment', '--input', '-', '--input-format', 'csv', '--ignore-unknown-columns', '--format', 'jsonl'], { stdin: CSV });
    const summary = rows(run.stdout).at(-1);
    expect(summary).toMatchObject({ summary: { ignoredColumns: ['applicationNo', 'applicant'], records: 3 } });
    const table = await runCliInProcess(['check', 'm15-payment', '--input', '-', '--input-format', 'csv', '--ignore-unknown-columns'], { stdin: CSV });
    expect(table.stdout).toMatch(/\n3 records: 1 met, 1 missed, 1 bad record\n {2}working days \(completed\).*\n {2}ignored columns: applicationNo, applicant\n$/);
  });

  it('refuses an --id or --keep column the input does not have', async () => {
    const run = await runCliInProcess(['check', 'm15-payment', '--input', '-', '--input-format', 'csv', '--id', 'no'], { stdin: CSV });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^error INVALID_ARGUMENT: The input has no column "no" \(named by --id\); its columns are applicationNo, applicant, start, end\./);
  });

  it('treats JSON Lines fields the same: unknown ones are bad records unless carried or ignored', async () => {
    const input = '{"no":"A1","start":"2021-09-29","end":"2021-10-12"}\n{"no":"A2","start":"2021-09-29","ned":"2021-10-12"}\n';
    const refused = rows((await runCliInProcess(['check', 'm15-payment', '--input', '-', '--format', 'jsonl'], { stdin: input })).stdout);
    expect(refused[0]).toMatchObject({ line: 1, ok: false, error: { code: 'INVALID_FACTS', message: expect.stringMatching(/^line 1: no: is not a known field; the facts of m15-payment are start, end, asOf, pauses/) as unknown } });
    const carried = await runCliInProcess(['check', 'm15-payment', '--input', '-', '--format', 'jsonl', '--id', 'no'], { stdin: input });
    expect(rows(carried.stdout)).toMatchObject([
      { line: 1, id: 'A1', ok: true, result: { status: 'met' } },
      { line: 2, id: 'A2', ok: false, error: { message: expect.stringContaining('ned: is not a known field (did you mean end?)') as unknown } },
      { summary: { records: 2, badRecords: 1 } },
    ]);
    const ignored = rows((await runCliInProcess(['check', 'm15-payment', '--input', '-', '--format', 'jsonl', '--id', 'no', '--ignore-unknown-columns', '--as-of', '2021-10-11'], { stdin: input })).stdout);
    expect(ignored[1]).toMatchObject({ line: 2, id: 'A2', ok: true, result: { status: 'pending', remaining: 1 } });
    expect(ignored[2]).toMatchObject({ summary: { ignoredColumns: ['ned'] } });
  });

  it('judges open records on --as-of, but keeps a record’s own asOf', async () => {
    const input = '{"start":"2021-09-29"}\n{"start":"2021-09-29","asOf":"2021-10-01"}\n';
    const run = rows((await runCliInProcess(['check', 'm15-payment', '--input', '-', '--format', 'jsonl', '--as-of', '2021-10-13'], { stdin: input })).stdout);
    expect(run.slice(0, 2)).toMatchObject([{ result: { status: 'overdue', overBy: 1 } }, { result: { status: 'pending', elapsed: 1 } }]);
    const bad = await runCliInProcess(['check', 'm15-prepayment-ratio', '--input', '-', '--as-of', '2021-10-13'], { stdin: '{}\n' });
    expect(bad).toMatchObject({ code: 2, stderr: 'error INVALID_ARGUMENT: --as-of does not apply: the facts of m15-prepayment-ratio have no asOf.\n' });
  });

  it('writes no empty trace in JSON and JSON Lines results', async () => {
    for (const format of ['json', 'jsonl']) {
      const run = await runCliInProcess(['check', 'm15-payment', '--input', '-', '--format', format], { stdin: '{"start":"2021-09-29","end":"2021-10-12"}\n' });
      expect(run.stdout).toContain('"status":"met"');
      expect(run.stdout).not.toContain('"trace"');
    }
  });

  it('reads `null` as "not yet" in JSON Lines, as a field left out', async () => {
    const withNull = await runCliInProcess(['check', 'm15-payment', '--input', '-', '--format', 'jsonl', '--as-of', '2021-10-08'], { stdin: '{"start":"2021-09-29","end":null}\n' });
    const without = await runCliInProcess(['check', 'm15-payment', '--input', '-', '--format', 'jsonl', '--as-of', '2021-10-08'], { stdin: '{"start":"2021-09-29"}\n' });
    expect(withNull.stdout).toBe(without.stdout);
    expect(rows(withNull.stdout)[0]).toMatchObject({ ok: true, result: { status: 'pending' } });
  });
});
