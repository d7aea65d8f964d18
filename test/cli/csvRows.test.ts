import { describe, expect, it } from 'vitest';
import { csvRows } from '../../src/cli/csvRows.js';
import { asyncOf } from '../fixtures/asyncOf.js';

/** The rows of `text` read in chunks of `size` characters (1 splits every quote and line end). */
async function rowsOf(text: string, size = text.length || 1): Promise<unknown[]> {
  function* pieces(): Generator<string> {
    for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
  }
  const chunks = (): AsyncIterable<string> => asyncOf(pieces());
  const rows: unknown[] = [];
  for await (const row of csvRows(chunks())) rows.push(row);
  return rows;
}

const TEXT = '\uFEFFa,b\r\n"x, ""quoted""",\r\n\r\n"two\nlines",end\nlast,row';
const ROWS = [
  { line: 1, cells: ['a', 'b'] },
  { line: 2, cells: ['x, "quoted"', ''] },
  { line: 4, cells: ['two\nlines', 'end'] },
  { line: 6, cells: ['last', 'row'] },
];

describe('csvRows', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, skips blank lines and a leading BOM, and numbers each row by its first line', async () => {
    expect(await rowsOf(TEXT)).toEqual(ROWS);
  });

  it('reads the same rows whatever the chunk boundaries', async () => {
    for (const size of [1, 2, 3, 7]) expect(await rowsOf(TEXT, size)).toEqual(ROWS);
  });

  it('keeps a quote inside an unquoted field, and a carriage return inside a quoted one', async () => {
    expect(await rowsOf('say "hi",x\n"a\rb",y\n')).toEqual([
      { line: 1, cells: ['say "hi"', 'x'] },
      { line: 2, cells: ['a\rb', 'y'] },
    ]);
  });

  it('reads a row of empty cells, but not an empty line', async () => {
    expect(await rowsOf(',\n\n,,\r\n')).toEqual([
      { line: 1, cells: ['', ''] },
      { line: 3, cells: ['', '', ''] },
    ]);
  });

  it('reports a quote still open at the end of the input, at the line its row starts on', async () => {
    expect(await rowsOf('a\n"open,\nstill open')).toEqual([
      { line: 1, cells: ['a'] },
      { line: 2, error: { en: 'a quoted field is not closed before the end of the input', zh: '带引号的单元格直到输入结束都没有闭合的引号' } },
    ]);
  });

  it('reads a last row that ends in a quoted field without a line break', async () => {
    expect(await rowsOf('a,"b"')).toEqual([{ line: 1, cells: ['a', 'b'] }]);
  });
});
