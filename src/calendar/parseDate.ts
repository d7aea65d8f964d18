import { formatIsoDay } from '../_internal/dayNumber.js';
import { describeValue } from '../_internal/describeValue.js';
import { isoOfDateInput } from '../_internal/isoOfDateInput.js';
import { readOptions } from '../_internal/readOptions.js';
import { InvalidDateError } from '../errors/calendarErrors.js';
import { invalidDateError } from './calendarMessages.js';

/** Options of {@link parseDate}. */
export interface ParseDateOptions {
  /**
   * Read a number (or a text of digits that is not eight long) as an Excel serial day number in the 1900 date system
   * (`44467` → `'2021-09-28'`; a fraction, the time of day, is dropped). Off by default: a bare number is ambiguous.
   */
  readonly excelDates?: boolean;
  /** What the value is, for the error message (`'awardNoticeIssuedOn'`); default `'value'`. */
  readonly name?: string;
}

// Excel's day 61 is 1900-03-01: its serials count from 1899-12-30 from there on (day 60 is the 1900-02-29 that never was).
const EXCEL_EPOCH = -25569; // the day number of 1899-12-30 (1970-01-01 is 0)
const FIRST_EXCEL_SERIAL = 61;
const LAST_EXCEL_SERIAL = 2958465; // 9999-12-31

function excelSerialOf(value: unknown): number | undefined {
  const serial = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{1,7}(?:\.\d+)?\s*$/.test(value) ? Number(value) : undefined;
  return serial !== undefined && serial >= FIRST_EXCEL_SERIAL && serial < LAST_EXCEL_SERIAL + 1 ? Math.floor(serial) : undefined;
}

/**
 * Reads a date as people write it into `'YYYY-MM-DD'`: the one reader behind every date the library takes (facts,
 * records, calendar arguments, the CLI, the web page), exported for your own forms. It accepts a real date written
 * year first — `'2021-09-28'`, `'2021-9-28'`, `'2021/9/28'`, `'2021.9.28'`, `'2021年9月28日'`, `'20210928'`, with
 * full-width digits and punctuation (`'２０２１－０９－２８'`) and spaces around — and a `Date`, read as its
 * Asia/Shanghai date. Excel serial day numbers only with `excelDates: true`. Anything else (month-first orders,
 * two-digit years, a day that does not exist) throws.
 *
 * @param value - The date as given.
 * @param options - `excelDates`, `name`.
 * @returns The `'YYYY-MM-DD'` date.
 * @throws {@link InvalidDateError} INVALID_DATE echoing the value and listing the accepted forms.
 *
 * @example
 * ```ts
 * parseDate('2021年9月28日'); //=> '2021-09-28'
 * parseDate(' ２０２１－０９－２８ '); //=> '2021-09-28'
 * parseDate(new Date('2021-09-28T16:30:00Z')); //=> '2021-09-29'
 * parseDate(44467, { excelDates: true }); //=> '2021-09-28'
 * parseDate('9/28/2021'); //=> throws INVALID_DATE
 * ```
 */
export function parseDate(value: unknown, options?: ParseDateOptions): string {
  const read = readOptions(options, { excelDates: { oneOf: [true, false] }, name: { test: (v) => typeof v === 'string' && v !== '', expected: { zh: '非空字符串', en: 'a non-empty string' } } }, '{ excelDates: true }');
  const excelDates = read['excelDates'] === true;
  const name = typeof read['name'] === 'string' ? read['name'] : 'value';
  const iso = isoOfDateInput(value);
  if (iso !== undefined) return iso;
  const serial = excelDates ? excelSerialOf(value) : undefined;
  if (serial !== undefined) return formatIsoDay(EXCEL_EPOCH + serial);
  if (typeof value === 'number' && !excelDates) {
    throw new InvalidDateError(`\`${name}\` is ${describeValue(value)}: a bare number is not read as a date unless Excel serial dates are asked for (excelDates: true, or --excel-dates on the command line).`, {
      argument: name,
      input: describeValue(value),
    });
  }
  throw invalidDateError(value, name);
}
