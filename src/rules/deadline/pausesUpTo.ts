import { parseIsoDay } from '../../_internal/dayNumber.js';
import { NO_PAUSES, type PauseRange } from '../days/mergePauses.js';
import type { PauseAfterDueWarning } from '../schema/calendarNotesSchema.js';

/** Merged pauses split at a due date. */
export interface PausesUpToDue {
  /** The pauses that began on or before the due date: they count. */
  readonly pauses: readonly PauseRange[];
  /** The pauses that began after it, when the period had already run out: ignored. */
  readonly ignored: readonly PauseRange[];
}

/** No pauses, split (shared: the common case allocates nothing). */
const NONE_TO_SPLIT: PausesUpToDue = Object.freeze({ pauses: NO_PAUSES, ignored: NO_PAUSES });

/**
 * Splits merged pauses at the due date: a pause that begins after it cannot revive a period that has already run out
 * (its last day ended at 24:00, 民法典 §203), so it is ignored; one that begins on or before it counts (it has already
 * moved the due date past itself).
 *
 * @param pauses - Merged pauses, in order.
 * @param due - The due date, `'YYYY-MM-DD'`.
 * @returns The pauses that count and those ignored.
 *
 * @example
 * ```ts
 * pausesUpTo(mergePauses([{ from: '2020-05-20', to: '2020-05-27' }]), '2020-05-19').ignored.length; //=> 1
 * ```
 */
export function pausesUpTo(pauses: readonly PauseRange[], due: string): PausesUpToDue {
  if (pauses.length === 0) return NONE_TO_SPLIT;
  const dueDay = parseIsoDay(due);
  return { pauses: pauses.filter((p) => p.from <= dueDay), ignored: pauses.filter((p) => p.from > dueDay) };
}

/**
 * One `'PAUSE_AFTER_DUE'` warning per ignored pause.
 *
 * @param ignored - The pauses that began after the due date.
 * @returns The warnings, frozen.
 *
 * @example
 * ```ts
 * pauseAfterDueWarnings(mergePauses([{ from: '2020-05-20', to: '2020-05-27' }]))[0]?.code; //=> 'PAUSE_AFTER_DUE'
 * ```
 */
export function pauseAfterDueWarnings(ignored: readonly PauseRange[]): readonly PauseAfterDueWarning[] {
  return Object.freeze(
    ignored.map((p) =>
      Object.freeze({
        code: 'PAUSE_AFTER_DUE',
        pause: Object.freeze({ from: p.fromIso, to: p.toIso, reasons: p.reasons }),
        message: `The pause from ${p.fromIso} to ${p.toIso} began after the due date: the period had already run out and a pause cannot revive it, so it was not taken into account.`,
      } as const),
    ),
  );
}
