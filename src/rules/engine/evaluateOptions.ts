import { isRecord } from '../../_internal/isRecord.js';
import { readOptions } from '../../_internal/readOptions.js';
import type { Calendar } from '../../calendar/types.js';

/** Options of `evaluate`. */
export interface EvaluateOptions {
  /**
   * The working-day calendar, e.g. one from `createCalendar` with a year added; default the built-in calendar. With
   * `unpublishedYears: 'provisional'`, a result that projected days decided is `provisional` with a warning naming
   * the years; with `asKnownOn`, results that consulted the calendar record it.
   */
  readonly calendar?: Calendar;
  /** Record the computation in `trace` (default `true`). With `false` the result's `trace` is empty and evaluation is faster. */
  readonly trace?: boolean;
}

const CALENDAR_METHODS = ['addWorkingDays', 'countWorkingDays', 'addCalendarDays', 'getDayInfo', 'holidaysOf', 'calendarCoverage', 'provisionalYearsBetween'] as const;

/** A calendar from `createCalendar` (or the built-in one): an object with the methods and the next notice evaluation reads. */
function isCalendar(value: unknown): boolean {
  return isRecord(value) && CALENDAR_METHODS.every((m) => typeof value[m] === 'function') && isRecord(value['nextNotice']);
}

const EVALUATE_OPTIONS = {
  calendar: { test: isCalendar, expected: 'a calendar from createCalendar()' },
  trace: { test: (value: unknown) => typeof value === 'boolean', expected: 'true or false' },
} as const;

/**
 * Checks the options of `evaluate`: an object with only `calendar` (a calendar) and `trace` (a boolean).
 *
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT naming the bad option.
 */
export function checkEvaluateOptions(options: unknown): asserts options is EvaluateOptions {
  readOptions(options, EVALUATE_OPTIONS, '{ trace: false }');
}
