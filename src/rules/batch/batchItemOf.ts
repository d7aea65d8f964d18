import type { ErrorCode } from '../../errors/codes.js';
import { isYingshangError } from '../../errors/YingshangError.js';
import type { RuleResult } from '../schema/results.js';

/** The error of one batch item: the `code`, `message` and `details` of the library error its evaluation threw, as plain data (JSON-ready). */
export interface BatchItemError {
  readonly code: ErrorCode;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
}

/**
 * One item of a batch, for the input at `index` (0-based, in input order): its result, or the error its facts
 * caused (`INVALID_FACTS`, `CALENDAR_OUT_OF_RANGE`…) as a value, so that one bad input never stops a run.
 */
export type BatchItem<R extends RuleResult = RuleResult> =
  | { readonly index: number; readonly ok: true; readonly result: R }
  | { readonly index: number; readonly ok: false; readonly error: BatchItemError };

/**
 * Runs one evaluation of a batch and turns a library error into an error item. Anything else (a bug) still throws.
 *
 * @param index - The input's position.
 * @param run - The evaluation.
 * @returns The item.
 * @throws Whatever `run` throws that is not a library error.
 *
 * @example
 * ```ts
 * batchItemOf(3, () => evaluate('m15-payment', { start: '2021-02-30' }));
 * //=> { index: 3, ok: false, error: { code: 'INVALID_FACTS', message: "Invalid facts for rule 'm15-payment': start: …", details: { … } } }
 * ```
 */
export function batchItemOf<R extends RuleResult>(index: number, run: () => R): BatchItem<R> {
  try {
    return { index, ok: true, result: run() };
  } catch (error) {
    if (!isYingshangError(error)) throw error;
    return { index, ok: false, error: { code: error.code, message: error.message, details: error.details } };
  }
}
