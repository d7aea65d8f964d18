import { isPlainRecord } from '../../_internal/isRecord.js';
import { isoOfDateInput } from '../../_internal/isoOfDateInput.js';
import type { ParsedDeadlineFacts } from './factsSchema.js';
import { mergePauses, NO_PAUSES, type IsoPause, type PauseRange } from '../days/mergePauses.js';
import { todayInShanghai } from '../engine/todayInShanghai.js';

/** Period-deadline facts after validation: dates as `'YYYY-MM-DD'`, pauses merged. */
export interface PeriodInput {
  readonly start: string;
  readonly end: string | undefined;
  readonly asOf: string | undefined;
  readonly pauses: readonly PauseRange[];
}

/** The day an open pause runs until: `end` when done, else `asOf`, else today in Asia/Shanghai (only asked for when a pause is open). */
function openUntil(pauses: readonly IsoPause[], end: string | undefined, asOf: string | undefined): string | undefined {
  return pauses.some((p) => p.to === undefined || p.to === null) ? (end ?? asOf ?? todayInShanghai()) : undefined;
}

function readPause(value: unknown): IsoPause | undefined {
  if (!isPlainRecord(value)) return undefined;
  for (const key in value) if (key !== 'from' && key !== 'to' && key !== 'reason') return undefined;
  const from = isoOfDateInput(value['from']);
  // No `to` (or `null`): an open pause.
  const open = value['to'] === undefined || value['to'] === null;
  const to = open ? undefined : isoOfDateInput(value['to']);
  const reason = value['reason'];
  if (from === undefined || (!open && (to === undefined || from > to)) || (reason !== undefined && typeof reason !== 'string')) return undefined;
  return { from, to, reason };
}

/**
 * The hot-path validator of period-deadline facts: reads the common shape (a plain object of `'YYYY-MM-DD'` strings or
 * `Date`s, optional pauses) without zod. It accepts only what `DeadlineFactsSchema` accepts and gives the same
 * dates; on anything else it returns `undefined` and the caller falls back to zod for the full report.
 *
 * @param facts - Anything.
 * @returns The validated facts, or `undefined` when zod must decide.
 *
 * @example
 * ```ts
 * readDeadlineFacts({ start: '2021-09-29' }); //=> { start: '2021-09-29', end: undefined, asOf: undefined, pauses: [] }
 * ```
 */
export function readDeadlineFacts(facts: unknown): PeriodInput | undefined {
  if (!isPlainRecord(facts)) return undefined;
  for (const key in facts) if (key !== 'start' && key !== 'end' && key !== 'asOf' && key !== 'pauses') return undefined;
  const start = isoOfDateInput(facts['start']);
  if (start === undefined) return undefined;
  let end: string | undefined;
  let asOf: string | undefined;
  let pauses = NO_PAUSES;
  // `null`: not done yet, as when `end` is left out.
  if (facts['end'] !== undefined && facts['end'] !== null) {
    end = isoOfDateInput(facts['end']);
    if (end === undefined || end < start) return undefined;
  }
  if (facts['asOf'] !== undefined) {
    asOf = isoOfDateInput(facts['asOf']);
    if (asOf === undefined) return undefined;
  }
  const rawPauses = facts['pauses'];
  if (rawPauses !== undefined) {
    if (!Array.isArray(rawPauses)) return undefined;
    const list: IsoPause[] = [];
    // By index, as zod reads arrays: an array whose prototype was replaced may not be iterable.
    for (let i = 0; i < rawPauses.length; i++) {
      const pause = readPause(rawPauses[i]);
      if (!pause) return undefined;
      list.push(pause);
    }
    pauses = mergePauses(list, openUntil(list, end, asOf));
  }
  return { start, end, asOf, pauses };
}

/**
 * The {@link PeriodInput} of facts that zod validated (the slow path).
 *
 * @param parsed - The output of `DeadlineFactsSchema`.
 * @returns The same shape {@link readDeadlineFacts} gives.
 *
 * @example
 * ```ts
 * periodInputOf(DeadlineFactsSchema.parse({ start: '2021-09-29' })).start; //=> '2021-09-29'
 * ```
 */
export function periodInputOf(parsed: ParsedDeadlineFacts): PeriodInput {
  const { start, end, asOf, pauses } = parsed;
  return { start, end, asOf, pauses: pauses ? mergePauses(pauses, openUntil(pauses, end, asOf)) : NO_PAUSES };
}
