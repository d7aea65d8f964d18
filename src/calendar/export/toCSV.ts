import { csvField } from './csvField.js';
import { HOLIDAY_RECORD_FIELDS } from './HolidayRecord.js';
import { toHolidayRecords } from './toHolidayRecords.js';
import type { CalendarOrOptions, ExportRangeOptions } from './types.js';

/**
 * The records of {@link toHolidayRecords} as CSV (RFC 4180): a header row of {@link HOLIDAY_RECORD_FIELDS}, one
 * row per day, CRLF line endings (the last row included), fields quoted only when needed, booleans as
 * `true`/`false`. UTF-8 without a byte-order mark (prepend `'\uFEFF'` for Excel).
 *
 * @param calendarOrOptions - A `Calendar`, the options of `createCalendar`, or `undefined` for `defaultCalendar` ({@link CalendarOrOptions}).
 * @param options - `from` and `to` (default: the calendar's coverage).
 * @returns The CSV text.
 * @throws The errors of {@link toHolidayRecords}.
 * @example
 * ```ts
 * toCSV(undefined, { from: '2021-10-09', to: '2021-10-09' }).split('\r\n')[1];
 * //=> '2021-10-09,makeup_workday,true,6,national_day,国庆节,National Day,2021,false,国办发明电〔2020〕27号,国务院办公厅关于2021年部分节假日安排的通知,2020-11-25,http://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm'
 * ```
 */
export function toCSV(calendarOrOptions?: CalendarOrOptions, options?: ExportRangeOptions): string {
  const rows = toHolidayRecords(calendarOrOptions, options).map((record) => HOLIDAY_RECORD_FIELDS.map((field) => csvField(record[field])).join(','));
  return [HOLIDAY_RECORD_FIELDS.join(','), ...rows].map((row) => `${row}\r\n`).join('');
}
