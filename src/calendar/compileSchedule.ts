import { parseIsoDay } from '../_internal/dayNumber.js';
import type { HolidayKey } from './holidayKeys.js';
import type { ScheduleYear } from './scheduleSchema.js';

/** One holiday arrangement with its dates as day numbers (days since 1970-01-01). */
export interface CompiledArrangement {
  /** The primary key first, then any merged holidays. */
  readonly keys: readonly HolidayKey[];
  /** Rest ranges as `[from, to]` day numbers, both inclusive. */
  readonly rest: readonly (readonly [number, number])[];
  readonly makeup: readonly number[];
  /**
   * Whether the notice joins the rest days to the weekend beside them, so that the break takes in that weekend:
   * 「与周末连休」, or a 「补休」 weekday given for a holiday that falls on the weekend (2015 清明节: 「4月5日放假，4月6日
   * （星期一）补休」 rests Saturday 04-04 too). The arrangement's `joinsWeekend`, or else read from its `quote`; without
   * either, `false`.
   */
  readonly joinsWeekend: boolean;
}

/** A notice in the compact form the calendar index is built from. */
export interface CompiledNotice {
  /** The schedule year the notice belongs to. */
  readonly year: number;
  readonly kind: 'schedule' | 'amendment';
  readonly issuer: string;
  readonly title: string;
  readonly docNo: string;
  readonly publishedOn: string;
  readonly url: string;
  readonly holidays: readonly CompiledArrangement[];
}

/** The words by which a notice joins a holiday's rest days to the weekend beside them. */
const JOINS_WEEKEND = /与周末连休|补休/;

/**
 * Turns a validated schedule year into compact notices: day numbers instead of strings, quotes dropped
 * (they stay in the seeds, for review, and do not ship in the runtime table); what a quote says about the
 * weekend beside the rest days is kept as `joinsWeekend`.
 *
 * @internal
 */
export function compileSchedule(schedule: ScheduleYear): CompiledNotice[] {
  return schedule.notices.map((notice) => ({
    year: schedule.year,
    kind: notice.kind,
    issuer: notice.issuer,
    title: notice.title,
    docNo: notice.docNo,
    publishedOn: notice.publishedOn,
    url: notice.url,
    holidays: notice.holidays.map((h) => ({
      keys: [h.key, ...(h.alsoKeys ?? [])],
      rest: h.rest.map((r) => [parseIsoDay(r.from), parseIsoDay(r.to)] as const),
      makeup: h.makeup.map(parseIsoDay),
      joinsWeekend: h.joinsWeekend ?? JOINS_WEEKEND.test(h.quote ?? ''),
    })),
  }));
}
