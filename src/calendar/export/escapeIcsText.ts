/** Control characters that RFC 5545 forbids in a TEXT value (everything below U+0020 but HTAB, and DEL); line breaks are escaped before this runs. */
// eslint-disable-next-line no-control-regex -- the pattern names the control characters it removes
const FORBIDDEN = /[\u0000-\u0008\u000A-\u001F\u007F]/g;

/**
 * Escapes a TEXT property value (RFC 5545 §3.3.11): backslash, semicolon and comma get a backslash, every line
 * break (CRLF, LF or CR) becomes `\n`, and the control characters a TEXT value may not hold are dropped.
 *
 * @param text - The value as people read it.
 * @returns The value as written in a content line (before folding).
 * @example
 * ```ts
 * escapeIcsText('a, b; c\\d\ne'); //=> 'a\\, b\\; c\\\\d\\ne'
 * ```
 */
export function escapeIcsText(text: string): string {
  return text
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(FORBIDDEN, '');
}
