import { getRule } from '../../rules/getRule.js';
import { createResultSummary, evaluateMany } from '../../rules/index.js';
import { batchRecords, inputChunks, inputFormatOf } from '../batchRecords.js';
import { BufferedOutput } from '../bufferedOutput.js';
import { calendarOption, CALENDAR_OPTIONS } from '../calendarOption.js';
import { EXIT, type CliIo } from '../cliIo.js';
import type { Command } from '../command.js';
import { csvColumns, csvLine, describeSummary, textLine, type BatchRow } from '../formatBatchItem.js';
import { expectPositionals, parseCommandLine } from '../parseCommandLine.js';
import { isBroken } from '../ruleOutcome.js';
import { UsageError } from '../UsageError.js';

const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
type ReportFormat = (typeof FORMATS)[number];

function reportFormat(values: { format?: string | undefined; json?: boolean | undefined; jsonl?: boolean | undefined }): ReportFormat {
  const named = values.format ?? (values.json ? 'json' : values.jsonl ? 'jsonl' : 'table');
  if (!(FORMATS as readonly string[]).includes(named)) throw new UsageError(`--format is ${JSON.stringify(named)}; valid values are ${FORMATS.join(', ')}.`);
  return named as ReportFormat;
}

/** Shows `n records…` on a terminal's stderr once a run has taken more than a second, and clears it at the end. */
function progress(io: CliIo): { tick(count: number): void; done(): void } {
  const started = Date.now();
  let shownAt = 0;
  return {
    tick(count) {
      if (!io.stderrIsTty || (count & 1023) !== 0) return;
      const now = Date.now();
      if (now - started > 1000 && now - shownAt > 250) {
        io.stderr(`\r${count.toLocaleString('en')} records…`);
        shownAt = now;
      }
    },
    done() {
      if (shownAt > 0) io.stderr('\r\x1b[K');
    },
  };
}

/** `yingshang check <ruleId> --input <file|->`. */
export const checkCommand: Command = {
  name: 'check',
  summary: 'evaluate a rule over a JSONL or CSV file (or stdin), streaming, with a summary',
  help: `Usage:
  yingshang check <ruleId> --input <file.jsonl|file.csv|-> [--format table|json|jsonl|csv] [--input-format jsonl|csv]

Evaluates every record of the input against the rule, in order, without holding the input in memory.
JSON Lines: one facts object per line. CSV: a header row naming the facts (start, end, asOf, pauses, or the
rule's inputs); an empty cell leaves the fact out; pauses are from..to, separated by ';'. A record that cannot be
read or whose facts are invalid is reported with its line number, and the others are still evaluated.
The summary comes at the end (on stderr for --format csv, as the last line for jsonl).

Exit codes: 2 if any record was bad; otherwise 1 if any rule was missed, overdue or not met; otherwise 0.

Options:
  --format table|json|jsonl|csv   report format (default table)
  --input-format jsonl|csv        when the file name does not tell (stdin: JSONL if it starts with "{")
  --provisional                   project years without a published notice
  --as-known-on <date>            use only the notices published on or before <date>

Examples:
  yingshang check m15-payment --input invoices.jsonl
  yingshang check m06-water-connection --input connections.csv --format csv > report.csv
  printf '{"start":"2021-09-29","end":"2021-10-12"}\\n' | yingshang check m15-payment --input - --format jsonl`,
  async run(args, io) {
    const { values, positionals } = parseCommandLine('check', args, {
      ...CALENDAR_OPTIONS,
      input: { type: 'string' },
      format: { type: 'string' },
      'input-format': { type: 'string' },
    });
    expectPositionals('check', positionals, ['ruleId']);
    const rule = getRule(positionals[0] ?? '');
    if (values.input === undefined) throw new UsageError('`yingshang check` needs --input <file> (or --input - for stdin).');
    const format = reportFormat(values);
    const inputFormat = inputFormatOf(values.input, values['input-format']);
    const options = { calendar: calendarOption(values), trace: false };

    const out = new BufferedOutput(io);
    const summary = createResultSummary();
    const lines: number[] = [];
    let badRecords = 0;
    let broken = false;
    let count = 0;
    const meter = progress(io);
    const columns = csvColumns(rule.kind);

    const emit = async (row: BatchRow): Promise<void> => {
      count++;
      meter.tick(count);
      if (format === 'table') await out.write(`${textLine(row)}\n`);
      else if (format === 'csv') await out.write(csvLine(row, columns));
      else await out.write(`${format === 'json' && count > 1 ? ',\n' : ''}${JSON.stringify(row)}${format === 'jsonl' ? '\n' : ''}`);
    };

    // Unreadable records are reported as the reader meets them; evaluateMany pulls one record at a time,
    // so the report stays in input order.
    const pending: BatchRow[] = [];
    async function* facts(): AsyncGenerator<unknown> {
      for await (const record of batchRecords(rule, inputChunks(values.input ?? '-', io.stdin), inputFormat)) {
        if ('error' in record) {
          badRecords++;
          pending.push({ line: record.line, ok: false, error: { code: 'INVALID_INPUT', message: `line ${record.line}: ${record.error}` } });
          continue;
        }
        lines.push(record.line);
        yield record.facts;
      }
    }

    if (format === 'json') await out.write(`{"rule":${JSON.stringify(rule.id)},"items":[\n`);
    if (format === 'csv') await out.write(`${columns.join(',')}\r\n`);
    for await (const item of evaluateMany(rule.id, facts(), options)) {
      for (const row of pending.splice(0)) await emit(row);
      summary.add(item);
      const line = lines.shift() ?? 0;
      if (item.ok) {
        broken ||= isBroken(item.result.status);
        await emit({ line, ok: true, result: item.result });
      } else {
        badRecords++;
        await emit({ line, ok: false, error: { code: item.error.code, message: `line ${line}: ${item.error.message}` } });
      }
    }
    for (const row of pending.splice(0)) await emit(row);
    meter.done();

    const totals = { ...summary.result(), records: count, badRecords };
    if (format === 'json') await out.write(`\n],"summary":${JSON.stringify(totals)}}\n`);
    else if (format === 'jsonl') await out.write(`${JSON.stringify({ summary: totals })}\n`);
    else if (format === 'table') await out.write(`\n${describeSummary(totals, count, badRecords)}\n`);
    await out.flush();
    if (format === 'csv') io.stderr(`${describeSummary(totals, count, badRecords)}\n`);
    return badRecords > 0 ? EXIT.badInput : broken ? EXIT.ruleBroken : EXIT.ok;
  },
};
