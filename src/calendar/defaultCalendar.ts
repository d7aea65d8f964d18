import { buildCalendarIndex } from './calendarIndex.js';
import { calendarFromIndex } from './calendarFromIndex.js';
import { OFFICIAL_NOTICES } from './officialNotices.js';
import type { Calendar } from './types.js';

/**
 * The calendar of the official State Council schedules shipped with the library (see `calendarCoverage()`).
 * Frozen; `createCalendar` makes others without touching it. Built straight from the generated table, whose
 * notices are in year order and cover consecutive years (the generator checks both), so it carries none of the
 * code `createCalendar` needs for schedules, `asKnownOn` or projected years.
 *
 * @example
 * ```ts
 * defaultCalendar.isWorkingDay('2021-10-09'); //=> true // a make-up working day
 * defaultCalendar.unpublishedYears; //=> 'error'
 * ```
 */
export const defaultCalendar: Calendar = calendarFromIndex(
  buildCalendarIndex(OFFICIAL_NOTICES, OFFICIAL_NOTICES[0]?.year ?? 0, OFFICIAL_NOTICES[OFFICIAL_NOTICES.length - 1]?.year ?? 0),
);
