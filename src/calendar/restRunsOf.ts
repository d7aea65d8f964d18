import { parseIsoDay } from '../_internal/dayNumber.js';
import type { Calendar, HolidayBlock, NoticeRef } from './types.js';

/** A run of consecutive rest days of a holiday block that one notice set. */
export interface RestRun {
  /** `'YYYY-MM-DD'`, consecutive and ascending. */
  readonly days: readonly string[];
  /** The notice that set them (`getDayInfo(day).source`). */
  readonly notice: NoticeRef;
}

/**
 * The notice that set a day of a block: the day's `source`, which the calendar always has for a day of a block.
 *
 * @param calendar - The calendar the block comes from.
 * @param block - One of `calendar.holidaysOf(year)`.
 * @param day - A rest day or make-up day of `block`, `'YYYY-MM-DD'`.
 * @returns The notice.
 *
 * @example
 * ```ts
 * noticeOfDay(defaultCalendar, springFestival2020, '2020-01-19').docNo; //=> '国办发明电〔2019〕16号'
 * ```
 */
export function noticeOfDay(calendar: Calendar, block: HolidayBlock, day: string): NoticeRef {
  return calendar.getDayInfo(day).source ?? block.notice;
}

/**
 * The rest days of a block cut into runs of consecutive days set by one notice: 2014 清明节 rested on 04-05 and 04-07
 * (two runs); 2020 春节 is 01-24…01-30, set by the 2020 notice of 2019, and 01-31…02-02, set by the extension
 * 国办发明电〔2020〕1号.
 *
 * @param calendar - The calendar the block comes from.
 * @param block - One of `calendar.holidaysOf(year)`.
 * @returns The runs in date order.
 *
 * @example
 * ```ts
 * const springFestival = holidaysOf(2020).find((b) => b.key === 'spring_festival');
 * restRunsOf(defaultCalendar, springFestival).map((r) => [r.days[0], r.notice.docNo]); //=> [['2020-01-24', '国办发明电〔2019〕16号'], ['2020-01-31', '国办发明电〔2020〕1号']]
 * ```
 */
export function restRunsOf(calendar: Calendar, block: HolidayBlock): RestRun[] {
  const runs: { days: string[]; notice: NoticeRef }[] = [];
  let previous = NaN;
  for (const day of block.restDays) {
    const n = parseIsoDay(day);
    const notice = noticeOfDay(calendar, block, day);
    const run = runs.at(-1);
    if (run && n === previous + 1 && run.notice === notice) run.days.push(day);
    else runs.push({ days: [day], notice });
    previous = n;
  }
  return runs;
}
