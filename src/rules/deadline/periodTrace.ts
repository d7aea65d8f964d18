import { formatIsoDay, parseIsoDay } from '../../_internal/dayNumber.js';
import type { Calendar, RollMode } from '../../calendar/types.js';
import { deadlineTraceOrder } from './traceOrder.js';
import { holidayDaysBetween } from './holidayDaysBetween.js';
import type { PeriodInput } from './readFacts.js';
import type { DeadlineTraceStep } from './resultSchema.js';

/** What a period deadline's evaluation found, for its trace. */
export interface PeriodDeadlineFindings {
  readonly input: PeriodInput;
  readonly due: string;
  /** Whether the limit is in working days (holidays and make-up days are then listed). */
  readonly working: boolean;
  /** For calendar days: the last day before the roll (day number) and the roll mode. */
  readonly nominal: number;
  readonly roll: RollMode;
  /** `end`, or the as-of day. */
  readonly reference: string;
  /** Whether the period is 0 days (the trigger day itself is the due date, so a pause covering it is listed). */
  readonly zero: boolean;
}

/**
 * The trace of a period deadline: the trigger day, the holidays and make-up days up to the due date (working days),
 * the pauses (those that began after the due date marked `ignored`), the roll (calendar days), the due date and the
 * end or as-of day.
 *
 * @param calendar - The calendar used.
 * @param findings - The evaluation's dates.
 * @returns The steps in date order.
 *
 * @example
 * ```ts
 * periodDeadlineTrace(defaultCalendar, findings).map((s) => s.type); //=> ['start', 'holiday', 'makeup_workday', 'due', 'as_of']
 * ```
 */
export function periodDeadlineTrace(calendar: Calendar, findings: PeriodDeadlineFindings): readonly DeadlineTraceStep[] {
  const { input, due, reference } = findings;
  const steps: DeadlineTraceStep[] = findings.working ? holidayDaysBetween(calendar, input.start, due) : [];
  steps.push({ type: 'start', date: input.start }, { type: 'due', date: due }, { type: input.end === undefined ? 'as_of' : 'end', date: reference });
  if (input.pauses.length > 0) {
    const startDay = parseIsoDay(input.start);
    // Day 0 is not counted, so a pause is listed from day 1, except in a 0-day period whose due date is day 0 itself.
    const firstPaused = findings.zero ? startDay : startDay + 1;
    const dueDay = parseIsoDay(due);
    for (const p of input.pauses) {
      if (p.to < firstPaused) continue;
      const from = p.from >= firstPaused ? p.fromIso : formatIsoDay(firstPaused);
      steps.push({ type: 'pause', from, to: p.toIso, reasons: p.reasons, ...(p.open ? { open: true as const } : {}), ...(p.from > dueDay ? { ignored: true as const } : {}) });
    }
  }
  if (!findings.working && findings.nominal !== parseIsoDay(due)) {
    const from = formatIsoDay(findings.nominal);
    const info = calendar.getDayInfo(from);
    steps.push({ type: 'roll', from, to: due, mode: findings.roll, ...(info.holiday && info.source ? { holiday: info.holiday, notice: info.source } : {}) });
  }
  return deadlineTraceOrder(steps);
}
