import { parseIsoDay } from '../../_internal/dayNumber.js';
import type { Calendar } from '../../calendar/types.js';
import { netWorkingDays } from '../days/countNetDays.js';
import type { PauseRange } from '../days/mergePauses.js';

/** How late a working-day deadline is. */
export interface WorkingDaysLate {
  /** Working days after the due date up to the first working day on or after the reference day, net of pauses. */
  readonly overBy: number;
  /** Whether `overBy` is only a lower bound: that first working day lies beyond the calendar's data. */
  readonly lowerBound: boolean;
  /** The last day the count read: that first working day, or the calendar's last day for a lower bound. */
  readonly until: string;
}

/**
 * How many working days late an action judged on `reference` is, the due date being `due` (before `reference`):
 * counted up to the first working day on or after `reference`, so that an action on the Saturday after a Friday due
 * date is 1 working day late. When that day lies beyond the calendar's data the lateness is still certain: `overBy`
 * is then the working days after `due` in the data plus that one day, a lower bound (the days between are unknown).
 *
 * @param calendar - The working-day calendar; `due` is inside its data.
 * @param due - The due date, `'YYYY-MM-DD'`.
 * @param reference - `end` or `asOf`, after `due`; it may lie beyond the data.
 * @param pauses - The merged pauses that count (those that began by the due date).
 * @returns The count, whether it is a lower bound, and the last day read.
 *
 * @example
 * ```ts
 * workingDaysLate(defaultCalendar, '2026-12-08', '2027-01-04', []); //=> { overBy: 18, lowerBound: true, until: '2026-12-31' }
 * workingDaysLate(defaultCalendar, '2021-10-08', '2021-10-10', []); //=> { overBy: 2, lowerBound: false, until: '2021-10-11' }
 * ```
 */
export function workingDaysLate(calendar: Calendar, due: string, reference: string, pauses: readonly PauseRange[]): WorkingDaysLate {
  const last = calendar.calendarCoverage().to;
  if (reference <= last) {
    if (calendar.isWorkingDay(reference)) return { overBy: netWorkingDays(calendar, due, reference, pauses), lowerBound: false, until: reference };
    if (calendar.countWorkingDays(reference, last) > 0) {
      const until = calendar.nextWorkingDay(reference);
      return { overBy: netWorkingDays(calendar, due, until, pauses), lowerBound: false, until };
    }
  }
  // The first working day from `reference` on is beyond the data, so unpaused (no counted pause runs past the due date) and late.
  const lastDay = parseIsoDay(last);
  const beyond = pauses.some((p) => p.to > lastDay) ? 0 : 1;
  return { overBy: netWorkingDays(calendar, due, last, pauses) + beyond, lowerBound: true, until: last };
}
