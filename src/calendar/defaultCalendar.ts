import { calendarFromNotices } from './calendarFromNotices.js';
import type { Calendar } from './types.js';

/**
 * The calendar of the official State Council schedules shipped with the library (see `calendarCoverage()`).
 * Frozen; `createCalendar` makes others without touching it.
 *
 * @example
 * ```ts
 * defaultCalendar.isWorkingDay('2021-10-09'); //=> true // a make-up working day
 * defaultCalendar.unpublishedYears; //=> 'error'
 * ```
 */
export const defaultCalendar: Calendar = calendarFromNotices([]);
