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

/**
 * Turns a validated schedule year into compact notices: day numbers instead of strings, quotes dropped
 * (they stay in the seeds, for review, and do not ship in the runtime table).
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
    })),
  }));
}
