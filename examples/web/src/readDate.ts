// What a date field holds, for the library: the one place where the page reads a typed date.

/**
 * The date a field's text stands for, as the library takes it. Today: the text, trimmed (the native date picker
 * writes `'YYYY-MM-DD'`, and the library judges anything else and says what is valid). When the library exports its
 * lenient reader `parseDate` (2021/9/29, 2021年9月29日, full-width digits…), this becomes
 * `try { return parseDate(text); } catch { return text.trim(); }`, so that its error is still shown next to the field.
 *
 * @example
 * readDate(' 2021-09-29 '); //=> '2021-09-29'
 */
export function readDate(text: string): string {
  return text.trim();
}
