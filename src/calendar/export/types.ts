import type { Locale } from '../../_internal/locale.js';
import type { Calendar, DateInput } from '../types.js';

/** The calendar an export reads and the days it covers. Both ends default to the calendar's coverage and must lie inside it. */
export interface ExportRangeOptions {
  /** The calendar, e.g. `createCalendar({ asKnownOn: '2020-01-01' })`; default `defaultCalendar`. As in `evaluate`. */
  readonly calendar?: Calendar;
  /** First day, `'YYYY-MM-DD'` or a `Date` read as its Asia/Shanghai date. Default: `calendarCoverage().from`. */
  readonly from?: DateInput;
  /** Last day (included). Default: `calendarCoverage().to`. */
  readonly to?: DateInput;
}

/** Options of `toCSV`. */
export interface CSVOptions extends ExportRangeOptions {
  /** Start with a UTF-8 byte-order mark, for a file people open in Excel or WPS. Default `false`. */
  readonly bom?: boolean;
  /** Prefix a text cell that a spreadsheet would run as a formula with `'`. Default `true`. */
  readonly neutralizeFormulas?: boolean;
}

/** Options of `toICS`. */
export interface ICSOptions extends ExportRangeOptions {
  /** Language of the summaries, descriptions and the feed's name: `'zh'` (default), `'zh-CN'` (the same) or `'en'`. */
  readonly locale?: Locale;
}
