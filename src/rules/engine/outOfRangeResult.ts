import { isRecord } from '../../_internal/isRecord.js';
import { isYingshangError } from '../../errors/YingshangError.js';

/**
 * The result, in a record's check (`checkProcurement`, `checkConnection`), of a rule whose answer needs a day the
 * calendar has no data for: the other rules of the record are still judged. `evaluate` itself throws instead.
 */
export interface OutOfRangeResult<Id extends string = string> {
  readonly ruleId: Id;
  readonly status: 'out_of_range';
  readonly code: 'CALENDAR_OUT_OF_RANGE';
  /** The error's message: the field that needs the day, the missing years and the remedies. */
  readonly message: string;
  /** The years the calendar would need, ascending. */
  readonly years: readonly number[];
}

/**
 * Runs one rule's evaluation of a record; a `CALENDAR_OUT_OF_RANGE` error becomes an {@link OutOfRangeResult}.
 *
 * @param ruleId - The rule evaluated.
 * @param run - The evaluation.
 * @returns Its result, or the out-of-range result.
 * @example
 * ```ts
 * outOfRangeOr('m13-contract-signing', () => evaluate('m13-contract-signing', { start: '2026-12-15', asOf: '2026-12-20' })).status; // 'out_of_range'
 * ```
 */
export function outOfRangeOr<Id extends string, R>(ruleId: Id, run: () => R): R | OutOfRangeResult<Id> {
  try {
    return run();
  } catch (error) {
    if (!isYingshangError(error, 'CALENDAR_OUT_OF_RANGE')) throw error;
    const years = (error.details as { years?: readonly number[] }).years ?? [];
    return Object.freeze({ ruleId, status: 'out_of_range', code: 'CALENDAR_OUT_OF_RANGE', message: error.message, years: Object.freeze([...years]) });
  }
}

/**
 * Whether a value is an {@link OutOfRangeResult}.
 *
 * @example
 * ```ts
 * isOutOfRangeResult({ ruleId: 'm15-payment', status: 'out_of_range', code: 'CALENDAR_OUT_OF_RANGE', message: '…', years: [2027] }); // true
 * ```
 */
export function isOutOfRangeResult(value: unknown): value is OutOfRangeResult {
  return isRecord(value) && value['status'] === 'out_of_range';
}
