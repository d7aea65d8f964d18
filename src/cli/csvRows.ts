import type { BilingualText } from '../_internal/bilingualText.js';

/** One CSV record with the 1-based line it starts on. */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

const UNQUOTED = 0;
const QUOTED = 1;
/** Inside a quoted field, just after a quote: either an escaped quote (`""`) follows, or the field's quotes ended. */
const QUOTE_IN_QUOTED = 2;

/**
 * Streams RFC 4180 CSV: comma-separated, fields optionally in double quotes (`""` for a quote; commas and line
 * breaks allowed inside), LF or CRLF line ends, a leading BOM ignored, blank lines skipped. An unterminated quote
 * at the end of the input is reported as an error row. Works across chunk boundaries of any size.
 *
 * @internal
 */
export async function* csvRows(chunks: AsyncIterable<string>): AsyncGenerator<CsvRow | { readonly line: number; readonly error: BilingualText }> {
  let cells: string[] = [];
  let field = '';
  let state = UNQUOTED;
  let line = 1;
  let rowLine = 1;
  let started = false;
  let first = true;
  const endField = (): void => {
    cells.push(field.endsWith('\r') && state === UNQUOTED ? field.slice(0, -1) : field);
    field = '';
  };
  for await (const chunk of chunks) {
    const text = first && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
    first = false;
    for (const c of text) {
      if (state === QUOTED) {
        if (c === '"') state = QUOTE_IN_QUOTED;
        else {
          if (c === '\n') line++;
          field += c;
        }
        continue;
      }
      if (state === QUOTE_IN_QUOTED) {
        state = c === '"' ? QUOTED : UNQUOTED;
        if (c === '"') {
          field += '"';
          continue;
        }
      }
      if (c === '"' && field === '') {
        state = QUOTED;
        started = true;
      } else if (c === ',') {
        endField();
        started = true;
      } else if (c === '\n') {
        if (started || field.replace('\r', '') !== '') {
          endField();
          yield { line: rowLine, cells };
        }
        cells = [];
        field = '';
        started = false;
        rowLine = ++line;
      } else {
        field += c;
      }
    }
  }
  if (state === QUOTED) {
    yield { line: rowLine, error: { en: 'a quoted field is not closed before the end of the input', zh: '带引号的单元格直到输入结束都没有闭合的引号' } };
  } else if (started || field.replace('\r', '') !== '') {
    state = UNQUOTED;
    endField();
    yield { line: rowLine, cells };
  }
}
