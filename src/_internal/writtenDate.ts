import { daysInMonth } from './dayNumber.js';
import { halfWidth } from './halfWidth.js';

/** The forms of a written date that every date input accepts, for messages. */
export const ACCEPTED_DATE_FORMS = "'YYYY-MM-DD', 'YYYY-M-D', 'YYYY/M/D', 'YYYY.M.D', 'YYYY年M月D日', 'YYYYMMDD' (full-width digits and spaces around allowed)";

/** {@link ACCEPTED_DATE_FORMS} in Chinese. */
export const ACCEPTED_DATE_FORMS_ZH = "'YYYY-MM-DD'、'YYYY-M-D'、'YYYY/M/D'、'YYYY.M.D'、'YYYY年M月D日'、'YYYYMMDD'（年份在前，可用全角数字，前后可有空格）";

// Year first, always four digits: month-first orders and two-digit years are ambiguous, so they never match.
const WRITTEN = /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})日?|(\d{2})(\d{2}))$/;

/** The parts of a year-first written date, real or not. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * The year, month and day of a date written year first as people write it (see {@link ACCEPTED_DATE_FORMS}), whether
 * or not that day exists; `undefined` for any other text.
 *
 * @param text - The text as given.
 * @returns The parts, or `undefined`.
 *
 * @example
 * ```ts
 * writtenDateParts(' ２０２１年9月28日 '); //=> { year: 2021, month: 9, day: 28 }
 * ```
 */
export function writtenDateParts(text: string): DateParts | undefined {
  const m = WRITTEN.exec(halfWidth(text).trim());
  if (!m) return undefined;
  const [month, day] = m[3] !== undefined ? [m[3], m[4]] : m[5] !== undefined ? [m[5], m[6]] : [m[7], m[8]];
  return { year: Number(m[1]), month: Number(month), day: Number(day) };
}

/**
 * The `'YYYY-MM-DD'` text of a real date written as people write it (`'2021/9/29'`, `'2021年9月28日'`, `'20210928'`,
 * `'２０２１－０９－２８'`, `' 2021-09-28 '`…), or `undefined` for any other text or a day that does not exist. The slow
 * path of every date input: a strict `'YYYY-MM-DD'` is read before this is tried.
 *
 * @param text - The text as given.
 * @returns The date, or `undefined`.
 *
 * @example
 * ```ts
 * isoOfWrittenDate('2021.9.28'); //=> '2021-09-28'
 * isoOfWrittenDate('9/28/2021'); //=> undefined
 * isoOfWrittenDate('2021-02-29'); //=> undefined
 * ```
 */
export function isoOfWrittenDate(text: string): string | undefined {
  const parts = writtenDateParts(text);
  if (!parts || parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > daysInMonth(parts.year, parts.month)) return undefined;
  return `${String(parts.year).padStart(4, '0')}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
}
