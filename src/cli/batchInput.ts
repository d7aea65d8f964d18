import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
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
}

/** The columns a batch carries into its report (`--id`, `--keep`) and whether it drops unknown ones (`--ignore-unknown-columns`). */
export interface CarryOptions {
  readonly id?: string | undefined;
  readonly keep: readonly string[];
  readonly ignoreUnknown: boolean;
}

/** What a report row carries from its source record: `id` and the `--keep` columns. */
export interface Carried {
  readonly id?: unknown;
  readonly keep?: Readonly<Record<string, unknown>>;
}

/** One record read from a batch input, with its 1-based line: its fields, or why it cannot be evaluated. */
export type BatchRecord = Carried & { readonly line: number } & (
    | { readonly facts: Record<string, unknown> }
    | { readonly error: { readonly code: 'INVALID_INPUT' | 'INVALID_FACTS'; readonly message: string } }
  );

/** The input format named by `--input-format`, or guessed from the file name (stdin: JSON Lines when it starts with `{`). */
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
 */
export async function* inputChunks(path: string, stdin: Readable, { option = '--input', stop }: { readonly option?: string; readonly stop?: AbortSignal | undefined } = {}): AsyncGenerator<string> {
  const stream = path === '-' ? stdin : createReadStream(path);
  stream.setEncoding('utf8');
  const close = (): void => {
    stream.destroy();
  };
  stop?.addEventListener('abort', close, { once: true });
  try {
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
        yield { line: record.line, error: { code: 'INVALID_INPUT', message: `line ${record.line}: ${record.error}` } };
        continue;
      }
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
      if (unknown !== undefined) yield { line: record.line, ...carry, error: { code: 'INVALID_FACTS', message: `line ${record.line}: ${unknownFieldText(`${unknown}:`, unknown, this.shape)}; ${HOW_TO_CARRY}` } };
      else yield { line: record.line, ...carry, facts };
    }
  }

  /** What each header column is: a fact, the id, a kept column, or dropped. */
  private headerRoles(header: readonly string[]): ('fact' | 'id' | 'keep' | 'drop')[] {
    const { id, keep, ignoreUnknown } = this.carry;
    const known = new Set(this.shape.fields);
    for (const name of [...(id === undefined ? [] : [id]), ...keep]) {
      if (!header.includes(name)) {
        throw new UsageError(
          `The input has no column ${JSON.stringify(name)} (named by ${name === id ? '--id' : '--keep'}); its columns are ${header.join(', ')}.`,
          `输入中没有 ${name === id ? '--id' : '--keep'} 指定的列 ${JSON.stringify(name)}；现有的列：${header.join('、')}。`,
        );
      }
    }
    return header.map((column) => {
      if (column === id) return 'id';
      if (keep.includes(column)) return 'keep';
      if (known.has(column)) return 'fact';
      if (!ignoreUnknown) {
        throw new UsageError(
          `The input's column ${unknownFieldText(JSON.stringify(column), column, this.shape)}; ${HOW_TO_CARRY}.`,
          `输入中的列 ${JSON.stringify(column)} 不是可以填写的项目；要原样带到输出中，用 --keep ${column}，要忽略它，用 --ignore-unknown-columns。`,
        );
      }
      this.ignored.add(column);
      return 'drop';
    });
  }

  private async *csvRecords(chunks: AsyncIterable<string>): AsyncGenerator<BatchRecord> {
    let header: readonly string[] | undefined;
    let roles: readonly ('fact' | 'id' | 'keep' | 'drop')[] = [];
    for await (const row of csvRows(chunks)) {
      if ('error' in row) {
        yield { line: row.line, error: { code: 'INVALID_INPUT', message: `line ${row.line}: ${row.error}` } };
      } else if (!header) {
        header = row.cells.map((c) => c.trim());
        roles = this.headerRoles(header);
      } else if (row.cells.length !== header.length) {
        const message = `line ${row.line}: has ${row.cells.length} cells, but the header row names ${header.length} columns (${header.join(', ')})`;
        yield { line: row.line, error: { code: 'INVALID_INPUT', message } };
      } else {
        yield this.csvRecord(row.line, header, roles, row.cells);
      }
    }
  }

  /** The facts of one CSV row: an empty cell leaves its fact out. */
  private csvRecord(line: number, header: readonly string[], roles: readonly string[], cells: readonly string[]): BatchRecord {
    const facts: Record<string, unknown> = {};
    const keep: Record<string, unknown> = {};
    let id: unknown;
    try {
      header.forEach((column, i) => {
        const cell = cells[i] ?? '';
        if (roles[i] === 'id') id = cell;
        else if (roles[i] === 'keep') keep[column] = cell;
        else if (roles[i] === 'fact' && cell !== '') facts[column] = this.shape.cellValue(column, cell, `line ${line}`);
      });
    } catch (error) {
      return { line, ...this.carried(id, keep), error: { code: 'INVALID_INPUT', message: `line ${line}: ${error instanceof Error ? error.message : String(error)}` } };
    }
    return { line, ...this.carried(id, keep), facts };
  }

  private carried(id: unknown, keep: Record<string, unknown>): Carried {
    return { ...(this.carry.id === undefined ? {} : { id }), ...(this.carry.keep.length === 0 ? {} : { keep }) };
  }
}
