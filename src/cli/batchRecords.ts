import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { RuleDefinition } from '../rules/ruleDefinitionSchema.js';
import { csvRows } from './csvRows.js';
import { factsFromCsvRow } from './factsFromCsvRow.js';
import type { InputRecord } from './inputRecord.js';
import { jsonlRecords } from './jsonlRecords.js';
import { UsageError } from './UsageError.js';

/** The formats `yingshang check` reads. */
export type InputFormat = 'jsonl' | 'csv';

/** The input format named by `--input-format`, or guessed from the file name (stdin: JSON Lines when it starts with `{`). */
export function inputFormatOf(path: string, named: string | undefined): InputFormat | undefined {
  if (named !== undefined) {
    if (named === 'jsonl' || named === 'csv') return named;
    throw new UsageError(`--input-format is ${JSON.stringify(named)}; valid values are jsonl and csv.`);
  }
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.(jsonl|ndjson|json)$/i.test(path)) return 'jsonl';
  return undefined;
}

/**
 * The text chunks of `--input` (`-` for stdin), or of the file argument named by `option`. A file that cannot be read (missing, a directory, no permission) is
 * a {@link UsageError} naming the path, as any bad argument is, not a crash.
 */
export async function* inputChunks(path: string, stdin: Readable, option = '--input'): AsyncGenerator<string> {
  const stream = path === '-' ? stdin : createReadStream(path);
  stream.setEncoding('utf8');
  try {
    for await (const chunk of stream as AsyncIterable<string>) yield chunk;
  } catch (error) {
    throw new UsageError(`Cannot read ${option} ${JSON.stringify(path)}: ${error instanceof Error ? error.message : String(error)}.`);
  }
}

async function* csvRecords(rule: RuleDefinition, chunks: AsyncIterable<string>): AsyncGenerator<InputRecord> {
  let header: readonly string[] | undefined;
  for await (const row of csvRows(chunks)) {
    if ('error' in row) {
      yield row;
    } else if (!header) {
      header = row.cells.map((c) => c.trim());
    } else if (row.cells.length !== header.length) {
      yield { line: row.line, error: `has ${row.cells.length} cells, but the header row names ${header.length} columns (${header.join(', ')})` };
    } else {
      try {
        yield { line: row.line, facts: factsFromCsvRow(rule, header, row.cells, `line ${row.line}`) };
      } catch (error) {
        yield { line: row.line, error: error instanceof Error ? error.message : String(error) };
      }
    }
  }
}

/**
 * The records of a batch input, in order, each with its line number; unreadable rows are error records.
 * Without a named format, the first chunk decides: JSON Lines when it starts with `{`, CSV otherwise.
 */
export async function* batchRecords(rule: RuleDefinition, chunks: AsyncIterable<string>, format: InputFormat | undefined): AsyncGenerator<InputRecord> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  async function* all(): AsyncGenerator<string> {
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  const detected = format ?? (first.value.trimStart().startsWith('{') ? 'jsonl' : 'csv');
  yield* detected === 'csv' ? csvRecords(rule, all()) : jsonlRecords(all());
}
