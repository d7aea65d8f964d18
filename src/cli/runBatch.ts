import { isYingshangError } from '../errors/YingshangError.js';
import { formatError } from '../rules/index.js';
import type { Language } from '../rules/internal.js';
import { BatchInput, inputChunks, inputFormatOf, type Carried, type RecordShape } from './batchInput.js';
import { BufferedOutput } from './bufferedOutput.js';
import { EXIT, type CliIo } from './cliIo.js';
import { UsageError } from './UsageError.js';
import { csvRow, UTF8_BOM } from '../_internal/csvText.js';
import { csvHeader, csvHeadersOf, csvStatus, type CsvHeaders } from './csvHeaders.js';
import { columnMapOf, csvForPeople, SHEET_OPTIONS, SHEET_OPTIONS_HELP, SHEET_OPTIONS_HELP_ZH, type SheetValues } from './sheetOptions.js';

/** The options of every batch command (`check`, `procurement`, `connections`). */
export const BATCH_OPTIONS = {
  input: { type: 'string' },
  format: { type: 'string' },
  'input-format': { type: 'string' },
  id: { type: 'string' },
  keep: { type: 'string', multiple: true },
  'ignore-unknown-columns': { type: 'boolean' },
  'as-of': { type: 'string' },
  ...SHEET_OPTIONS,
} as const;

/** The batch options as parsed. */
export interface BatchValues extends SheetValues {
  readonly input?: string | undefined;
  readonly format?: string | undefined;
  readonly 'input-format'?: string | undefined;
  readonly id?: string | undefined;
  readonly keep?: readonly string[] | undefined;
  readonly 'ignore-unknown-columns'?: boolean | undefined;
  readonly 'as-of'?: string | undefined;
  readonly json?: boolean | undefined;
  readonly jsonl?: boolean | undefined;
}

/** The help text of the batch options, shared by the batch commands. */
export const BATCH_OPTIONS_HELP = `  --input <file|->                 JSON Lines or CSV records (- for stdin)
  --format table|json|jsonl|csv    report format (default table)
  --input-format jsonl|csv         when the file name does not tell (stdin: JSONL if it starts with "{")
  --id <column>                    carry this column (JSON field) into every report row, to join results back
  --keep <col,...>                 carry more columns through (repeatable, or comma-separated)
  --ignore-unknown-columns         drop other unknown columns instead of refusing them (the summary lists them)
  --as-of <date>                   judge running deadlines on <date> when a record has no asOf (default today)
  --provisional                    project years without a published notice
  --as-known-on <date>             use only the notices published on or before <date>
${SHEET_OPTIONS_HELP}`;

/** The same options, in Chinese. */
export const BATCH_OPTIONS_HELP_ZH = `  --input <文件|->                 JSON 行或 CSV 记录（- 表示标准输入）
  --format table|json|jsonl|csv    报告格式（默认 table；json、jsonl、csv 的键和代码保持英文）
  --input-format jsonl|csv         文件名看不出格式时指定（标准输入：以 "{" 开头即为 JSONL）
  --id <列>                        把这一列（JSON 字段）带到每行报告中，便于与原记录对应
  --keep <列,...>                  再带上其他列（可重复，或用逗号分隔）
  --ignore-unknown-columns         忽略其他未知的列，而不是拒绝（汇总中会列出）
  --as-of <日期>                   记录没有 asOf 时，按该日判断未办结的期限（默认今天）
  --provisional                    对尚未发布通知的年份按法定节假日推算
  --as-known-on <日期>             只使用该日（含）以前发布的通知
${SHEET_OPTIONS_HELP_ZH}`;

const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
type ReportFormat = (typeof FORMATS)[number];

/** A batch outcome: a result, or the error of a record that could not be evaluated. */
export type Outcome<R> =
  | { readonly ok: true; readonly result: R }
  | { readonly ok: false; readonly error: { readonly code: string; readonly message: string; readonly details?: Readonly<Record<string, unknown>>; readonly zh?: string } };

/** A running summary of a batch's outcomes. */
export interface BatchSummary<R> {
  add(outcome: Outcome<R>): void;
  /** The summary as data (JSON, JSONL). */
  result(): Readonly<Record<string, unknown>>;
  /** The summary for people: counts (`2 met`) and details (`working days (completed): mean …`). */
  describe(locale: Language): { readonly counts: readonly string[]; readonly details: readonly string[] };
}

/** What a batch command evaluates and how it reports each result. */
export interface BatchSpec<R> {
  readonly command: string;
  readonly shape: RecordShape;
  /** Evaluates one record; throws a library error for a bad one. */
  readonly evaluate: (facts: Record<string, unknown>) => R;
  /** The result as JSON (without an empty trace). */
  readonly json: (result: R) => unknown;
  /** The result's CSV columns (after line, id and kept columns) and cells, the status cells in the words of `--csv-headers`. */
  readonly csvColumns: readonly string[];
  readonly csvFields: (result: R, headers: CsvHeaders) => Readonly<Record<string, unknown>>;
  /** The result in a few words, for the table. */
  readonly text: (result: R) => string;
  /** Whether the result means a rule was broken (exit code 1). */
  readonly broken: (result: R) => boolean;
  /** The years whose notice the calendar lacks that an `out_of_range` result (or rule of it) needs; empty when all was judged. */
  readonly missingYears: (result: R) => readonly number[];
  /** The language of the words printed (`--lang`). */
  readonly locale: Language;
  readonly summary: BatchSummary<R>;
  /** Fields before `items` in the JSON document (`{ rule }`). */
  readonly header?: Readonly<Record<string, unknown>>;
}

function reportFormat(values: BatchValues): ReportFormat {
  const named = values.format ?? (values.json ? 'json' : values.jsonl ? 'jsonl' : 'table');
  const format = FORMATS.find((f) => f === named);
  if (format === undefined) throw new UsageError(`--format is ${JSON.stringify(named)}; valid values are ${FORMATS.join(', ')}.`, `--format 的值 ${JSON.stringify(named)} 无效；可用的值：${FORMATS.join('、')}。`);
  return format;
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

/** The note on records not judged yet, in the language of `--lang`: how many, and the years they need. */
function notJudgedNote(count: number, years: ReadonlySet<number>, locale: Language): string {
  const sorted = [...years].sort((a, b) => a - b);
  if (locale === 'zh') return `${count} 条记录暂无法判断（out_of_range）：需要${sorted.map((y) => `${y}年`).join('、')}的放假安排，日历尚无该年数据`;
  return `${count} record${count === 1 ? '' : 's'} not judged yet (out_of_range): ${count === 1 ? 'it needs' : 'they need'} the public holidays of ${sorted.join(', ')}, which the calendar does not have yet`;
}

/**
 * Runs a batch command: reads the records of `--input` one at a time, evaluates each, writes the report row by row in
 * the chosen format and the summary at the end (on stderr for CSV). Ctrl-C stops reading; what was read is reported.
 * Exit code 3 if any record was bad, else 1 if a rule was broken, else 4 if a record could not be judged yet
 * (`out_of_range`), else 0; 130 when interrupted.
 *
 * @internal
 */
export async function runBatch<R>(io: CliIo, values: BatchValues, spec: BatchSpec<R>): Promise<number> {
  if (values.input === undefined) throw new UsageError(`\`yingshang ${spec.command}\` needs --input <file> (or --input - for stdin).`, `yingshang ${spec.command} 需要 --input <文件>（或 --input - 从标准输入读取）。`);
  const format = reportFormat(values);
  const inputFormat = inputFormatOf(values.input, values['input-format']);
  const keep = (values.keep ?? []).flatMap((k) => k.split(',')).map((k) => k.trim()).filter((k) => k !== '');
  const carry = { id: values.id, keep, ignoreUnknown: values['ignore-unknown-columns'] === true, names: columnMapOf(values, spec.shape.fields) };
  // A CSV report is for people unless --csv-for machines: a BOM for Excel/WPS, and no cell a spreadsheet would run.
  const forPeople = csvForPeople(values);
  const writing = { neutralizeFormulas: forPeople };
  const headers = csvHeadersOf(values);
  const input = new BatchInput(spec.shape, carry);
  const asOf = values['as-of'];
  if (asOf !== undefined && !spec.shape.fields.includes('asOf')) throw new UsageError(`--as-of does not apply: ${spec.shape.what} have no asOf.`, `--as-of 不适用：这类记录没有判断日（asOf）。`);
  const columns = ['line', ...(carry.id === undefined ? [] : ['id']), ...keep, ...spec.csvColumns];
  // The report's own columns in the words of --csv-headers; the kept columns keep the input's names.
  const named = (cs: readonly string[]): string[] => cs.map((c) => csvHeader(c, headers));
  const headerRow = [...named(['line', ...(carry.id === undefined ? [] : ['id'])]), ...keep, ...named(spec.csvColumns)];
  const out = new BufferedOutput(io);
  const meter = progress(io);
  let count = 0;
  let badRecords = 0;
  let brokenRules = 0;
  let notJudged = 0;
  const missingYears = new Set<number>();

  const emit = async (row: Carried & { readonly line: number } & Outcome<R>): Promise<void> => {
    count++;
    meter.tick(count);
    spec.summary.add(row);
    if (!row.ok) badRecords++;
    else {
      if (spec.broken(row.result)) brokenRules++;
      const years = spec.missingYears(row.result);
      if (years.length > 0) {
        notJudged++;
        for (const year of years) missingYears.add(year);
      }
    }
    const carried = { ...(row.id === undefined ? {} : { id: row.id }), ...(row.keep === undefined ? {} : { keep: row.keep }) };
    if (format === 'table') {
      const tag = row.id === undefined ? '' : ` [${typeof row.id === 'string' ? row.id : JSON.stringify(row.id)}]`;
      // For people, in the language of --lang: the library's error worded by formatError (the code stays English).
      const error = row.ok ? '' : spec.locale === 'zh' ? `错误 ${row.error.code}：${row.error.zh ?? formatError(row.error, 'zh')}` : `error ${row.error.code}: ${row.error.message}`;
      await out.write(spec.locale === 'zh' ? `第${row.line}行${tag}：${row.ok ? spec.text(row.result) : error}\n` : `line ${row.line}${tag}: ${row.ok ? spec.text(row.result) : error}\n`);
    } else if (format === 'csv') {
      const fields = row.ok
        ? { ...spec.csvFields(row.result, headers) }
        : { status: csvStatus('error', undefined, headers), errorCode: row.error.code, errorMessage: headers === 'zh' ? (row.error.zh ?? formatError(row.error, 'zh')) : row.error.message };
      const cells: Record<string, unknown> = { ...fields, ...row.keep, line: row.line, id: row.id };
      await out.write(csvRow(columns.map((c) => cells[c]), writing));
    } else {
      const item = row.ok ? { line: row.line, ...carried, ok: true, result: spec.json(row.result) } : { line: row.line, ...carried, ok: false, error: { code: row.error.code, message: row.error.message } };
      await out.write(`${format === 'json' && count > 1 ? ',\n' : ''}${JSON.stringify(item)}${format === 'jsonl' ? '\n' : ''}`);
    }
  };

  if (format === 'json') await out.write(`{${Object.entries(spec.header ?? {}).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)},`).join('')}"items":[\n`);
  if (format === 'csv') await out.write(`${forPeople ? UTF8_BOM : ''}${csvRow(headerRow, writing)}`);
  const stop = io.interrupt;
  for await (const record of input.records(inputChunks(values.input, io.stdin, { stop }), inputFormat)) {
    // Ctrl-C: stop before the next record (the input was cut mid-line), so that every record reported was read whole.
    if (stop?.aborted) break;
    if ('error' in record) {
      await emit({ ...record, ok: false });
    } else {
      const facts = asOf !== undefined && record.facts['asOf'] === undefined ? { ...record.facts, asOf } : record.facts;
      let outcome: Outcome<R>;
      try {
        outcome = { ok: true, result: spec.evaluate(facts) };
      } catch (error) {
        if (!isYingshangError(error)) throw error;
        outcome = { ok: false, error: { code: error.code, message: `line ${record.line}: ${error.message}`, details: error.details } };
      }
      await emit({ line: record.line, ...(record.id === undefined ? {} : { id: record.id }), ...(record.keep === undefined ? {} : { keep: record.keep }), ...outcome });
    }
  }
  meter.done();

  // Read afresh (not `stop`, which TypeScript takes as not aborted since the loop's check): Ctrl-C may come at any time.
  const interrupted = io.interrupt?.aborted === true;
  const totals = {
    ...spec.summary.result(),
    records: count,
    badRecords,
    ...(notJudged > 0 ? { notJudgedRecords: notJudged, missingYears: [...missingYears].sort((a, b) => a - b) } : {}),
    ...(input.ignored.size > 0 ? { ignoredColumns: [...input.ignored] } : {}),
    ...(interrupted ? { interrupted: true } : {}),
  };
  const zh = spec.locale === 'zh';
  const { counts, details } = spec.summary.describe(spec.locale);
  const bad = badRecords > 0 ? [zh ? `错误记录 ${badRecords}` : `${badRecords} bad record${badRecords > 1 ? 's' : ''}`] : [];
  const notes = [
    ...details,
    ...(notJudged > 0 ? [notJudgedNote(notJudged, missingYears, spec.locale)] : []),
    ...(totals.ignoredColumns ? [zh ? `已忽略的列：${totals.ignoredColumns.join('、')}` : `ignored columns: ${totals.ignoredColumns.join(', ')}`] : []),
    ...(interrupted ? [zh ? '已中断（Ctrl-C）：以上为已读取的记录' : 'interrupted (Ctrl-C): the records read so far'] : []),
  ];
  // One note on the same line (`check`); several (a line per rule), one a line.
  const listed = [...counts, ...bad].join(zh ? '，' : ', ') || (zh ? '无' : 'none');
  const head = zh ? `共 ${count} 条记录：${listed}` : `${count} record${count === 1 ? '' : 's'}: ${listed}`;
  const described = `${head}${notes.length > 1 ? notes.map((n) => `\n  ${n}`).join('') : notes.map((n) => `${zh ? '；' : '; '}${n}`).join('')}`;
  if (format === 'json') await out.write(`\n],"summary":${JSON.stringify(totals)}}\n`);
  else if (format === 'jsonl') await out.write(`${JSON.stringify({ summary: totals })}\n`);
  else if (format === 'table') await out.write(`\n${described}\n`);
  await out.flush();
  if (format === 'csv') io.stderr(`${described}\n`);
  if (interrupted) return EXIT.interrupted;
  return badRecords > 0 ? EXIT.badRecords : brokenRules > 0 ? EXIT.ruleBroken : notJudged > 0 ? EXIT.notJudged : EXIT.ok;
}
