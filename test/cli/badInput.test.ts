import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../src/errors/codes.js';
import { cli, type CliRun } from './cli.js';

/** A malformed command line, and the library error it must end in (exit 2, `error CODE: message` on stderr). */
interface BadCommand {
  readonly args: readonly string[];
  readonly stdin?: string;
  readonly code: ErrorCode;
  /** Strings the message must contain: the offending argument or path, and what is valid. */
  readonly mentions: readonly string[];
}

const EMPTY_DIR = mkdtempSync(join(tmpdir(), 'yingshang-bad-input-'));

const COMMANDS: readonly BadCommand[] = [
  { args: ['workdays', 'add', '2021-02-29', '5'], code: 'INVALID_DATE', mentions: ['`date`', 'February 2021 has 28 days'] },
  { args: ['workdays', 'add', '10/01/2021', '5'], code: 'INVALID_DATE', mentions: ['`date`', 'year first'] },
  { args: ['workdays', 'add', '2021-09-29', 'NaN'], code: 'INVALID_DATE', mentions: ['`n`', 'finite integer', '"NaN"'] },
  { args: ['workdays', 'add', '2021-09-29', '1.5'], code: 'INVALID_DATE', mentions: ['`n`', 'finite integer'] },
  { args: ['workdays', 'add', '2021-09-29', '５'], code: 'INVALID_DATE', mentions: ['`n`', '"５"'] },
  { args: ['workdays', 'add', '2021-09-29', '99999999999999999999'], code: 'INVALID_DATE', mentions: ['`n`', 'finite integer'] },
  { args: ['workdays', 'add', '2021-09-29', '1000000'], code: 'CALENDAR_OUT_OF_RANGE', mentions: ['Adding 1000000 working days', '2004-01-01 to 2026-12-31'] },
  { args: ['workdays', 'add', '2021-09-29', '5', '--bogus'], code: 'INVALID_ARGUMENT', mentions: ["'--bogus'", 'yingshang workdays --help'] },
  { args: ['workdays', 'add', '2021-09-29', '5', '--json', '--jsonl'], code: 'INVALID_ARGUMENT', mentions: ['Choose one of --json and --jsonl'] },
  { args: ['workdays', 'count', '2021-09-29'], code: 'INVALID_ARGUMENT', mentions: ['takes <start> <end>', '"2021-09-29"'] },
  { args: ['workdays', 'info', '2030-01-01'], code: 'CALENDAR_OUT_OF_RANGE', mentions: ['`date`', '2030'] },
  { args: ['workdays', 'info', '2021-10-01', '--as-known-on', '1990-01-01'], code: 'INVALID_ARGUMENT', mentions: ['`--as-known-on`', '2003-12-18'] },
  { args: ['workdays', 'info', '2021-10-01', '--as-known-on', '2021-02-30'], code: 'INVALID_DATE', mentions: ['`--as-known-on`', 'February 2021 has 28 days'] },
  { args: ['workdays', 'frobnicate'], code: 'INVALID_ARGUMENT', mentions: ['add, count or info', '"frobnicate"'] },
  { args: ['holidays', '２０２１'], code: 'INVALID_ARGUMENT', mentions: ['`year`', 'integer year'] },
  { args: ['holidays', '2021.5'], code: 'INVALID_ARGUMENT', mentions: ['`year`', '"2021.5"'] },
  { args: ['holidays', '9999'], code: 'CALENDAR_OUT_OF_RANGE', mentions: ['The holidays of 9999', '2004-01-01 to 2026-12-31'] },
  { args: ['holidays'], code: 'INVALID_ARGUMENT', mentions: ['takes <year>', 'got none'] },
  { args: ['holidays', '2021', '--format', 'pdf'], code: 'INVALID_ARGUMENT', mentions: ['`--format`', 'ics, json, csv'] },
  { args: ['holidays', '2021', '--format', 'ics', '--lang', 'fr'], code: 'INVALID_ARGUMENT', mentions: ['--lang is "fr"', 'zh (or zh-CN) and en'] },
  { args: ['holidays', '2021', '--format', 'csv', '--json'], code: 'INVALID_ARGUMENT', mentions: ['--format and --json/--jsonl'] },
  { args: ['deadline', 'm15-payment', '--start', '2021-09-31'], code: 'INVALID_FACTS', mentions: ["start: '2021-09-31' is not a real date: September 2021 has 30 days"] },
  { args: ['deadline', 'm15-payment'], code: 'INVALID_FACTS', mentions: ['start: is required'] },
  { args: ['deadline', 'm99-none', '--start', '2021-09-29'], code: 'UNKNOWN_RULE', mentions: ['"m99-none"', 'Known rules'] },
  { args: ['deadline', 'm15-prepayment-ratio'], code: 'INVALID_ARGUMENT', mentions: ['is a threshold rule, not a deadline', 'yingshang check'] },
  { args: ['deadline', 'm15-payment', '--start', '2021-09-29', '--pause', 'x'], code: 'INVALID_ARGUMENT', mentions: ['--pause #1', '<from>..<to>'] },
  { args: ['deadline', 'm15-payment', '--start', '2021-09-29', '--pause', '2021-10-02..2021-10-01'], code: 'INVALID_FACTS', mentions: ['pauses.0.from: must not be after `to`'] },
  { args: ['deadline', 'm15-payment', '--start', '2021-09-29', '--lang', 'fr'], code: 'INVALID_ARGUMENT', mentions: ['--lang', 'zh (or zh-CN) and en'] },
  { args: ['deadline', 'm15-payment', '--start', '2030-01-02'], code: 'CALENDAR_OUT_OF_RANGE', mentions: ['2030-01-02', '2004-01-01 to 2026-12-31'] },
  { args: ['deadline', 'm24-chuanyu-same-standard', '--start', '2021-09-29'], code: 'INVALID_FACTS', mentions: ['start: is not a known field'] },
  { args: ['check', 'm15-payment', '--input', '/nonexistent/invoices.jsonl'], code: 'INVALID_ARGUMENT', mentions: ['Cannot read --input "/nonexistent/invoices.jsonl"', 'ENOENT'] },
  { args: ['check', 'm15-payment', '--input', EMPTY_DIR], code: 'INVALID_ARGUMENT', mentions: ['Cannot read --input', 'EISDIR'] },
  { args: ['check', 'm15-payment'], code: 'INVALID_ARGUMENT', mentions: ['needs --input'] },
  { args: ['check', 'm15-payment', '--input', '-', '--format', 'xml'], stdin: '{}\n', code: 'INVALID_ARGUMENT', mentions: ['--format', '"xml"', 'table, json, jsonl, csv'] },
  { args: ['check', 'm15-payment', '--input', '-', '--input-format', 'yaml'], stdin: '{}\n', code: 'INVALID_ARGUMENT', mentions: ['--input-format', '"yaml"', 'jsonl and csv'] },
  { args: ['check', '__proto__', '--input', '-'], stdin: '{}\n', code: 'UNKNOWN_RULE', mentions: ['"__proto__"', 'Known rules'] },
  { args: ['measures', 'show', '54'], code: 'UNKNOWN_MEASURE', mentions: ['54', 'numbered 1–53'] },
  { args: ['measures', 'show', '６'], code: 'UNKNOWN_MEASURE', mentions: ["'６'", 'numbered 1–53'] },
  { args: ['measures', 'list', '--topic', 'constructor'], code: 'INVALID_ARGUMENT', mentions: ["topic 'constructor'", 'business_registration'] },
  { args: ['measures', 'list', '--department', '区市场局'], code: 'UNKNOWN_DEPARTMENT', mentions: ["'区市场局'", 'alias'] },
  { args: ['measures', 'frob'], code: 'INVALID_ARGUMENT', mentions: ['list or show', '"frob"'] },
  { args: ['rules', 'show', '__proto__'], code: 'UNKNOWN_RULE', mentions: ['"__proto__"', 'Known rules'] },
  { args: ['rules', 'show'], code: 'INVALID_ARGUMENT', mentions: ['takes <ruleId>', 'got none'] },
  { args: ['frobnicate'], code: 'INVALID_ARGUMENT', mentions: ['unknown command "frobnicate"', 'workdays, holidays, calendar, deadline, check, procurement, connections, sql, measures, rules, notice'] },
];

/** The report rows of `check --format jsonl` (the summary line last). */
function rows(run: CliRun): Record<string, unknown>[] {
  return run.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('the CLI given malformed arguments', () => {
  it.each(COMMANDS.map((c) => [c.args.join(' '), c] as const))('`yingshang %s` exits 2 with its typed error', async (_, command) => {
    const run = await cli(command.args, command.stdin);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^error ${command.code}: `));
    for (const mention of command.mentions) expect(run.stderr).toContain(mention);
    expect(run.stderr).not.toMatch(/internal error|TypeError|RangeError/);
  });

  it('prints the command list and exits 2 without a command', async () => {
    const run = await cli([], undefined);
    expect(run).toMatchObject({ code: 2, stderr: '' });
    // In Chinese, the default: a bare `yingshang` has no --lang.
    expect(run.stdout).toMatch(/^用法：yingshang <命令>/m);
  });
});

describe('the CLI given malformed batch input', () => {
  it('reports each junk JSON line with its line number and path, and evaluates the good ones', async () => {
    const input = [
      '{"__proto__":{"start":"2021-09-29"}}',
      '{"start":"2021-09-29","constructor":{"prototype":{}}}',
      '[["2021-09-29"]]',
      '{"start":',
      '{"start":"２０２１-09-31"}',
      `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
      '{"start":"2021-09-29","end":"2021-10-12"}',
    ].join('\n');
    const run = await cli(['check', 'm15-payment', '--input', '-', '--format', 'jsonl'], `${input}\n`);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe('');
    expect(rows(run)).toMatchObject([
      { line: 1, ok: false, error: { code: 'INVALID_FACTS', message: expect.stringContaining('__proto__: is not a known field') as unknown } },
      { line: 2, ok: false, error: { code: 'INVALID_FACTS', message: expect.stringContaining('constructor: is not a known field') as unknown } },
      { line: 3, ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('must be a JSON object of facts') as unknown } },
      { line: 4, ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('not valid JSON') as unknown } },
      { line: 5, ok: false, error: { code: 'INVALID_FACTS', message: expect.stringContaining("start: '２０２１-09-31' is not a real date: September 2021 has 30 days") as unknown } },
      { line: 6, ok: false, error: { code: 'INVALID_INPUT' } },
      { line: 7, ok: true, result: { status: 'met' } },
      { summary: { records: 7, badRecords: 6 } },
    ]);
  });

  it('reports amounts with 3 decimals, full-width digits, negatives, NaN and exponents in a CSV, each at its line and column', async () => {
    const csv = ['contractAmount,prepaymentAmount,supplierIsSme', '1000.005,300,false', '１０００,300,false', '1000,-300,false', 'NaN,300,false', '1e5,300,false', '1000,300,maybe', '1000,300,false'].join('\r\n');
    const run = await cli(['check', 'm15-prepayment-ratio', '--input', '-', '--input-format', 'csv', '--format', 'jsonl'], csv);
    expect(run.code).toBe(3);
    const messages = rows(run).map((r) => (r['error'] as { message?: string } | undefined)?.message ?? (r['result'] as { status?: string } | undefined)?.status);
    expect(messages.slice(0, 7)).toEqual([
      expect.stringMatching(/^line 2: .*contractAmount: must be a decimal with at most 2 decimals/),
      expect.stringMatching(/^line 3: .*contractAmount: must be a decimal/),
      expect.stringMatching(/^line 4: .*prepaymentAmount: must be a decimal with at most 2 decimals ≥ 0/),
      expect.stringMatching(/^line 5: .*contractAmount: must be a decimal/),
      expect.stringMatching(/^line 6: .*contractAmount: must be a decimal/),
      expect.stringMatching(/^line 7: `supplierIsSme` is "maybe", not a yes\/no value; accepted: true\/false, TRUE\/FALSE, True\/False, 是\/否, Y\/N, 1\/0/),
      'met',
    ]);
  });

  it('reports a CSV column named __proto__ as an unknown field, and an unclosed quote as unreadable', async () => {
    const proto = await cli(['check', 'm15-payment', '--input', '-', '--input-format', 'csv', '--format', 'jsonl'], '__proto__,start\r\nx,2021-09-29\r\n');
    // An unknown column is refused as a whole, before any row (exit 2), naming it.
    expect(proto).toMatchObject({ code: 2, stdout: '' });
    expect(proto.stderr).toContain(`The input's column "__proto__" is not a known field`);
    const quote = await cli(['check', 'm15-payment', '--input', '-', '--input-format', 'csv', '--format', 'jsonl'], 'start\r\n"2021-09-29\r\n');
    expect(rows(quote)[0]).toMatchObject({ line: 2, ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('a quoted field is not closed') as unknown } });
  });

  it('reports a line whose pauses hold 10⁶ junk items as one error, in time', async () => {
    const line = `{"start":"2021-09-29","pauses":[${Array.from({ length: 1e6 }, () => '1').join(',')}]}\n`;
    const run = await cli(['check', 'm15-payment', '--input', '-', '--format', 'jsonl'], line);
    expect(run.code).toBe(3);
    expect(rows(run)[0]).toMatchObject({ line: 1, ok: false, error: { code: 'INVALID_FACTS', message: expect.stringContaining('pauses: has too many invalid items (1000000)') as unknown } });
  }, 120_000);

  it('reads an empty input as no records, exit 0', async () => {
    expect((await cli(['check', 'm15-payment', '--input', '-'], ''))).toMatchObject({ code: 0, stdout: '\n0 records: none\n' });
  });
});
