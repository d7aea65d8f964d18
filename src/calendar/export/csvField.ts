/**
 * A CSV field (RFC 4180 §2): quoted, with quotes doubled, when it holds a comma, a quote or a line break; `null` is
 * the empty field.
 *
 * @param value - The value of a cell.
 * @returns The field as written between commas.
 * @example
 * ```ts
 * csvField('国庆节, 中秋节'); //=> '"国庆节, 中秋节"'
 * csvField(null); //=> ''
 * ```
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
