import { isoWeekday, parseIsoDay } from '../../_internal/dayNumber.js';
import type { HolidayRecord } from './HolidayRecord.js';
import { listHolidayEvents } from './listHolidayEvents.js';
import type { ExportRangeOptions } from './types.js';

const RANGE_KEYS = ['from', 'to'];

/**
 * Every rest day and make-up working day from `from` to `to`, one {@link HolidayRecord} per day in date order,
 * each with its holiday and the notice that fixed it: the data of {@link toICS} for systems that want rows
 * (`JSON.stringify` it, or see {@link toCSV}). Unlike the iCalendar events, the days are cut to the range.
 *
 * @param options - `calendar` (default `defaultCalendar`), `from` and `to` (default: the calendar's coverage).
 * @returns Frozen records, ascending by date.
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT when `options` is not an object, has an unknown key, `calendar` is not a calendar, or `from` is after `to`.
 * @throws {@link InvalidDateError} INVALID_DATE when `from` or `to` is not a real date.
 * @throws {@link CalendarOutOfRangeError} CALENDAR_OUT_OF_RANGE when `from` or `to` is outside the calendar's coverage.
 * @example
 * ```ts
 * toHolidayRecords({ from: '2021-10-09', to: '2021-10-09' });
 * //=> [{ date: '2021-10-09', kind: 'makeup_workday', isWorkingDay: true, weekday: 6,
 * //=>    holidayKey: 'national_day', name: { zh: '国庆节', en: 'National Day' }, scheduleYear: 2021, provisional: false,
 * //=>    noticeDocNo: '国办发明电〔2020〕27号', noticeTitle: '国务院办公厅关于2021年部分节假日安排的通知',
 * //=>    noticePublishedOn: '2020-11-25', noticeUrl: 'http://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm' }]
 * toHolidayRecords({ from: '2021-10-01', to: '2021-10-09' }).length; //=> 8 // 7 rest days and 1 make-up day
 * ```
 */
export function toHolidayRecords(options?: ExportRangeOptions): readonly HolidayRecord[] {
  const { events, from, to } = listHolidayEvents(options, RANGE_KEYS);
  const records = events.flatMap(({ kind, days, block, notice, scheduleYear, provisional }) =>
    days
      .filter((date) => date >= from && date <= to)
      .map(
        (date): HolidayRecord =>
          Object.freeze({
            date,
            kind,
            isWorkingDay: kind === 'makeup_workday',
            weekday: isoWeekday(parseIsoDay(date)),
            holidayKey: block.key,
            name: block.name,
            scheduleYear,
            provisional,
            noticeDocNo: notice.docNo,
            noticeTitle: notice.title,
            noticePublishedOn: notice.publishedOn,
            noticeUrl: notice.url,
          }),
      ),
  );
  return Object.freeze(records.sort((a, b) => (a.date < b.date ? -1 : 1)));
}
