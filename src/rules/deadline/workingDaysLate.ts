import type { CalendarDays } from '../../calendar/calendarDays.js';
import { netWorkingDays } from '../days/countNetDays.js';
import type { PauseRange } from '../days/mergePauses.js';

/** How late a working-day deadline is. */
export interface WorkingDaysLate {
  /** Working days after the due date up to the first working day on or after the reference day, net of pauses. */
  readonly overBy: number;
  /** Whether `overBy` is only a lower bound: that first working day lies beyond the calendar's data. */
  readonly lowerBound: boolean;
  /** The day index of the last day the count read: that first working day, or the calendar's last day for a lower bound. */
  readonly until: number;
}

/**
 * How many working days late an action judged on `reference` is, the due date being `due` (before `reference`):
 * counted up to the first working day on or after `reference`, so that an action on the Saturday after a Friday due
 * date is 1 working day late. When that day lies beyond the calendar's data the lateness is still certain: `overBy`
 * is then the working days after `due` in the data plus that one day, a lower bound (the days between are unknown).
 *
 * @param days - The working-day calendar's days; `due` is inside its data.
 * @param due - The due date's day index.
 * @param reference - The day index of `end` or `asOf`, after `due`; it may lie beyond the data.
 * @param pauses - The merged pauses that count (those that began by the due date).
 * @returns The count, whether it is a lower bound, and the last day read.
 *
 * @example
 * ```ts
 * const days = calendarDaysOf(defaultCalendar);
 * workingDaysLate(days, days.indexOf('2026-12-08'), days.indexOf('2027-01-04'), []); //=> { overBy: 18, lowerBound: true, until: days.indexOf('2026-12-31') }
 * workingDaysLate(days, days.indexOf('2021-10-08'), days.indexOf('2021-10-10'), []); //=> { overBy: 2, lowerBound: false, until: days.indexOf('2021-10-11') }
 * ```
 */
export function workingDaysLate(days: CalendarDays, due: number, reference: number, pauses: readonly PauseRange[]): WorkingDaysLate {
  const last = days.length - 1;
  if (reference <= last) {
    if (days.isWorkingDay(reference)) return { overBy: netWorkingDays(days, due, reference, pauses), lowerBound: false, until: reference };
    if (days.countWorkingDays(reference, last) > 0) {
      const until = days.nextWorkingDay(reference);
      return { overBy: netWorkingDays(days, due, until, pauses), lowerBound: false, until };
    }
  }
  // The first working day from `reference` on is beyond the data, so unpaused (no counted pause runs past the due date) and late.
  const lastDay = days.firstDay + last;
  const beyond = pauses.some((p) => p.to > lastDay) ? 0 : 1;
  return { overBy: netWorkingDays(days, due, last, pauses) + beyond, lowerBound: true, until: last };
}
