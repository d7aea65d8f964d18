// What a date field holds, for the library: the one place where the page reads a typed date.
import { parseDate } from 'yingshang/calendar';

/**
 * The date a field's text stands for, `'YYYY-MM-DD'`, read by the library's `parseDate` (2021/9/29, 2021-9-29,
 * 2021年9月29日, 2021.9.29, 20210929, full-width digits, spaces around; the native date picker writes ISO). Text it
 * cannot read is passed on as typed, trimmed, so that `evaluate` rejects it and its message shows next to the field.
 *
 * @example
 * readDate(' 2021年9月29日 '); //=> '2021-09-29'
 * readDate('9/29/2021'); //=> '9/29/2021' (evaluate then says which forms it takes)
 */
export function readDate(text: string): string {
  try {
    return text.trim() === '' ? '' : parseDate(text);
  } catch {
    return text.trim();
  }
}
