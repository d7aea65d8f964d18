import { formatIsoDay, parseIsoDay } from '../../_internal/dayNumber.js';
import type { DayInfo } from '../types.js';
import type { DayTableRow } from './DayTableRow.js';
import { readExportOptions } from './readExportOptions.js';
import type { ExportRangeOptions } from './types.js';

const RANGE_KEYS = ['from', 'to'];

/**
 * Every day from `from` to `to` as a row of a calendar dimension table, for databases and data warehouses: the
 * rows of `yingshang_days` (docs/en/sql.md), of `yingshang calendar export` and of the SQL script of
 * `yingshang/sql`. `working_day_seq` counts the working days from `from` up to and including the day, so that
 * working-day arithmetic becomes a join: the working days in (a, b] are `seq(b) − seq(a)`.
 *
 * @param options - `calendar` (default `defaultCalendar`), `from` and `to` (default: the calendar's coverage).
 * @returns Frozen rows, one per day, ascending.
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT when `options` is not an object, has an unknown key, `calendar` is not a calendar, or `from` is after `to`.
 * @throws {@link InvalidDateError} INVALID_DATE when `from` or `to` is not a real date.
 * @throws {@link CalendarOutOfRangeError} CALENDAR_OUT_OF_RANGE when `from` or `to` is outside the calendar's coverage.
 * @example
 * ```ts
 * const rows = toDayTable({ from: '2021-09-30', to: '2021-10-09' });
 * rows.map((r) => r.working_day_seq).join(' '); //=> '1 1 1 1 1 1 1 1 2 3'
 * rows.at(-1)?.kind; //=> 'makeup_workday'
 * rows[1];
 * //=> { day: '2021-10-01', weekday: 5, is_working_day: false, kind: 'holiday', holiday_key: 'national_day', statutory: true,
 * //=>    working_day_seq: 1, provisional: false, notice_doc_no: '国办发明电〔2020〕27号', may_change_with_next_notice: false }
 * ```
 */
export function toDayTable(options?: ExportRangeOptions): readonly DayTableRow[] {
  const { calendar, from, to } = readExportOptions(options, RANGE_KEYS);
  const first = parseIsoDay(from);
  const last = parseIsoDay(to);
  const rows: DayTableRow[] = [];
  let seq = 0;
  for (let n = first; n <= last; n++) {
    const info: DayInfo = calendar.getDayInfo(formatIsoDay(n));
    if (info.isWorkingDay) seq += 1;
    rows.push(
      Object.freeze({
        day: info.date,
        weekday: info.weekday,
        is_working_day: info.isWorkingDay,
        kind: info.kind,
        holiday_key: info.holiday?.key ?? null,
        statutory: info.statutory,
        working_day_seq: seq,
        provisional: info.provisional === true,
        notice_doc_no: info.source?.docNo ?? null,
        may_change_with_next_notice: info.mayChangeWithNextNotice === true,
      }),
    );
  }
  return Object.freeze(rows);
}
