import { formatIsoDay, parseIsoDay } from '../_internal/dayNumber.js';
import type { Calendar, RollMode } from '../calendar/types.js';
import { deadlineTraceOrder } from './deadlineTraceOrder.js';
import { holidayDaysBetween } from './holidayDaysBetween.js';
import type { PeriodInput } from './readDeadlineFacts.js';
import type { DeadlineTraceStep } from './results.js';

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
}

/**
 * The trace of a period deadline: the trigger day, the holidays and make-up days up to the due date (working days),
 * the pauses, the roll (calendar days), the due date and the end or as-of day.
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
  const startDay = parseIsoDay(input.start);
  for (const p of input.pauses) {
    if (p.to > startDay) steps.push({ type: 'pause', from: p.from > startDay ? p.fromIso : formatIsoDay(startDay + 1), to: p.toIso, reasons: p.reasons });
  }
  if (!findings.working && findings.nominal !== parseIsoDay(due)) {
    const from = formatIsoDay(findings.nominal);
    const info = calendar.getDayInfo(from);
    steps.push({ type: 'roll', from, to: due, mode: findings.roll, ...(info.holiday && info.source ? { holiday: info.holiday, notice: info.source } : {}) });
  }
  return deadlineTraceOrder(steps);
}
