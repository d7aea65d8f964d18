import type { DeadlineTraceStep } from './resultSchema.js';

/** Sort key of a step: its first date, then its rank on that day. */
function keyOf(step: DeadlineTraceStep): string {
  switch (step.type) {
    case 'start':
      return `${step.date}0`;
    case 'holiday':
      return `${step.from}1`;
    case 'makeup_workday':
      return `${step.date}1`;
    case 'pause':
      return `${step.from}2`;
    case 'roll':
      return `${step.from}3`;
    case 'due':
      return `${step.date}4`;
    default:
      return `${step.date}5`;
  }
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
  const keys = steps.map(keyOf);
  for (let i = 1; i < steps.length; i++) {
    // 0 ≤ j < i < steps.length = keys.length (noUncheckedIndexedAccess cannot see it).
    const key = keys[i] as string;
    const step = steps[i] as DeadlineTraceStep;
    let j = i - 1;
    while (j >= 0 && (keys[j] as string) > key) {
      keys[j + 1] = keys[j] as string;
      steps[j + 1] = steps[j] as DeadlineTraceStep;
      j--;
    }
    keys[j + 1] = key;
    steps[j + 1] = step;
  }
  return Object.freeze(steps);
}
