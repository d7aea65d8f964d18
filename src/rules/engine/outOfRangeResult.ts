import { isRecord } from '../../_internal/isRecord.js';
import { isYingshangError } from '../../errors/YingshangError.js';
import type { OutOfRangeResult, RuleKind } from '../ruleResult.js';

export type { OutOfRangeResult } from '../ruleResult.js';

/**
 * Runs one rule's evaluation; a `CALENDAR_OUT_OF_RANGE` error becomes an {@link OutOfRangeResult}.
 *
 * @param ruleId - The rule evaluated.
 * @param kind - Its kind.
 * @param run - The evaluation.
 * @returns Its result, or the out-of-range result.
 * @throws Whatever `run` throws that is not `CALENDAR_OUT_OF_RANGE`.
 * @example
 * ```ts
 * outOfRangeOr('m13-contract-signing', 'deadline', () => evaluate('m13-contract-signing', { start: '2026-12-15', asOf: '2026-12-20' })).status; // 'out_of_range'
 * ```
 */
export function outOfRangeOr<Id extends string, K extends RuleKind, R>(ruleId: Id, kind: K, run: () => R): R | OutOfRangeResult<Id, K> {
  try {
    return run();
  } catch (error) {
    if (!isYingshangError(error, 'CALENDAR_OUT_OF_RANGE')) throw error;
    return outOfRangeResultOf(ruleId, kind, error);
  }
}

/**
 * The {@link OutOfRangeResult} of rule `ruleId` for a `CALENDAR_OUT_OF_RANGE` error.
 *
 * @example
 * ```ts
 * outOfRangeResultOf('m15-payment', 'deadline', error).years; // [2027]
 * ```
 */
export function outOfRangeResultOf<Id extends string, K extends RuleKind>(ruleId: Id, kind: K, error: { readonly message: string; readonly details: Readonly<Record<string, unknown>> }): OutOfRangeResult<Id, K> {
  // A CALENDAR_OUT_OF_RANGE error's details carry the missing years (calendar/calendarMessages.ts).
  const years = (error.details as { years?: readonly number[] }).years ?? [];
  return Object.freeze({ ruleId, kind, status: 'out_of_range', code: 'CALENDAR_OUT_OF_RANGE', message: error.message, years: Object.freeze([...years]), details: error.details });
}

/**
 * Whether a value is an {@link OutOfRangeResult}.
 *
 * @example
 * ```ts
 * isOutOfRangeResult({ ruleId: 'm15-payment', kind: 'deadline', status: 'out_of_range', code: 'CALENDAR_OUT_OF_RANGE', message: '…', years: [2027], details: {} }); // true
 * ```
 */
export function isOutOfRangeResult(value: unknown): value is OutOfRangeResult {
  return isRecord(value) && value['status'] === 'out_of_range';
}
