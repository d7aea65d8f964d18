import { describe, expect, it } from 'vitest';
import { jsonlRecords } from '../../src/cli/jsonlRecords.js';
import { asyncOf } from '../fixtures/asyncOf.js';

async function recordsOf(chunks: readonly string[]): Promise<unknown[]> {
  const all = (): AsyncIterable<string> => asyncOf(chunks);
  const records: unknown[] = [];
  for await (const record of jsonlRecords(all())) records.push(record);
  return records;
}

describe('jsonlRecords', () => {
  it('reads one object per line across chunks, LF or CRLF, skipping blank lines, the last line without a break', async () => {
    expect(await recordsOf(['{"a":', '1}\r\n\r\n  \n{"b":2}\n{"c"', ':3}'])).toEqual([
      { line: 1, facts: { a: 1 } },
      { line: 4, facts: { b: 2 } },
      { line: 5, facts: { c: 3 } },
    ]);
  });

  it('reports a line that is not JSON, or JSON that is not an object, with its number', async () => {
    const records = (await recordsOf(['{"a":1\n[1]\nnull\n"x"\n'])) as { line: number; error?: { en: string; zh: string } }[];
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 4]);
    expect(records[0]?.error?.en).toMatch(/^not valid JSON \(/);
    expect(records[0]?.error?.zh).toMatch(/^这一行不是有效的 JSON（/u);
    expect(records.slice(1).map((r) => r.error)).toEqual(Array(3).fill({ en: 'each line must be a JSON object of facts, such as {"start":"2021-09-29"}', zh: '每一行应是一个 JSON 对象，如 {"start":"2021-09-29"}' }));
  });

  it('keeps an own __proto__ key as a key, for the facts schema to reject', async () => {
    const [record] = (await recordsOf(['{"__proto__":{"start":"2021-09-29"}}'])) as { facts: object }[];
    expect(Object.keys(record?.facts ?? {})).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(record?.facts)).toBe(Object.prototype);
  });
});
