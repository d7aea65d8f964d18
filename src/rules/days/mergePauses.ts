import { formatIsoDay, parseIsoDay } from '../../_internal/dayNumber.js';

/** A merged pause as day numbers, with the `'YYYY-MM-DD'` texts the calendar needs. */
export interface PauseRange {
  /** First paused day (day number). */
  readonly from: number;
  /** Last paused day (day number). */
  readonly to: number;
  readonly fromIso: string;
  readonly toIso: string;
  /** The day before `from`, so that working days in `[from, to]` = `countWorkingDays(beforeIso, toIso)`. */
  readonly beforeIso: string;
  /** The reasons of every pause merged into this one, in order, without repeats. */
  readonly reasons: readonly string[];
  /** Whether its last day is the day an open pause (one without `to`) was counted up to: `asOf`, or `end`. */
  readonly open: boolean;
}

/** A validated pause, dates already `'YYYY-MM-DD'`. */
export interface IsoPause {
  readonly from: string;
  /** `undefined` (or `null`): an open pause, up to the day the caller gives. */
  readonly to?: string | null | undefined;
  readonly reason?: string | undefined;
}

/** No pauses (shared, frozen). */
export const NO_PAUSES: readonly PauseRange[] = Object.freeze([]);

/**
 * Sorts pauses and merges those that overlap or touch, so that each paused day appears in exactly one range. An open
 * pause (no `to`) runs until `openUntil`; one that begins after that day has paused nothing yet and is left out.
 *
 * @param pauses - Validated pauses (`from` ≤ `to`).
 * @param openUntil - The last day of an open pause (`end`, else `asOf`): required when a pause is open.
 * @returns Disjoint, non-adjacent ranges in date order.
 *
 * @example
 * ```ts
 * mergePauses([{ from: '2021-10-12', to: '2021-10-13' }, { from: '2021-10-11', to: '2021-10-12' }]).map((p) => [p.fromIso, p.toIso]); //=> [['2021-10-11', '2021-10-13']]
 * ```
 */
export function mergePauses(pauses: readonly IsoPause[], openUntil?: string): readonly PauseRange[] {
  if (pauses.length === 0) return NO_PAUSES;
  const until = openUntil === undefined ? NaN : parseIsoDay(openUntil);
  const sorted = pauses
    .map((p) => ({ from: parseIsoDay(p.from), to: p.to === undefined || p.to === null ? until : parseIsoDay(p.to), open: p.to === undefined || p.to === null, reason: p.reason }))
    .filter((p) => !p.open || p.from <= p.to)
    .sort((a, b) => a.from - b.from);
  if (sorted.length === 0) return NO_PAUSES;
  const merged: { from: number; to: number; reasons: string[]; open: boolean }[] = [];
  for (const p of sorted) {
    const last = merged[merged.length - 1];
    if (last && p.from <= last.to + 1) {
      if (p.to > last.to || (p.to === last.to && p.open)) last.open = p.open;
      last.to = Math.max(last.to, p.to);
    } else merged.push({ from: p.from, to: p.to, reasons: [], open: p.open });
    const target = merged[merged.length - 1];
    if (target && p.reason !== undefined && !target.reasons.includes(p.reason)) target.reasons.push(p.reason);
  }
  return merged.map((m) => ({
    from: m.from,
    to: m.to,
    fromIso: formatIsoDay(m.from),
    toIso: formatIsoDay(m.to),
    beforeIso: formatIsoDay(m.from - 1),
    reasons: m.reasons,
    open: m.open,
  }));
}
