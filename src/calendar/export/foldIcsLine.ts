/** Longest content line, in octets, without its CRLF (RFC 5545 §3.1). */
const MAX_OCTETS = 75;

/** Octets of a code point in UTF-8. */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line (RFC 5545 §3.1): no line is longer than 75 octets of UTF-8, each continuation starts with
 * one space (which counts towards the 75), and lines break only between characters, never inside a UTF-8
 * sequence or a surrogate pair. Every line, the last included, ends with CRLF.
 *
 * @param line - One unfolded content line, without line break.
 * @returns The folded line, CRLF-terminated.
 * @example
 * ```ts
 * foldIcsLine(`SUMMARY:${'春'.repeat(30)}`).split('\r\n').map((l) => new TextEncoder().encode(l).length); //=> [74, 25, 0]
 * ```
 */
export function foldIcsLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) as number);
    if (octets + size > MAX_OCTETS) {
      out += '\r\n ';
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return `${out}\r\n`;
}
