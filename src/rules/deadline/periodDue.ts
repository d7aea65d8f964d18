import { parseIsoDay } from '../../_internal/dayNumber.js';
import type { CalendarDays } from '../../calendar/calendarDays.js';
import type { Calendar, RollMode } from '../../calendar/types.js';
import type { PauseRange } from '../days/mergePauses.js';

/**
 * The due date of a working-day period: the `amount`-th working day after `start` that is not paused. A 0-day period
 * (当日办结) is due on the first working day from `start` on that is not paused: `start` itself when it is one; a
 * trigger on a rest day is due on the next working day (a period counted in working days ends on one, 行政许可法
 * §82), and a paused day is never the last day of a period (§45), so the due date moves past every pause it lands
 * in, a later one included.
 *
 * @param days - The working-day calendar's days.
 * @param start - The trigger day (day 0, not counted), a day index.
 * @param amount - The limit in working days.
 * @param pauses - Merged pauses, in order.
 * @returns The due date's day index, always a working day outside every pause.
 * @throws {@link CalendarOutOfRangeError} CALENDAR_OUT_OF_RANGE when the answer needs days outside the calendar.
 *
 * @example
 * ```ts
 * const days = calendarDaysOf(defaultCalendar);
 * days.iso(workingDayDue(days, days.indexOf('2021-09-29'), 5, [])); //=> '2021-10-12'
 * days.iso(workingDayDue(days, days.indexOf('2021-10-10'), 0, [])); //=> '2021-10-11' // accepted on a Sunday
 * ```
 */
export function workingDayDue(days: CalendarDays, start: number, amount: number, pauses: readonly PauseRange[]): number {
  if (amount === 0) return firstOpenWorkingDay(days, start, pauses);
  if (pauses.length === 0) return days.addWorkingDays(start, amount);
  const offset = days.firstDay;
  let cursor = start;
  let remaining = amount;
  for (const p of pauses) {
    const pauseFrom = p.from - offset;
    const pauseTo = p.to - offset;
    if (pauseTo <= cursor) continue;
    if (pauseFrom > cursor + 1) {
      // Due before the pause: the pause, and the days up to it, do not matter (they may lie outside the calendar).
      const unpaused = days.addWorkingDays(cursor, remaining);
      if (unpaused < pauseFrom) return unpaused;
      remaining -= days.countWorkingDays(cursor, pauseFrom - 1);
    }
    cursor = pauseTo;
  }
  return days.addWorkingDays(cursor, remaining);
}

/**
 * The first working day on or after day index `day` that no pause covers. A pause is checked before the day's status,
 * so a paused day is never looked up (it may lie outside the calendar).
 */
function firstOpenWorkingDay(days: CalendarDays, day: number, pauses: readonly PauseRange[]): number {
  const offset = days.firstDay;
  let due = day;
  let next = 0;
  for (;;) {
    // next < pauses.length, checked first.
    while (next < pauses.length && (pauses[next] as PauseRange).to - offset < due) next++;
    const pause = pauses[next];
    if (pause !== undefined && pause.from - offset <= due) due = days.nextWorkingDay(pause.to - offset);
    else if (days.isWorkingDay(due)) return due;
    else due = days.nextWorkingDay(due);
  }
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
  // No day left and a pause holds the day reached: the period ends on the day after the pause, its nominal last day (the
  // day reached is never read, so a start on the day before the data whose pause runs into the data is answered).
  const held = remaining === 0 ? pauses.find((p) => p.from <= cursorDay && cursorDay <= p.to) : undefined;
  if (held) {
    cursor = held.toIso;
    cursorDay = held.to;
    remaining = 1;
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
