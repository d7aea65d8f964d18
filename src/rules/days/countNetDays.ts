import type { CalendarDays } from '../../calendar/calendarDays.js';
import type { PauseRange } from './mergePauses.js';

/** Counts the days of a period's unit in `(from, to]` (day indexes of `days`), net of pauses; `from` ≤ `to`. */
export type CountNetDays = (days: CalendarDays, from: number, to: number, pauses: readonly PauseRange[]) => number;

/**
 * Working days d with `from < d ≤ to` that are not paused; only the unpaused days are looked up.
 *
 * @param days - The working-day calendar's days.
 * @param from - Excluded (a day index).
 * @param to - Included (a day index); not before `from`.
 * @param pauses - Merged pauses.
 * @returns The count.
 * @throws {@link CalendarOutOfRangeError} CALENDAR_OUT_OF_RANGE when a day is outside the calendar.
 *
 * @example
 * ```ts
 * const days = calendarDaysOf(defaultCalendar);
 * netWorkingDays(days, days.indexOf('2021-09-29'), days.indexOf('2021-10-12'), []); //=> 5
 * ```
 */
export const netWorkingDays: CountNetDays = (days, from, to, pauses) => {
  if (pauses.length === 0) return days.countWorkingDays(from, to);
  // Only the unpaused stretches are read: a paused day is excluded whatever it is, even outside the calendar.
  const offset = days.firstDay;
  let cursor = from;
  let n = 0;
  for (const p of pauses) {
    const pauseFrom = p.from - offset;
    const pauseTo = p.to - offset;
    if (pauseTo <= cursor) continue;
    if (pauseFrom > to) break;
    if (pauseFrom - 1 > cursor) n += days.countWorkingDays(cursor, pauseFrom - 1);
    if (pauseTo >= to) return n;
    cursor = pauseTo;
  }
  return n + days.countWorkingDays(cursor, to);
};

/**
 * Calendar days d with `from < d ≤ to` that are not paused. The calendar's data is not consulted.
 *
 * @param days - The calendar's days (for the day numbers of its indexes).
 * @param from - Excluded (a day index).
 * @param to - Included (a day index); not before `from`.
 * @param pauses - Merged pauses.
 * @returns The count.
 *
 * @example
 * ```ts
 * const days = calendarDaysOf(defaultCalendar);
 * netCalendarDays(days, days.indexOf('2021-09-11'), days.indexOf('2021-10-08'), []); //=> 27
 * ```
 */
export const netCalendarDays: CountNetDays = (days, from, to, pauses) => {
  const a = from + days.firstDay;
  const b = to + days.firstDay;
  let n = b - a;
  for (const p of pauses) {
    const lo = Math.max(p.from, a + 1);
    const hi = Math.min(p.to, b);
    if (hi >= lo) n -= hi - lo + 1;
  }
  return n;
};
