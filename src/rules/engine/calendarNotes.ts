import { formatIsoDay, parseIsoDay } from '../../_internal/dayNumber.js';
import { listOf } from '../text/listOf.js';
import type { Calendar } from '../../calendar/types.js';
import type { CalendarNotes, NextNoticeWarning, ProvisionalCalendarWarning, RuleWarning } from '../schema/calendarNotesSchema.js';

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
  if (calendar.unpublishedYears !== 'provisional') return NO_YEARS;
  // An answer may start before the data (its first day is never projected) or end after it (a lower bound).
  const { from, to } = calendar.calendarCoverage();
  // A span wholly outside the data (a case a pause holds whole, say) read no day.
  if (until <= from || after >= to) return NO_YEARS;
  return calendar.provisionalYearsBetween(after < from ? from : after, until > to ? to : until);
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

/** The next-notice warnings of each distinct list of days, built once and shared. */
const nextNoticeWarningsByDays = new Map<string, readonly NextNoticeWarning[]>();

/**
 * The days d with `after < d ≤ until`, outside `paused`, that the calendar's next notice may still change (26–31
 * December of its last year with a notice), added to `into`; found with one string comparison for an answer that ends
 * before 26 December.
 *
 * @param calendar - The calendar the answer came from.
 * @param after - Excluded, `'YYYY-MM-DD'`.
 * @param until - Included, `'YYYY-MM-DD'`.
 * @param paused - Day-number ranges the answer skips whatever their status (a deadline's pauses).
 * @param into - The set the days are added to.
 *
 * @example
 * ```ts
 * const days = new Set<string>();
 * addNextNoticeDays(defaultCalendar, '2026-12-28', '2027-01-04', [], days);
 * [...days]; //=> ['2026-12-29', '2026-12-30', '2026-12-31']
 * ```
 */
export function addNextNoticeDays(
  calendar: Calendar,
  after: string,
  until: string,
  paused: readonly { readonly from: number; readonly to: number }[],
  into: Set<string>,
): void {
  const { mayChangeFrom, mayChangeTo } = calendar.nextNotice;
  if (until < mayChangeFrom || after >= mayChangeTo) return;
  const last = parseIsoDay(until < mayChangeTo ? until : mayChangeTo);
  for (let day = Math.max(parseIsoDay(after) + 1, parseIsoDay(mayChangeFrom)); day <= last; day++) {
    if (!paused.some((p) => p.from <= day && day <= p.to)) into.add(formatIsoDay(day));
  }
}

/**
 * The `'MAY_CHANGE_WITH_NEXT_NOTICE'` warning for the days d with `after < d ≤ until`, outside `paused`, that the
 * calendar's next notice may still change (see {@link addNextNoticeDays}); `undefined` when there are none.
 *
 * @param calendar - The calendar the answer came from.
 * @param after - Excluded, `'YYYY-MM-DD'`.
 * @param until - Included, `'YYYY-MM-DD'`.
 * @param paused - Day-number ranges the answer skips whatever their status.
 * @returns One warning, or `undefined`.
 *
 * @example
 * ```ts
 * nextNoticeWarnings(defaultCalendar, '2026-12-23', '2026-12-30', [])?.[0]?.days; //=> ['2026-12-26', '2026-12-27', '2026-12-28', '2026-12-29', '2026-12-30']
 * nextNoticeWarnings(defaultCalendar, '2026-12-01', '2026-12-08', []); //=> undefined
 * ```
 */
export function nextNoticeWarnings(
  calendar: Calendar,
  after: string,
  until: string,
  paused: readonly { readonly from: number; readonly to: number }[],
): readonly NextNoticeWarning[] | undefined {
  if (until < calendar.nextNotice.mayChangeFrom) return undefined;
  const days = new Set<string>();
  addNextNoticeDays(calendar, after, until, paused, days);
  return nextNoticeWarningOf(calendar, days);
}

/**
 * The `'MAY_CHANGE_WITH_NEXT_NOTICE'` warning for `days` (from {@link addNextNoticeDays}), shared between results with
 * the same days; `undefined` for none.
 *
 * @param calendar - The calendar the answer came from.
 * @param days - `'YYYY-MM-DD'` days the answer read that the next notice may change.
 * @returns One warning, or `undefined`.
 *
 * @example
 * ```ts
 * nextNoticeWarningOf(defaultCalendar, new Set(['2026-12-31']))?.[0]?.year; //=> 2027
 * ```
 */
export function nextNoticeWarningOf(calendar: Calendar, days: ReadonlySet<string>): readonly NextNoticeWarning[] | undefined {
  if (days.size === 0) return undefined;
  const sorted = [...days].sort();
  const { year } = calendar.nextNotice;
  const key = `${year}:${sorted.join()}`;
  let warnings = nextNoticeWarningsByDays.get(key);
  if (!warnings) {
    const message = `The calendar does not have the ${year} holiday notice yet: it may still make ${listOf(sorted, 'en')} a working day or a rest day (the notices of 2006, 2007, 2008, 2012 and 2019 each changed days at the end of the year before), so this answer may change.`;
    warnings = Object.freeze([Object.freeze({ code: 'MAY_CHANGE_WITH_NEXT_NOTICE', days: Object.freeze(sorted), year, message } as const)]);
    nextNoticeWarningsByDays.set(key, warnings);
  }
  return warnings;
}

/**
 * `result` with what its calendar adds: `provisional: true` and a `'PROVISIONAL_CALENDAR'` warning when projected days
 * decided it, the calendar's `asKnownOn` when it has one, and a `'MAY_CHANGE_WITH_NEXT_NOTICE'` warning when the
 * answer read days the next notice may change (unless it is already provisional for that notice's year); `trace`
 * stays last. Without any of these it is `result` itself.
 *
 * @param result - A result whose answer consulted the calendar's days.
 * @param calendar - That calendar.
 * @param years - The projected years the answer depends on, ascending (from {@link projectedYearsOf}).
 * @param nextNotice - The warning from {@link nextNoticeWarnings}, if any.
 * @returns The result with the notes.
 *
 * @example
 * ```ts
 * withCalendarNotes(result, createCalendar({ asKnownOn: '2020-01-20' }), []).asKnownOn; //=> '2020-01-20'
 * ```
 */
export function withCalendarNotes<R extends CalendarNotes & { readonly trace: unknown }>(
  result: R,
  calendar: Calendar,
  years: readonly number[],
  nextNotice?: readonly NextNoticeWarning[],
): R {
  const { asKnownOn } = calendar;
  // A projection of the next notice's year already says the answer may differ from that notice.
  const next = nextNotice !== undefined && !years.includes(nextNotice[0]?.year ?? 0) ? nextNotice : undefined;
  if (years.length === 0 && asKnownOn === undefined && next === undefined) return result;
  // Copied key by key (object rest and spread are far slower here), so that `trace` stays last.
  const noted: Record<string, unknown> = {};
  for (const key in result) if (key !== 'trace') noted[key] = result[key];
  if (years.length > 0) noted['provisional'] = true;
  // A deadline's own warnings (a pause after the due date) come first.
  const warnings: readonly RuleWarning[] = [...(result.warnings ?? []), ...(years.length > 0 ? provisionalWarnings(years) : []), ...(next ?? [])];
  if (warnings.length > 0) noted['warnings'] = Object.freeze(warnings);
  if (asKnownOn !== undefined) noted['asKnownOn'] = asKnownOn;
  noted['trace'] = result.trace;
  // Copied key by key from `result`, with only the notes R's type already allows.
  return noted as R;
}
