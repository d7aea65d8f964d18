import type { BilingualText } from '../_internal/bilingualText.js';
/** One JSON line: its object, or why it is not one. */
export type JsonLine = { readonly line: number; readonly facts: unknown } | { readonly line: number; readonly error: BilingualText };

/**
 * Splits a stream of text chunks into lines (LF or CRLF), with their 1-based line numbers; the last line may lack a newline.
 *
 * @internal
 */
export async function* textLines(chunks: AsyncIterable<string>): AsyncGenerator<{ readonly line: number; readonly text: string }> {
  let pending = '';
  let line = 0;
  for await (const chunk of chunks) {
    pending += chunk;
    let start = 0;
    for (let nl = pending.indexOf('\n', start); nl >= 0; nl = pending.indexOf('\n', start)) {
      const end = nl > start && pending.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      yield { line: ++line, text: pending.slice(start, end) };
      start = nl + 1;
    }
    pending = pending.slice(start);
  }
  if (pending.length > 0) yield { line: ++line, text: pending };
}

/**
 * Reads JSON Lines: one facts object per non-blank line; a line that is not a JSON object is an error record.
 *
 * @internal
 */
export async function* jsonlRecords(chunks: AsyncIterable<string>): AsyncGenerator<JsonLine> {
  for await (const { line, text } of textLines(chunks)) {
    if (text.trim() === '') continue;
    let facts: unknown;
    try {
      facts = JSON.parse(text);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      yield { line, error: { en: `not valid JSON (${detail})`, zh: `这一行不是有效的 JSON（请检查引号、逗号和括号是否成对；解析器的提示：${detail}）` } };
      continue;
    }
    if (typeof facts === 'object' && facts !== null && !Array.isArray(facts)) yield { line, facts };
    else yield { line, error: { en: 'each line must be a JSON object of facts, such as {"start":"2021-09-29"}', zh: '每一行应是一个 JSON 对象，如 {"start":"2021-09-29"}' } };
  }
}
