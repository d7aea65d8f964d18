import { isRecord } from '../_internal/isRecord.js';

const CALENDAR_METHODS = ['addWorkingDays', 'countWorkingDays', 'addCalendarDays', 'getDayInfo', 'holidaysOf', 'calendarCoverage', 'provisionalYearsBetween'] as const;

/**
 * Whether `value` is a calendar (`defaultCalendar` or one from `createCalendar`): an object with the methods and the
 * next notice that the evaluators and exports read. The check of every `options.calendar`.
 *
 * @example
 * ```ts
 * isCalendar(defaultCalendar); //=> true
 * isCalendar({ asKnownOn: '2020-01-01' }); //=> false
 * ```
 */
export function isCalendar(value: unknown): boolean {
  return isRecord(value) && CALENDAR_METHODS.every((m) => typeof value[m] === 'function') && isRecord(value['nextNotice']);
}

/** The option rule of `options.calendar`, for `readOptions`. */
export const CALENDAR_OPTION = { test: isCalendar, expected: { zh: 'createCalendar() 创建的日历', en: 'a calendar from createCalendar()' } } as const;
