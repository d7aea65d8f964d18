import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCliInProcess } from './runCliInProcess.js';
import { asyncOf } from '../fixtures/asyncOf.js';

const PAYMENTS_CSV = fileURLToPath(new URL('../fixtures/payments.csv', import.meta.url));
const JSONL = '{"start":"2021-09-29","end":"2021-10-12"}\n{"start":"2021-09-29","end":"2021-10-13"}\nnot json\n{"start":"2021-09-29","asOf":"2021-10-01"}\n';
const SUMMARY = '4 records: 1 met, 1 missed, 1 pending, 1 bad record; working days (completed): mean 5.5, median 5.5, p90 6, max 6';

describe('yingshang check (in process)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reports each record as a line for people, with the summary last, exit 3 for a bad record', async () => {
    const run = await runCliInProcess(['check', 'm15-payment', '--input', '-'], { stdin: JSONL });
    expect(run.code).toBe(3);
    expect(run.stdout).toBe(
      [
        'line 1: met (due 2021-10-12, elapsed 5)',
        'line 2: missed (due 2021-10-12, elapsed 6, over by 1)',
        `line 3: error INVALID_INPUT: line 3: not valid JSON (Unexpected token 'o', "not json" is not valid JSON)`,
        'line 4: pending (due 2021-10-12, elapsed 1)',
        '',
        SUMMARY,
        '',
      ].join('\n'),
    );
  });

  it('writes one JSON document with --format json, and JSON lines ending in the summary with --jsonl', async () => {
    const json = JSON.parse((await runCliInProcess(['check', 'm15-payment', '--input', '-', '--format', 'json'], { stdin: JSONL })).stdout) as { rule: string; items: unknown[]; summary: unknown };
    expect(json).toMatchObject({ rule: 'm15-payment', summary: { records: 4, badRecords: 1, statuses: { met: 1, missed: 1, pending: 1 } } });
    expect(json.items).toHaveLength(4);
    const lines = (await runCliInProcess(['check', 'm15-payment', '--input', '-', '--jsonl'], { stdin: JSONL })).stdout.trim().split('\n');
    expect(JSON.parse(lines.at(-1) ?? '')).toMatchObject({ summary: { count: 4, failed: 1, errors: { INVALID_INPUT: 1 }, records: 4, badRecords: 1 } });
  });

  it('writes CSV with the summary on stderr, quoting a message that holds quotes', async () => {
    const run = await runCliInProcess(['check', 'm15-payment', '--input', '-', '--format', 'csv'], { stdin: JSONL });
    expect(run.stdout.split('\r\n')).toEqual([
      '\uFEFFline,status,due,elapsed,remaining,overBy,overByIsLowerBound,errorCode,errorMessage',
      '1,met,2021-10-12,5,0,,,,',
      '2,missed,2021-10-12,6,,1,,,',
      `3,error,,,,,,INVALID_INPUT,"line 3: not valid JSON (Unexpected token 'o', ""not json"" is not valid JSON)"`,
      '4,pending,2021-10-12,1,4,,,,',
      '',
    ]);
    expect(run.stderr).toBe(`${SUMMARY}\n`);
  });

  it('exits 1 when every record is valid but a rule is broken, 0 when all are met', async () => {
    expect((await runCliInProcess(['check', 'm15-payment', '--input', '-'], { stdin: '{"start":"2021-09-29","end":"2021-10-13"}\n' })).code).toBe(1);
    expect((await runCliInProcess(['check', 'm15-payment', '--input', '-'], { stdin: '{"start":"2021-09-29","end":"2021-10-12"}' })).code).toBe(0);
  });

  it('reads a CSV file named by --input, with pauses and quoted cells', async () => {
    const run = await runCliInProcess(['check', 'm15-payment', '--input', PAYMENTS_CSV, '--format', 'jsonl']);
    const rows = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.slice(0, 5)).toMatchObject([
      { line: 2, ok: true, result: { status: 'met' } },
      { line: 3, ok: true, result: { status: 'missed' } },
      { line: 4, ok: false, error: { code: 'INVALID_FACTS' } },
      { line: 5, ok: true, result: { status: 'pending', due: '2021-10-13', elapsed: 2 } },
      { line: 6, ok: true, result: { status: 'missed', due: '2021-10-13' } },
    ]);
  });

  it('reads CSV from stdin with --input-format csv: pauses with reasons, and a row of the wrong width', async () => {
    const run = await runCliInProcess(['check', 'm15-payment', '--input', '-', '--input-format', 'csv'], {
      stdin: 'start,end,pauses\n2021-09-29,2021-10-13,2021-10-11..2021-10-11:补正;2021-10-12..2021-10-12\n2021-09-29\n',
    });
    expect(run.stdout).toBe('line 2: met (due 2021-10-14, elapsed 4)\nline 3: error INVALID_INPUT: line 3: has 1 cells, but the header row names 3 columns (start, end, pauses)\n\n2 records: 1 met, 1 bad record; working days (completed): mean 4.0, median 4, p90 4, max 4\n');
  });

  it('reports a pause cell that is not a pause as an unreadable record', async () => {
    const run = await runCliInProcess(['check', 'm15-payment', '--input', '-', '--input-format', 'csv'], { stdin: 'start,pauses\n2021-09-29,soon\n' });
    expect(run.stdout).toMatch(/^line 2: error INVALID_INPUT: line 2: line 2, column pauses: a pause is written <from>\.\.<to>/);
  });

  it('guesses CSV from stdin that does not start with `{`', async () => {
    expect((await runCliInProcess(['check', 'm15-payment', '--input', '-'], { stdin: 'start,end\n2021-09-29,2021-10-12\n' })).stdout).toMatch(/^line 2: met/);
  });

  it('reports the figures of each kind of rule in its CSV columns', async () => {
    const threshold = await runCliInProcess(['check', 'm15-prepayment-ratio', '--input', '-', '--input-format', 'csv', '--format', 'csv'], { stdin: 'contractAmount,prepaymentAmount,supplierIsSme\n1000,300,true\n1000,300,false\n' });
    expect(threshold).toMatchObject({ code: 1, stdout: '\uFEFFline,status,actual,required,shortfall,errorCode,errorMessage\r\n2,not_met,0.300000,0.500000,0.200000,,\r\n3,met,0.300000,0.300000,,,\r\n' });
    const target = await runCliInProcess(['check', 'm51-bankruptcy-clearance', '--input', '-', '--format', 'csv'], { stdin: 'value,asOf,baseline\n1,2021-10-01,3\nx,2021-10-01,\n' });
    expect(target.stdout.split('\r\n').slice(1, 3)).toEqual([
      '2,on_track,1,0,0.6666666666666666,0.40522875816993464,2021-12-31,,',
      `3,error,,,,,,INVALID_FACTS,"line 3: Invalid facts for rule 'm51-bankruptcy-clearance': value: must be a number, not ""x""."`,
    ]);
    const average = await runCliInProcess(['check', 'm06-electricity-10kv-average', '--input', '-', '--format', 'csv'], { stdin: '{"cases":[{"start":"2021-09-01","end":"2021-10-12"}]}\n' });
    expect(average.stdout).toBe('\uFEFFline,status,mean,median,max,count,errorCode,errorMessage\r\n1,met,25,25,25,1,,\r\n');
  });

  it('describes targets and averages in the table', async () => {
    expect((await runCliInProcess(['check', 'm51-bankruptcy-clearance', '--input', '-'], { stdin: '{"value":1,"asOf":"2021-10-01","baseline":3}\n' })).stdout).toMatch(/^line 1: on_track \(value 1 of 0, progress 66\.7%\)\n/);
    expect((await runCliInProcess(['check', 'm06-electricity-10kv-average', '--input', '-'], { stdin: '{"cases":[{"start":"2021-09-01","end":"2021-10-12"}]}\n' })).stdout).toMatch(/^line 1: met \(mean 25, 1 cases\)\n\n1 record: 1 met\n$/);
    expect((await runCliInProcess(['check', 'm28-low-risk-inspections', '--input', '-'], { stdin: '{"inspections":2}\n' })).stdout).toMatch(/^line 1: not_met \(actual 2, required 1\)\n/);
  });

  it('reads an empty input as no records', async () => {
    expect(await runCliInProcess(['check', 'm15-payment', '--input', '-'])).toMatchObject({ code: 0, stdout: '\n0 records: none\n' });
  });

  it('writes a large report in pieces rather than line by line', async () => {
    const stdin = '{"start":"2021-09-29","end":"2021-10-12"}\n'.repeat(5000);
    const run = await runCliInProcess(['check', 'm15-payment', '--input', '-', '--format', 'jsonl'], { stdin });
    expect(run.stdout.trim().split('\n')).toHaveLength(5001);
    expect(run.writes).toBeGreaterThan(1);
    expect(run.writes).toBeLessThan(50);
  });

  it('shows the record count on a terminal once a run takes more than a second, and clears it at the end', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const line = '{"start":"2021-09-29","end":"2021-10-12"}\n';
    // Each chunk moves the clock on, as a slow input would.
    function* slowChunks(): Generator<string> {
      for (let i = 0; i < 4; i++) {
        vi.setSystemTime(Date.now() + 600);
        yield line.repeat(1024);
      }
    }
    const run = await runCliInProcess(['check', 'm15-payment', '--input', '-', '--format', 'jsonl'], { stdin: asyncOf(slowChunks()), stderrIsTty: true });
    expect(run.stderr).toMatch(/^\r1,024 records…\r2,048 records…/);
    expect(run.stderr.endsWith('\r\x1b[K')).toBe(true);
    const quiet = await runCliInProcess(['check', 'm15-payment', '--input', '-', '--format', 'jsonl'], { stdin: asyncOf(slowChunks()) });
    expect(quiet.stderr).toBe('');
  });

  it('refuses an unknown report or input format, and a missing --input', async () => {
    expect((await runCliInProcess(['check', 'm15-payment', '--input', '-', '--format', 'xml'])).stderr).toBe('error INVALID_ARGUMENT: --format is "xml"; valid values are table, json, jsonl, csv.\n');
    expect((await runCliInProcess(['check', 'm15-payment', '--input', '-', '--input-format', 'tsv'])).stderr).toBe('error INVALID_ARGUMENT: --input-format is "tsv"; valid values are jsonl and csv.\n');
    expect((await runCliInProcess(['check', 'm15-payment'])).stderr).toBe('error INVALID_ARGUMENT: `yingshang check` needs --input <file> (or --input - for stdin).\n');
  });

  it('names a file it cannot read', async () => {
    const run = await runCliInProcess(['check', 'm15-payment', '--input', '/nonexistent/input.jsonl']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^error INVALID_ARGUMENT: Cannot read --input "\/nonexistent\/input\.jsonl": ENOENT/);
  });
});
