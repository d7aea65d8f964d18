import type { DeadlineTraceStep } from './resultSchema.js';

/** The first date of a step. */
function dateOf(step: DeadlineTraceStep): string {
  return step.type === 'holiday' || step.type === 'pause' || step.type === 'roll' ? step.from : step.date;
}

/** The rank of a step among the steps of its first date. */
function rankOf(step: DeadlineTraceStep): number {
  switch (step.type) {
    case 'start':
      return 0;
    case 'holiday':
    case 'makeup_workday':
      return 1;
    case 'pause':
      return 2;
    case 'roll':
      return 3;
    case 'due':
      return 4;
    default:
      return 5;
  }
}

/** Whether step `a` comes after step `b`: a later first date, or the same date and a higher rank. */
function isAfter(a: DeadlineTraceStep, b: DeadlineTraceStep): boolean {
  const dateA = dateOf(a);
  const dateB = dateOf(b);
  return dateA > dateB || (dateA === dateB && rankOf(a) > rankOf(b));
}

/**
 * Sorts deadline trace steps in date order; on the same day the start comes first, then holidays, pauses, the roll,
 * the due date, and the end (or as-of day) last. The steps arrive nearly sorted, so an insertion sort is used.
 *
 * @param steps - Steps in any order (sorted in place).
 * @returns `steps`, frozen.
 *
 * @example
 * ```ts
 * deadlineTraceOrder([{ type: 'due', date: '2021-10-12' }, { type: 'start', date: '2021-09-29' }]).map((s) => s.type); //=> ['start', 'due']
 * ```
 */
export function deadlineTraceOrder(steps: DeadlineTraceStep[]): readonly DeadlineTraceStep[] {
  // Compared field by field, without a key string per step: this runs on every traced evaluation.
  for (let i = 1; i < steps.length; i++) {
    // 0 ≤ j < i < steps.length (noUncheckedIndexedAccess cannot see it).
    const step = steps[i] as DeadlineTraceStep;
    let j = i - 1;
    while (j >= 0 && isAfter(steps[j] as DeadlineTraceStep, step)) {
      steps[j + 1] = steps[j] as DeadlineTraceStep;
      j--;
    }
    steps[j + 1] = step;
  }
  return Object.freeze(steps);
}
