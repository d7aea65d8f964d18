import { parseIsoDay } from '../../_internal/dayNumber.js';
import type { Calendar, RollMode } from '../../calendar/types.js';
import type { PauseRange } from './mergePauses.js';

/**
 * The due date of a working-day period: the `amount`-th working day after `start` that is not paused. A 0-day period
 * is due on `start` itself, or, when a pause covers `start`, on the first working day after that pause (a paused day
 * is never the last day of a period, as for calendar days).
 *
 * @param calendar - The working-day calendar.
 * @param start - The trigger day (day 0, not counted).
 * @param amount - The limit in working days.
 * @param pauses - Merged pauses, in order.
 * @returns `'YYYY-MM-DD'`; `start` itself when `amount` is 0.
 * @throws {@link CalendarOutOfRangeError} CALENDAR_OUT_OF_RANGE when the answer needs days outside the calendar.
 *
 * @example
 * ```ts
 * workingDayDue(defaultCalendar, '2021-09-29', 5, []); //=> '2021-10-12'
 * ```
 */
export function workingDayDue(calendar: Calendar, start: string, amount: number, pauses: readonly PauseRange[]): string {
  if (pauses.length === 0) return calendar.addWorkingDays(start, amount);
  let cursor = start;
  let cursorDay = parseIsoDay(start);
  if (amount === 0) {
    const covering = pauses.find((p) => p.from <= cursorDay && cursorDay <= p.to);
    return covering ? calendar.addWorkingDays(covering.toIso, 1) : start;
  }
  let remaining = amount;
  for (const p of pauses) {
    if (p.to <= cursorDay) continue;
    if (p.from > cursorDay + 1) {
      // Due before the pause: the pause, and the days up to it, do not matter (they may lie outside the calendar).
      const unpaused = calendar.addWorkingDays(cursor, remaining);
      if (unpaused < p.fromIso) return unpaused;
      remaining -= calendar.countWorkingDays(cursor, p.beforeIso);
    }
    cursor = p.toIso;
    cursorDay = p.to;
  }
  return calendar.addWorkingDays(cursor, remaining);
}

/** The due date of a calendar-day period and the last day before any roll. */
export interface CalendarDayDue {
  readonly due: string;
  /** Day number of the `amount`-th unpaused day after the start, before the roll. */
  readonly nominal: number;
}

/**
 * The due date of a calendar-day period (民法典 §§201, 203): the `amount`-th day after `start` that is not paused,
 * rolled per `roll` when it is not a working day. A rolled day that falls inside a pause moves past the pause.
 *
 * @param calendar - The working-day calendar.
 * @param start - The trigger day (day 0, not counted).
 * @param amount - The limit in calendar days.
 * @param roll - The roll options passed to `addCalendarDays`.
 * @param pauses - Merged pauses, in order.
 * @returns The due date and the nominal last day.
 * @throws {@link CalendarOutOfRangeError} CALENDAR_OUT_OF_RANGE when the answer needs days outside the calendar.
 *
 * @example
 * ```ts
 * calendarDayDue(defaultCalendar, '2021-09-11', 20, { roll: 'next_working_day' }, []); //=> { due: '2021-10-08', nominal: 18901 }
 * ```
 */
export function calendarDayDue(
  calendar: Calendar,
  start: string,
  amount: number,
  roll: { readonly roll: RollMode },
  pauses: readonly PauseRange[],
): CalendarDayDue {
  let cursor = start;
  let cursorDay = parseIsoDay(start);
  let remaining = amount;
  for (const p of pauses) {
    if (remaining === 0) break;
    if (p.to <= cursorDay) continue;
    const free = Math.max(0, p.from - 1 - cursorDay);
    if (free >= remaining) break;
    remaining -= free;
    cursor = p.toIso;
    cursorDay = p.to;
  }
  let due = calendar.addCalendarDays(cursor, remaining, roll);
  if (pauses.length > 0) {
    let dueDay = parseIsoDay(due);
    for (const p of pauses) {
      if (p.from <= dueDay && dueDay <= p.to) {
        due = calendar.addCalendarDays(p.toIso, 1, roll);
        dueDay = parseIsoDay(due);
      }
    }
  }
  return { due, nominal: cursorDay + remaining };
}
