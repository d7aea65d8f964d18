import { isPlainRecord } from '../../_internal/isRecord.js';
import { readOptions } from '../../_internal/readOptions.js';
import { defaultCalendar } from '../../calendar/defaultCalendar.js';
import { CALENDAR_OPTION } from '../../calendar/isCalendar.js';
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

const EVALUATE_OPTIONS = {
  calendar: CALENDAR_OPTION,
  trace: { test: (value: unknown) => typeof value === 'boolean', expected: { zh: 'true 或 false', en: 'true or false' } },
} as const;

/**
 * The common case, answered without the generic reader (`evaluate` checks its options on every call): a plain object
 * whose keys are all options with valid values. Anything else goes to `readOptions`, which accepts it or says why not.
 */
function isPlainValidOptions(options: unknown): boolean {
  if (!isPlainRecord(options)) return false;
  for (const key in options) {
    if (key !== 'trace' && key !== 'calendar') return false;
    const value = options[key];
    if (value !== undefined && !EVALUATE_OPTIONS[key].test(value)) return false;
  }
  return true;
}

/**
 * Checks the options of `evaluate`: an object with only `calendar` (a calendar) and `trace` (a boolean).
 *
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT naming the bad option.
 *
 * @internal
 */
export function checkEvaluateOptions(options: unknown): asserts options is EvaluateOptions {
  if (!isPlainValidOptions(options)) readOptions(options, EVALUATE_OPTIONS, '{ trace: false }');
}

/**
 * The calendar of checked options: `options.calendar`, or the built-in one.
 *
 * @example
 * ```ts
 * calendarOf(undefined) === defaultCalendar; //=> true
 * ```
 */
export function calendarOf(options: EvaluateOptions | undefined): Calendar {
  return options?.calendar ?? defaultCalendar;
}

/**
 * Whether checked options ask for a trace (the default).
 *
 * @example
 * ```ts
 * traceOf({ trace: false }); //=> false
 * ```
 */
export function traceOf(options: EvaluateOptions | undefined): boolean {
  return options?.trace ?? true;
}
