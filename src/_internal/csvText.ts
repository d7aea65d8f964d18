/** The UTF-8 byte-order mark, which tells Excel and WPS that a CSV file is UTF-8 (without it, Chinese text is garbled). */
export const UTF8_BOM = '\uFEFF';

/** How a CSV file is written: for people (the default) or for machines. */
export interface CsvWriting {
  /**
   * Prefix a text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return with `'`, so that a spreadsheet
   * shows it instead of running it as a formula (the OWASP rule against CSV injection). Numbers are written as they are.
   * Default `true`; `false` for machines that read the cells back exactly.
   */
  readonly neutralizeFormulas?: boolean;
}

// The first characters that make Excel, WPS and LibreOffice read a cell as a formula (OWASP, "CSV Injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180 §2): quoted, with quotes doubled, when it holds a comma, a quote or a line break; `null` and
 * `undefined` are the empty field. A text that a spreadsheet would run as a formula is prefixed with `'` unless
 * `neutralizeFormulas` is `false`; a number, boolean or bigint is written as it is, an object or array as its JSON text
 * (a JSON Lines column carried into a CSV report), never as `[object Object]`.
 *
 * @param value - The value of a cell.
 * @param writing - `neutralizeFormulas` (default `true`).
 * @returns The field as written between commas.
 * @example
 * ```ts
 * csvField('国庆节, 中秋节'); //=> '"国庆节, 中秋节"'
 * csvField('=HYPERLINK("http://x")'); //=> '"\'=HYPERLINK(""http://x"")"'
 * csvField(-1); //=> '-1'
 * csvField(null); //=> ''
 * csvField({ floor: 3 }); //=> '"{""floor"":3}"'
 * ```
 */
export function csvField(value: unknown, writing: CsvWriting = {}): string {
  if (value === null || value === undefined) return '';
  let text = cellText(value);
  if (typeof value === 'string' && writing.neutralizeFormulas !== false && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A cell's text: a string as it is, a number, boolean or bigint as JavaScript writes it, anything else as JSON. */
function cellText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  // A function or a symbol, which JSON cannot write (never in parsed input), is an empty cell.
  return typeof value === 'function' || typeof value === 'symbol' ? '' : JSON.stringify(value);
}

/**
 * One CSV row: its fields (see {@link csvField}) joined by commas, ended by CRLF.
 *
 * @param values - The cells, in column order.
 * @param writing - `neutralizeFormulas` (default `true`).
 * @returns The row.
 * @example
 * ```ts
 * csvRow(['line', '@SUM(A1)', 3]); //=> "line,'@SUM(A1),3\r\n"
 * ```
 */
export function csvRow(values: readonly unknown[], writing: CsvWriting = {}): string {
  return `${values.map((value) => csvField(value, writing)).join(',')}\r\n`;
}
