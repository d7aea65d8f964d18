import { describeValue } from '../../_internal/describeValue.js';
import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
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

/**
 * Checks the options of `evaluate`: an object with only `calendar` (a calendar) and `trace` (a boolean).
 *
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT naming the bad option.
 */
export function checkEvaluateOptions(options: unknown): asserts options is EvaluateOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError(`\`options\` must be an object such as { trace: false }, got ${describeValue(options)}.`, { argument: 'options' });
  }
  for (const key in options) {
    if (key !== 'calendar' && key !== 'trace') {
      throw new InvalidArgumentError(`Unknown option \`${key}\`; valid options: calendar, trace.`, { argument: 'options' });
    }
  }
  const { calendar, trace } = options as { readonly calendar?: unknown; readonly trace?: unknown };
  if (calendar !== undefined && (typeof calendar !== 'object' || calendar === null || CALENDAR_METHODS.some((m) => typeof (calendar as Record<string, unknown>)[m] !== 'function'))) {
    throw new InvalidArgumentError(`\`options.calendar\` must be a calendar from createCalendar(), got ${describeValue(calendar)}.`, { argument: 'options.calendar' });
  }
  if (trace !== undefined && typeof trace !== 'boolean') {
    throw new InvalidArgumentError(`\`options.trace\` must be true or false, got ${describeValue(trace)}.`, { argument: 'options.trace' });
  }
}

