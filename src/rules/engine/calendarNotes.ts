import { listOf } from '../text/listOf.js';
import type { Calendar } from '../../calendar/types.js';
import type { AverageResult, DeadlineResult, ProvisionalCalendarWarning } from '../schema/results.js';

const NO_YEARS: readonly number[] = Object.freeze([]);

/**
 * Whether results on `calendar` can carry notes at all: it projects unpublished years or answers as known on a day.
 * False for the default calendar, so evaluators skip the notes with two property reads.
 *
 * @param calendar - The calendar of an evaluation.
 * @returns Whether {@link withCalendarNotes} can add anything.
 *
 * @example
 * ```ts
 * hasCalendarNotes(defaultCalendar); //=> false
 * ```
 */
export function hasCalendarNotes(calendar: Calendar): boolean {
  return calendar.unpublishedYears === 'provisional' || calendar.asKnownOn !== undefined;
}

/**
 * The projected years that decided any day d with `after < d ≤ until`; empty at once, without a lookup, for a
 * calendar that projects nothing (the default).
 *
 * @param calendar - The calendar the answer came from.
 * @param after - Excluded, `'YYYY-MM-DD'`.
 * @param until - Included, `'YYYY-MM-DD'`.
 * @returns The years, ascending.
 *
 * @example
 * ```ts
 * projectedYearsOf(createCalendar({ unpublishedYears: 'provisional' }), '2026-12-28', '2027-01-05'); //=> [2027]
 * ```
 */
export function projectedYearsOf(calendar: Calendar, after: string, until: string): readonly number[] {
  return calendar.unpublishedYears === 'provisional' ? calendar.provisionalYearsBetween(after, until) : NO_YEARS;
}

/** The warnings of each distinct list of projected years (subsets of the projectable years, few in practice), built once and shared. */
const warningsByYears = new Map<string, readonly ProvisionalCalendarWarning[]>();

function provisionalWarnings(years: readonly number[]): readonly ProvisionalCalendarWarning[] {
  const key = years.join();
  let warnings = warningsByYears.get(key);
  if (!warnings) {
    const message = `The calendar has no published holiday schedule for ${listOf(years.map(String), 'en')}: ${years.length === 1 ? 'its days are' : 'their days are'} projected from the statutory holidays (全国年节及纪念日放假办法) and may differ from the official notice.`;
    warnings = Object.freeze([Object.freeze({ code: 'PROVISIONAL_CALENDAR', years: Object.freeze([...years]), message } as const)]);
    warningsByYears.set(key, warnings);
  }
  return warnings;
}

/**
 * `result` with what its calendar adds: `provisional: true` and a `'PROVISIONAL_CALENDAR'` warning when projected days
 * decided it, and the calendar's `asKnownOn` when it has one; `trace` stays last. Without either it is `result` itself.
 *
 * @param result - A result whose answer consulted the calendar's days.
 * @param calendar - That calendar.
 * @param years - The projected years the answer depends on, ascending (from {@link projectedYearsOf}).
 * @returns The result with the notes.
 *
 * @example
 * ```ts
 * withCalendarNotes(result, createCalendar({ asKnownOn: '2020-01-20' }), []).asKnownOn; //=> '2020-01-20'
 * ```
 */
export function withCalendarNotes<R extends DeadlineResult | AverageResult>(result: R, calendar: Calendar, years: readonly number[]): R {
  const { asKnownOn } = calendar;
  if (years.length === 0 && asKnownOn === undefined) return result;
  // Copied key by key (object rest and spread are far slower here), so that `trace` stays last.
  const noted: Record<string, unknown> = {};
  for (const key in result) if (key !== 'trace') noted[key] = result[key];
  if (years.length > 0) {
    noted['provisional'] = true;
    // A deadline's own warnings (a pause after the due date) come first.
    noted['warnings'] = result.warnings ? Object.freeze([...result.warnings, ...provisionalWarnings(years)]) : provisionalWarnings(years);
  }
  if (asKnownOn !== undefined) noted['asKnownOn'] = asKnownOn;
  noted['trace'] = result.trace;
  return noted as R;
}
