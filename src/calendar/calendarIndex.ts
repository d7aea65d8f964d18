import { daysFromCivil, isoWeekday } from '../_internal/dayNumber.js';
import type { CompiledNotice } from './compileSchedule.js';
import { HOLIDAY, MAKEUP_WORKDAY, WEEKEND, WORKDAY } from './dayStatus.js';
import { extendToBreaks } from './extendToBreaks.js';
import { resolveHolidayBlocks, type ResolvedBlock } from './resolveHolidayBlocks.js';
import { statutoryDayNumbers } from './statutoryDayNumbers.js';


/** The precomputed tables every calendar answer is read from. */
export interface CalendarIndex {
  /** Day number of the first covered day (1 January of the first schedule year). */
  readonly firstDay: number;
  /** Number of covered days. */
  readonly length: number;
  /** Covered-day index of the 1st of each covered month, plus one entry for the day after the last month. */
  readonly monthStart: Int32Array;
  readonly firstYear: number;
  readonly lastYear: number;
  /** Status code of each covered day. */
  readonly status: Uint8Array;
  /** 1 on the statutory holidays of 《全国年节及纪念日放假办法》 (see `statutoryDayNumbers`), else 0. */
  readonly statutory: Uint8Array;
  /** 1 + the index in `blocks` of the holiday a day belongs to, or 0. */
  readonly blockOf: Uint16Array;
  /** `workBefore[i]` = working days among covered days `0 … i−1` (length + 1 entries). */
  readonly workBefore: Int32Array;
  /** `workAt[r]` = covered-day index of the (r+1)-th working day. */
  readonly workAt: Int32Array;
  /** For a holiday day: index of the first day after its run of consecutive holiday days. */
  readonly afterHolidayRun: Int32Array;
  /** The holiday blocks, `rest` being the whole break and `announced` the notice's own rest days. */
  readonly blocks: readonly ResolvedBlock[];
}

/**
 * Builds the index from compact notices covering whole, consecutive schedule years `firstYear … lastYear`.
 * One pass over the days; nothing is computed per lookup afterwards.
 *
 * @internal
 */
export function buildCalendarIndex(notices: readonly CompiledNotice[], firstYear: number, lastYear: number): CalendarIndex {
  const firstDay = daysFromCivil(firstYear, 1, 1);
  const length = daysFromCivil(lastYear + 1, 1, 1) - firstDay;
  const status = new Uint8Array(length);
  const blockOf = new Uint16Array(length);
  for (let i = 0; i < length; i++) status[i] = isoWeekday(firstDay + i) >= 6 ? WEEKEND : WORKDAY;

  const announced = resolveHolidayBlocks(notices);
  const mark = (day: number, code: number, ref: number): void => {
    const i = day - firstDay;
    if (i >= 0 && i < length) {
      status[i] = code;
      blockOf[i] = ref;
    }
  };
  announced.forEach((block, b) => {
    for (const [from, to] of block.rest) for (let d = from; d <= to; d++) mark(d, HOLIDAY, b + 1);
    for (const d of block.makeup) mark(d, MAKEUP_WORKDAY, b + 1);
  });
  // A break includes the weekend days its notice joins (between its days; beside them when it says 与周末连休 or 补休).
  const blocks = extendToBreaks(announced, status, blockOf, firstDay);

  const statutory = new Uint8Array(length);
  for (let year = firstYear; year <= lastYear; year++) for (const day of statutoryDayNumbers(year) ?? []) statutory[day - firstDay] = 1;

  const workBefore = new Int32Array(length + 1);
  for (let i = 0; i < length; i++) workBefore[i + 1] = (workBefore[i] ?? 0) + ((status[i] ?? 0) & 1);
  const workAt = new Int32Array(workBefore[length] ?? 0);
  for (let i = 0; i < length; i++) if ((status[i] ?? 0) & 1) workAt[workBefore[i] ?? 0] = i;

  const monthStart = new Int32Array((lastYear - firstYear + 1) * 12 + 1);
  for (let k = 0; k < monthStart.length; k++) monthStart[k] = daysFromCivil(firstYear + Math.floor(k / 12), (k % 12) + 1, 1) - firstDay;

  const afterHolidayRun = new Int32Array(length);
  for (let i = length - 1; i >= 0; i--) {
    afterHolidayRun[i] = status[i] === HOLIDAY && i + 1 < length && status[i + 1] === HOLIDAY ? (afterHolidayRun[i + 1] ?? 0) : i + 1;
  }
  return { firstDay, length, monthStart, firstYear, lastYear, status, statutory, blockOf, workBefore, workAt, afterHolidayRun, blocks };
}
