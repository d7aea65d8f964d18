import { formatIsoDay, parseIsoDay } from '../../_internal/dayNumber.js';
import { noticeOfDay, restRunsOf } from '../../calendar/restRunsOf.js';
import type { Calendar, HolidayBlock } from '../../calendar/types.js';
import type { DeadlineTraceStep } from './resultSchema.js';

/** A holiday's run of rest days, or one of its make-up working days, as a trace step. */
export type HolidayDay = Extract<DeadlineTraceStep, { readonly type: 'holiday' | 'makeup_workday' }>;

/** Every holiday run and make-up day of a calendar in date order, with the last date of each for binary search. */
interface CalendarSteps {
  readonly steps: readonly HolidayDay[];
  readonly lastDates: readonly string[];
}

const cache = new WeakMap<Calendar, CalendarSteps>();

/** The runs of rest days of a block, each with the notice that set it, and its make-up days, as trace steps. */
function stepsOfBlock(calendar: Calendar, block: HolidayBlock): HolidayDay[] {
  const holiday = Object.freeze({ key: block.key, name: block.name });
  const steps: HolidayDay[] = restRunsOf(calendar, block).map(({ days, notice }) =>
    // A rest run has at least one day.
    Object.freeze({ type: 'holiday' as const, from: days[0] as string, to: days.at(-1) as string, holiday, notice }),
  );
  for (const date of block.makeupDays) steps.push(Object.freeze({ type: 'makeup_workday', date, holiday, notice: noticeOfDay(calendar, block, date) }));
  return steps;
}

function firstDate(step: HolidayDay): string {
  return step.type === 'holiday' ? step.from : step.date;
}

function lastDate(step: HolidayDay): string {
  return step.type === 'holiday' ? step.to : step.date;
}

/** All steps of a calendar, built from `holidaysOf` on first use and cached (a few hundred entries). */
function stepsOf(calendar: Calendar): CalendarSteps {
  let cached = cache.get(calendar);
  if (!cached) {
    const coverage = calendar.calendarCoverage();
    const all: HolidayDay[] = [];
    for (let year = Number(coverage.from.slice(0, 4)); year <= Number(coverage.to.slice(0, 4)); year++) all.push(...calendar.holidaysOf(year).flatMap((block) => stepsOfBlock(calendar, block)));
    // Runs and make-up days never overlap, so ordering by first date also orders them by last date.
    all.sort((a, b) => (firstDate(a) < firstDate(b) ? -1 : firstDate(a) > firstDate(b) ? 1 : 0));
    cached = { steps: all, lastDates: all.map(lastDate) };
    cache.set(calendar, cached);
  }
  return cached;
}

/**
 * The official holiday rest days (grouped in runs, clipped to the range) and make-up working days with
 * `after < date ≤ until`, in date order, each with its holiday and notice.
 *
 * @param calendar - The calendar whose `holidaysOf` is read (once per calendar, then cached).
 * @param after - Excluded, `'YYYY-MM-DD'`.
 * @param until - Included, `'YYYY-MM-DD'`.
 * @returns Trace steps in date order.
 *
 * @example
 * ```ts
 * holidayDaysBetween(defaultCalendar, '2021-09-29', '2021-10-12').map((s) => s.type); //=> ['holiday', 'makeup_workday']
 * ```
 */
export function holidayDaysBetween(calendar: Calendar, after: string, until: string): HolidayDay[] {
  const found: HolidayDay[] = [];
  if (until <= after) return found;
  const { steps, lastDates } = stepsOf(calendar);
  // Binary search for the first step that ends after `after`.
  let lo = 0;
  let hi = steps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    // lo ≤ mid < hi ≤ the number of steps (noUncheckedIndexedAccess cannot see it).
    if ((lastDates[mid] as string) > after) hi = mid;
    else lo = mid + 1;
  }
  for (let i = lo; i < steps.length; i++) {
    // i < steps.length.
    const step = steps[i] as HolidayDay;
    const from = firstDate(step);
    if (from > until) break;
    if (step.type === 'makeup_workday' || (from > after && step.to <= until)) found.push(step);
    else found.push({ ...step, from: from > after ? from : formatIsoDay(parseIsoDay(after) + 1), to: step.to <= until ? step.to : until });
  }
  return found;
}
