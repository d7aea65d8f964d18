import { parseIsoDay } from '../../_internal/dayNumber.js';
import type { Calendar } from '../../calendar/types.js';
import type { PauseRange } from './mergePauses.js';

/** Counts the days of a period's unit in `(from, to]`, net of pauses; `from` ≤ `to`. */
export type CountNetDays = (calendar: Calendar, from: string, to: string, pauses: readonly PauseRange[]) => number;

/**
 * Working days d with `from < d ≤ to` that are not paused; only the unpaused days are looked up.
 *
 * @param calendar - The working-day calendar.
 * @param from - Excluded.
 * @param to - Included; not before `from`.
 * @param pauses - Merged pauses.
 * @returns The count.
 * @throws {@link CalendarOutOfRangeError} CALENDAR_OUT_OF_RANGE when a day is outside the calendar.
 *
 * @example
 * ```ts
 * netWorkingDays(defaultCalendar, '2021-09-29', '2021-10-12', []); //=> 5
 * ```
 */
export const netWorkingDays: CountNetDays = (calendar, from, to, pauses) => {
  if (pauses.length === 0) return calendar.countWorkingDays(from, to);
  // Only the unpaused stretches are read: a paused day is excluded whatever it is, even outside the calendar.
  const last = parseIsoDay(to);
  let cursor = from;
  let cursorDay = parseIsoDay(from);
  let n = 0;
  for (const p of pauses) {
    if (p.to <= cursorDay) continue;
    if (p.from > last) break;
    if (p.from - 1 > cursorDay) n += calendar.countWorkingDays(cursor, p.beforeIso);
    if (p.to >= last) return n;
    cursor = p.toIso;
    cursorDay = p.to;
  }
  return n + calendar.countWorkingDays(cursor, to);
};

/**
 * Calendar days d with `from < d ≤ to` that are not paused. The calendar is not consulted.
 *
 * @param _calendar - Unused (same signature as {@link netWorkingDays}).
 * @param from - Excluded.
 * @param to - Included; not before `from`.
 * @param pauses - Merged pauses.
 * @returns The count.
 *
 * @example
 * ```ts
 * netCalendarDays(defaultCalendar, '2021-09-11', '2021-10-08', []); //=> 27
 * ```
 */
export const netCalendarDays: CountNetDays = (_calendar, from, to, pauses) => {
  const a = parseIsoDay(from);
  const b = parseIsoDay(to);
  let n = b - a;
  for (const p of pauses) {
    const lo = Math.max(p.from, a + 1);
    const hi = Math.min(p.to, b);
    if (hi >= lo) n -= hi - lo + 1;
  }
  return n;
};
