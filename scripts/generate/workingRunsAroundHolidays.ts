import { formatIsoDay } from '../../src/_internal/dayNumber.js';
import type { CalendarIndex } from '../../src/calendar/calendarIndex.js';

/** A run of consecutive working days that touches a holiday block. */
export interface WorkingRun {
  readonly holiday: string;
  readonly side: 'before' | 'after';
  readonly from: string;
  readonly to: string;
  readonly days: number;
}

/**
 * The runs of more than `limit` consecutive working days right before or after a holiday block of the years from
 * `fromYear` on: what 《全国年节及纪念日放假办法》 第七条 (2024) says should not happen "除个别特殊情形外".
 */
export function workingRunsAroundHolidays(index: CalendarIndex, fromYear: number, limit = 6): WorkingRun[] {
  const working = (i: number): boolean => i >= 0 && i < index.length && ((index.status[i] ?? 0) & 1) === 1;
  const runs: WorkingRun[] = [];
  for (const block of index.blocks.filter((b) => b.year >= fromYear)) {
    const first = (block.rest[0]?.[0] ?? 0) - index.firstDay;
    const last = (block.rest[block.rest.length - 1]?.[1] ?? 0) - index.firstDay;
    let start = first;
    while (working(start - 1)) start--;
    let end = last;
    while (working(end + 1)) end++;
    const name = `${block.year} ${block.keys.join('+')}`;
    if (first - start > limit) runs.push({ holiday: name, side: 'before', from: formatIsoDay(index.firstDay + start), to: formatIsoDay(index.firstDay + first - 1), days: first - start });
    if (end - last > limit) runs.push({ holiday: name, side: 'after', from: formatIsoDay(index.firstDay + last + 1), to: formatIsoDay(index.firstDay + end), days: end - last });
  }
  return runs;
}
