import type { HolidayKey } from '../holidayKeys.js';
import type { DayKind } from '../types.js';

/**
 * One row of the day table ({@link toDayTable}): one covered day, flat, with the column names of the SQL table
 * `yingshang_days`, so that CSV, JSON lines and SQL carry the same fields in the same order.
 */
export interface DayTableRow {
  /** `'YYYY-MM-DD'`. */
  readonly day: string;
  /** 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  readonly is_working_day: boolean;
  readonly kind: DayKind;
  /** The holiday the day belongs to (a rest day of its break or a make-up working day), `null` when none. */
  readonly holiday_key: HolidayKey | null;
  /** Whether the day is a statutory holiday (法定节假日) of 《全国年节及纪念日放假办法》 in force that year. */
  readonly statutory: boolean;
  /**
   * Working days from the table's first day up to and including this day: the working days in (a, b] number
   * `seq(b) − seq(a)`, and the n-th working day after `d` is the working day whose sequence is `seq(d) + n`.
   */
  readonly working_day_seq: number;
  /** Whether the day comes from a projection (`unpublishedYears: 'provisional'`) rather than a notice. */
  readonly provisional: boolean;
  /** Document number of the notice that made the day differ from the Monday–Friday default, `null` when none. */
  readonly notice_doc_no: string | null;
  /**
   * Whether the next year's notice, not in the calendar, may still change the day: 26–31 December of the last year
   * with a notice (see `Calendar.nextNotice`).
   */
  readonly may_change_with_next_notice: boolean;
}

/**
 * The columns of the day table in order: the fields of a {@link DayTableRow}, the CSV header and the SQL columns.
 *
 * @example
 * ```ts
 * DAY_TABLE_COLUMNS.join(','); //=> 'day,weekday,is_working_day,kind,holiday_key,statutory,working_day_seq,provisional,notice_doc_no,may_change_with_next_notice'
 * ```
 */
export const DAY_TABLE_COLUMNS = /* @__PURE__ */ Object.freeze([
  'day',
  'weekday',
  'is_working_day',
  'kind',
  'holiday_key',
  'statutory',
  'working_day_seq',
  'provisional',
  'notice_doc_no',
  'may_change_with_next_notice',
] as const satisfies readonly (keyof DayTableRow)[]);
