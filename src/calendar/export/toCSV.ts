import { csvRow, UTF8_BOM } from '../../_internal/csvText.js';
import { readOptions } from '../../_internal/readOptions.js';
import { HOLIDAY_RECORD_FIELDS, type HolidayRecord } from './HolidayRecord.js';
import { toHolidayRecords } from './toHolidayRecords.js';
import type { CSVOptions } from './types.js';

const BOOLEAN = { oneOf: [true, false] };

/** The value of a column of {@link HOLIDAY_RECORD_FIELDS} in a record: `name.zh` and `name.en` read the name. */
function cellOf(record: HolidayRecord, field: (typeof HOLIDAY_RECORD_FIELDS)[number]): HolidayRecord[Exclude<keyof HolidayRecord, 'name'>] {
  return field === 'name.zh' ? record.name.zh : field === 'name.en' ? record.name.en : record[field];
}

/**
 * The records of {@link toHolidayRecords} as CSV (RFC 4180): a header row of {@link HOLIDAY_RECORD_FIELDS}, one
 * row per day, CRLF line endings (the last row included), fields quoted only when needed, booleans as
 * `true`/`false`. UTF-8; with `bom: true` it starts with a byte-order mark, which a file for people opened in Excel or
 * WPS needs to show Chinese text right. A text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is
 * prefixed with `'` so that no spreadsheet runs it as a formula (`neutralizeFormulas: false` turns that off).
 *
 * @param options - `calendar` (default `defaultCalendar`), `from` and `to` (default: the calendar's coverage), `bom` (default `false`), `neutralizeFormulas` (default `true`).
 * @returns The CSV text.
 * @throws The errors of {@link toHolidayRecords}.
 * @example
 * ```ts
 * toCSV({ from: '2021-10-09', to: '2021-10-09' }).split('\r\n')[1];
 * //=> '2021-10-09,makeup_workday,true,6,national_day,国庆节,National Day,2021,false,国办发明电〔2020〕27号,国务院办公厅关于2021年部分节假日安排的通知,2020-11-25,http://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm'
 * toCSV({ from: '2021-10-09', to: '2021-10-09', bom: true }).startsWith('\uFEFFdate,'); //=> true
 * ```
 */
export function toCSV(options?: CSVOptions): string {
  readOptions(options, { calendar: null, from: null, to: null, bom: BOOLEAN, neutralizeFormulas: BOOLEAN }, "{ from: '2021-01-01', to: '2021-12-31' }");
  // The calendar and the range are checked by toHolidayRecords, with the messages of every export.
  const { bom = false, neutralizeFormulas = true, ...range } = options ?? {};
  const rows = toHolidayRecords(range).map((record) => csvRow(HOLIDAY_RECORD_FIELDS.map((field) => cellOf(record, field)), { neutralizeFormulas }));
  return `${bom ? UTF8_BOM : ''}${csvRow(HOLIDAY_RECORD_FIELDS, { neutralizeFormulas })}${rows.join('')}`;
}
