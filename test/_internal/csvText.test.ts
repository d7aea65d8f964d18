import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, csvRow, UTF8_BOM } from '../../src/_internal/csvText.js';
import { csvRows } from '../../src/cli/csvRows.js';
import { asyncOf } from '../fixtures/asyncOf.js';
import { toCSV } from '../../src/calendar/index.js';

async function parsed(text: string): Promise<string[][]> {
  const chunks = (): AsyncIterable<string> => asyncOf([text]);
  const rows: string[][] = [];
  for await (const row of csvRows(chunks())) if ('cells' in row) rows.push([...row.cells]);
  return rows;
}

describe('the CSV writer', () => {
  // OWASP, "CSV Injection": a cell starting with = + - @ tab or carriage return is run as a formula by spreadsheets.
  it.each(['=1+2', '+cmd', '-2+3', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x","y")'])('prefixes %j with an apostrophe', (text) => {
    const field = csvField(text);
    const cell = field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field;
    expect(cell).toBe(`'${text}`);
  });

  it('leaves other text, numbers and booleans as they are, and writes them raw for machines', () => {
    expect(csvField('甲公司')).toBe('甲公司');
    expect(csvField(-1)).toBe('-1');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
    expect(csvField(12n)).toBe('12');
    expect(csvField('=1+2', { neutralizeFormulas: false })).toBe('=1+2');
  });

  it('writes an object or array as its JSON text (a JSON Lines column carried into a report), never as [object Object]', () => {
    expect(csvField({ floor: 3 })).toBe('"{""floor"":3}"');
    expect(csvField(['甲', 1])).toBe('"[""甲"",1]"');
  });

  it('round-trips any text through the CLI’s reader: exactly for machines, with the apostrophe for people (a law)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: fc.constantFrom('a', '甲', ',', '"', '\n', '\r\n', '=', '-', '@', ' ', '\t') }), { minLength: 1, maxLength: 5 }), async (cells) => {
        const row = cells.map((c) => `x${c}`); // a row of empty cells is a blank line, which readers skip
        expect(await parsed(csvRow(row, { neutralizeFormulas: false }))).toEqual([row]);
        const risky = cells.map((c) => `=${c}`);
        expect(await parsed(csvRow(risky))).toEqual([risky.map((c) => `'${c}`)]);
      }),
      { seed: 21, numRuns: 300 },
    );
  });

  it('gives toCSV a BOM only when asked', () => {
    const range = { from: '2021-10-09', to: '2021-10-09' };
    expect(toCSV({ ...range, bom: true })).toBe(`${UTF8_BOM}${toCSV(range)}`);
    expect(toCSV(range).charCodeAt(0)).not.toBe(0xfeff);
  });
});
