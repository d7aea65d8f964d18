import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { isYingshangError } from '../errors/YingshangError.js';
import { formatError } from '../rules/index.js';
import { csvRows } from './csvRows.js';
import { meantText } from './meantText.js';
import { jsonlRecords } from './jsonlRecords.js';
import { UsageError } from './UsageError.js';

/** The formats a batch reads. */
export type InputFormat = 'jsonl' | 'csv';

/** What a record of a batch holds: its known fields, and how a CSV cell becomes a field's value. */
export interface RecordShape {
  /** The fields a record may have (the rule's facts, a procurement record's fields…). */
  readonly fields: readonly string[];
  /** What those fields are, for messages: `'the facts of m15-payment'`. */
  readonly what: string;
  /** The JSON value of a non-empty CSV cell (`true`, a number, pauses…); text stays text for the schema to check. */
  readonly cellValue: (column: string, cell: string, where: string) => unknown;
  /** The column names read as each field besides its own (`合同金额` → `contractAmount`). */
  readonly columnNames?: Readonly<Record<string, readonly string[]>>;
  /** The fields every record needs: a CSV header naming none of one is one usage error, not an error per row. */
  readonly required?: readonly string[];
}

/** The columns a batch carries into its report (`--id`, `--keep`) and whether it drops unknown ones (`--ignore-unknown-columns`). */
export interface CarryOptions {
  readonly id?: string | undefined;
  readonly keep: readonly string[];
  readonly ignoreUnknown: boolean;
  /** Column names mapped to fields by `--columns` and `--map`. */
  readonly names?: ReadonlyMap<string, string>;
}

/** What a report row carries from its source record: `id` and the `--keep` columns. */
export interface Carried {
  readonly id?: unknown;
  readonly keep?: Readonly<Record<string, unknown>>;
}

/** One record read from a batch input, with its 1-based line: its fields, or why it cannot be evaluated. */
export type BatchRecord = Carried & { readonly line: number } & (
    | { readonly facts: Record<string, unknown> }
    | { readonly error: { readonly code: 'INVALID_INPUT' | 'INVALID_FACTS'; readonly message: string; /** The same, in Chinese, without the line. */ readonly zh: string } }
  );

/**
 * The input format named by `--input-format`, or guessed from the file name (stdin: JSON Lines when it starts with `{`).
 *
 * @internal
 */
export function inputFormatOf(path: string, named: string | undefined): InputFormat | undefined {
  if (named !== undefined) {
    if (named === 'jsonl' || named === 'csv') return named;
    throw new UsageError(`--input-format is ${JSON.stringify(named)}; valid values are jsonl and csv.`, `--input-format 的值 ${JSON.stringify(named)} 无效；可用的值：jsonl、csv。`);
  }
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.(jsonl|ndjson|json)$/i.test(path)) return 'jsonl';
  return undefined;
}

/**
 * The text chunks of `--input` (`-` for stdin), or of the file argument named by `option`. A file that cannot be read
 * (missing, a directory, no permission) is a {@link UsageError} naming the path. When `stop` is aborted (Ctrl-C) the
 * input is closed and the chunks end.
 *
 * @internal
 */
export async function* inputChunks(path: string, stdin: Readable, { option = '--input', stop }: { readonly option?: string; readonly stop?: AbortSignal | undefined } = {}): AsyncGenerator<string> {
  const stream = path === '-' ? stdin : createReadStream(path);
  stream.setEncoding('utf8');
  const close = (): void => {
    stream.destroy();
  };
  stop?.addEventListener('abort', close, { once: true });
  try {
    // Node types a stream's chunks as any: with the encoding set above, each is a string.
    for await (const chunk of stream as AsyncIterable<string>) {
      if (stop?.aborted) return;
      yield chunk;
    }
  } catch (error) {
    if (stop?.aborted) return;
    throw new UsageError(`Cannot read ${option} ${JSON.stringify(path)}: ${error instanceof Error ? error.message : String(error)}.`, `无法读取 ${option} ${JSON.stringify(path)}：${error instanceof Error ? error.message : String(error)}。`);
  } finally {
    stop?.removeEventListener('abort', close);
  }
}

/** `'ned' is not a known field; the facts of m15-payment are start, end… (did you mean end?)`. */
function unknownFieldText(shown: string, name: string, shape: RecordShape): string {
  return `${shown} is not a known field${meantText(name, shape.fields)}; ${shape.what} are ${shape.fields.join(', ')}`;
}

const HOW_TO_CARRY = 'name it with --id or --keep to carry it into the report, or pass --ignore-unknown-columns to drop it';

/** Reads the records of a batch input (JSON Lines or CSV), carrying `--id`/`--keep` and dropping or refusing unknown fields. */
export class BatchInput {
  /** The unknown fields dropped under `--ignore-unknown-columns`, for the summary. */
  readonly ignored = new Set<string>();

  /**
   * @param shape - The fields records may have.
   * @param carry - `--id`, `--keep` and `--ignore-unknown-columns`.
   */
  constructor(
    private readonly shape: RecordShape,
    private readonly carry: CarryOptions,
  ) {}

  /**
   * The records, in order. Without a named format, the first chunk decides: JSON Lines when it starts with `{`, CSV
   * otherwise. A CSV header with an unknown column (or without the `--id` column) is a {@link UsageError}.
   */
  async *records(chunks: AsyncIterable<string>, format: InputFormat | undefined): AsyncGenerator<BatchRecord> {
    const iterator = chunks[Symbol.asyncIterator]();
    const first = await iterator.next();
    if (first.done) return;
    async function* all(): AsyncGenerator<string> {
      yield first.value;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    }
    const detected = format ?? (first.value.trimStart().startsWith('{') ? 'jsonl' : 'csv');
    yield* detected === 'csv' ? this.csvRecords(all()) : this.jsonRecords(all());
  }

  private async *jsonRecords(chunks: AsyncIterable<string>): AsyncGenerator<BatchRecord> {
    const { id, keep, ignoreUnknown } = this.carry;
    const known = new Set(this.shape.fields);
    const carried = new Set([...(id === undefined ? [] : [id]), ...keep]);
    for await (const record of jsonlRecords(chunks)) {
      if ('error' in record) {
        yield { line: record.line, error: { code: 'INVALID_INPUT', message: `line ${record.line}: ${record.error.en}`, zh: record.error.zh } };
        continue;
      }
      // jsonlRecords yields only JSON objects as facts (anything else is an error record).
      const fields = record.facts as Record<string, unknown>;
      let facts = fields;
      let unknown: string | undefined;
      let others = false;
      for (const key in fields) {
        if (known.has(key)) continue;
        others = true;
        if (!carried.has(key) && !ignoreUnknown) unknown ??= key;
        else if (!carried.has(key) && this.ignored.size < 100) this.ignored.add(key);
      }
      // Only a record with other fields than facts is copied, to its facts (`known` never holds `__proto__`).
      if (others && unknown === undefined) {
        facts = {};
        for (const key in fields) if (known.has(key)) facts[key] = fields[key];
      }
      const carry: Carried = {
        ...(id === undefined ? {} : { id: fields[id] ?? null }),
        ...(keep.length === 0 ? {} : { keep: Object.fromEntries(keep.map((k) => [k, fields[k] ?? null])) }),
      };
      if (unknown !== undefined) {
        const message = `line ${record.line}: ${unknownFieldText(`${unknown}:`, unknown, this.shape)}; ${HOW_TO_CARRY}`;
        const zh = `${unknown} 不是可以填写的项目${meantText(unknown, this.shape.fields, 'zh')}；可以填写的项目：${this.shape.fields.join('、')}。要原样带到输出中，用 --id 或 --keep；要忽略，用 --ignore-unknown-columns。`;
        yield { line: record.line, ...carry, error: { code: 'INVALID_FACTS', message, zh } };
      }
      else yield { line: record.line, ...carry, facts };
    }
  }

  /** The field a header column is read as: named by `--columns`/`--map`, a field's own name, or one of its column names. */
  private fieldOf(column: string): string | undefined {
    const mapped = this.carry.names?.get(column);
    if (mapped !== undefined) return mapped;
    if (this.shape.fields.includes(column)) return column;
    const { columnNames = {} } = this.shape;
    return Object.keys(columnNames).find((field) => columnNames[field]?.includes(column));
  }

  /**
   * What each header column is (a fact, the id, a kept column, or dropped) and the field each fact column is read as.
   * Every unknown column is reported at once, with suggestions; so is a required field that no column gives.
   */
  private headerRoles(header: readonly string[]): { readonly roles: ('fact' | 'id' | 'keep' | 'drop')[]; readonly fields: (string | undefined)[] } {
    const { id, keep, ignoreUnknown } = this.carry;
    for (const name of [...(id === undefined ? [] : [id]), ...keep]) {
      if (!header.includes(name)) {
        throw new UsageError(
          `The input has no column ${JSON.stringify(name)} (named by ${name === id ? '--id' : '--keep'}); its columns are ${header.join(', ')}.`,
          `输入中没有 ${name === id ? '--id' : '--keep'} 指定的列 ${JSON.stringify(name)}；现有的列：${header.join('、')}。`,
        );
      }
    }
    const names = [...this.shape.fields, ...Object.values(this.shape.columnNames ?? {}).flat()];
    const unknown: { readonly column: string; readonly meant: string; readonly meantZh: string }[] = [];
    // A kept column that names a field is read as that field too.
    const fields = header.map((column) => (column === id ? undefined : this.fieldOf(column)));
    const roles = header.map((column, i) => {
      if (column === id) return 'id';
      if (keep.includes(column)) return 'keep';
      if (fields[i] !== undefined) return 'fact';
      if (ignoreUnknown) this.ignored.add(column);
      else unknown.push({ column, meant: meantText(column, names), meantZh: meantText(column, names, 'zh') });
      return 'drop';
    });
    if (unknown.length > 0) {
      const [one] = unknown;
      const which =
        unknown.length === 1 && one ? `column ${JSON.stringify(one.column)} is not a known field${one.meant}` : `columns ${unknown.map((u) => `${JSON.stringify(u.column)}${u.meant}`).join(', ')} are not known fields`;
      throw new UsageError(
        `The input's ${which}; ${this.shape.what} are ${this.shape.fields.join(', ')}; map a column to a field with --map <column>=<field> or --columns <file.json>, ${HOW_TO_CARRY}.`,
        `输入中的列 ${unknown.map((u) => `${JSON.stringify(u.column)}${u.meantZh}`).join('、')} 不是可以填写的项目；可以填写的项目：${this.shape.fields.join('、')}。用 --map <列名>=<项目> 或 --columns <file.json> 把列对应到项目；要原样带到输出中，用 --id 或 --keep，要忽略，用 --ignore-unknown-columns。`,
      );
    }
    const twice = this.shape.fields.filter((field) => fields.filter((f) => f === field).length > 1);
    if (twice.length > 0) {
      const columns = header.filter((_, i) => twice.includes(fields[i] ?? ''));
      throw new UsageError(
        `More than one column of the input is read as ${twice.join(', ')}: ${columns.join(', ')}; keep one (--ignore-unknown-columns does not drop a known column).`,
        `输入中有多列都对应 ${twice.join('、')}：${columns.join('、')}；请只保留一列（--ignore-unknown-columns 不会去掉已知的列）。`,
      );
    }
    const missing = (this.shape.required ?? []).filter((field) => !fields.includes(field));
    if (missing.length > 0) {
      const names = (field: string, separator: string): string => [field, ...(this.shape.columnNames?.[field] ?? [])].join(separator);
      const recognised = missing.map((field) => `${field} (${names(field, ', ')})`).join('; ');
      const recognisedZh = missing.map((field) => `${field}（${names(field, '、')}）`).join('；');
      throw new UsageError(
        `No column of the input is read as ${missing.join(', ')}, which every record needs; its columns are ${header.join(', ')}. Columns read as them: ${recognised}; map another with --map <column>=<field> or --columns <file.json>.`,
        `输入中没有对应 ${missing.join('、')} 的列，而每条记录都需要它；现有的列：${header.join('、')}。可以识别的列名：${recognisedZh}；其他列名可用 --map <列名>=<项目> 或 --columns <file.json> 对应。`,
      );
    }
    return { roles, fields };
  }

  private async *csvRecords(chunks: AsyncIterable<string>): AsyncGenerator<BatchRecord> {
    let header: readonly string[] | undefined;
    let roles: readonly ('fact' | 'id' | 'keep' | 'drop')[] = [];
    let fields: readonly (string | undefined)[] = [];
    for await (const row of csvRows(chunks)) {
      if ('error' in row) {
        yield { line: row.line, error: { code: 'INVALID_INPUT', message: `line ${row.line}: ${row.error.en}`, zh: row.error.zh } };
      } else if (!header) {
        header = row.cells.map((c) => c.trim());
        ({ roles, fields } = this.headerRoles(header));
      } else if (row.cells.length !== header.length) {
        const message = `line ${row.line}: has ${row.cells.length} cells, but the header row names ${header.length} columns (${header.join(', ')})`;
        const zh = `这一行有 ${row.cells.length} 个单元格，但表头有 ${header.length} 列（${header.join('、')}）`;
        yield { line: row.line, error: { code: 'INVALID_INPUT', message, zh } };
      } else {
        yield this.csvRecord(row.line, header, roles, fields, row.cells);
      }
    }
  }

  /** The facts of one CSV row: an empty cell leaves its fact out. */
  private csvRecord(line: number, header: readonly string[], roles: readonly string[], fields: readonly (string | undefined)[], cells: readonly string[]): BatchRecord {
    const facts: Record<string, unknown> = {};
    const keep: Record<string, unknown> = {};
    let id: unknown;
    try {
      header.forEach((column, i) => {
        const cell = cells[i] ?? '';
        const field = fields[i];
        if (roles[i] === 'id') id = cell;
        if (roles[i] === 'keep') keep[column] = cell;
        if (field !== undefined && cell.trim() !== '') facts[field] = this.shape.cellValue(field, cell, `line ${line}`);
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const zh = error instanceof UsageError ? error.zh : isYingshangError(error) ? formatError(error, 'zh') : message;
      return { line, ...this.carried(id, keep), error: { code: 'INVALID_INPUT', message: `line ${line}: ${message}`, zh } };
    }
    return { line, ...this.carried(id, keep), facts };
  }

  private carried(id: unknown, keep: Record<string, unknown>): Carried {
    return { ...(this.carry.id === undefined ? {} : { id }), ...(this.carry.keep.length === 0 ? {} : { keep }) };
  }
}
