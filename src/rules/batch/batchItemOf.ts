import type { ErrorCode } from '../../errors/codes.js';
import { isYingshangError } from '../../errors/YingshangError.js';
import { outOfRangeResultOf } from '../engine/outOfRangeResult.js';
import type { AnyRuleResult, OutOfRangeResult, RuleKind } from '../ruleResult.js';

/** The error of one batch item: the `code`, `message` and `details` of the library error its evaluation threw, as plain data (JSON-ready). */
export interface BatchItemError {
  readonly code: ErrorCode;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
}

/** The id a batch item carries: the value of the input's id field (the batch option `id`), when there is one. */
export type BatchItemId = string | number;

/**
 * One item of a batch, for the input at `index` (0-based, in input order), with the input's `id` when the batch was
 * given an `id` field: its result (`out_of_range` and `not_started` are results, counted by status), or the error
 * its input caused (`INVALID_FACTS`…) as a value, so that one bad input never stops a run. Every batch
 * (`evaluateMany`, `checkProcurements`, `checkConnections`) gives items of this shape.
 */
export type BatchItem<R = AnyRuleResult> =
  | { readonly index: number; readonly id?: BatchItemId; readonly ok: true; readonly result: R }
  | { readonly index: number; readonly id?: BatchItemId; readonly ok: false; readonly error: BatchItemError };

/** The rule a batch evaluates, for the `out_of_range` result of an input whose answer needs a day the calendar lacks. */
export interface BatchRule {
  readonly id: string;
  readonly kind: RuleKind;
}

/**
 * Runs one evaluation of a batch: a `CALENDAR_OUT_OF_RANGE` error becomes an `out_of_range` result of `rule` (when
 * given), any other library error an error item. Anything else (a bug) still throws.
 *
 * @param index - The input's position.
 * @param run - The evaluation, applied to `input`.
 * @param rule - The rule evaluated, for `out_of_range` results; without it the error is an error item.
 * @param input - What `run` is applied to (so that a batch need not build a function per input).
 * @returns The item.
 * @throws Whatever `run` throws that is not a library error.
 *
 * @example
 * ```ts
 * batchItemOf(3, () => evaluate('m15-payment', { start: '2021-02-30' }));
 * //=> { index: 3, ok: false, error: { code: 'INVALID_FACTS', message: "Invalid facts for rule 'm15-payment': start: …", details: { … } } }
 * ```
 */
export function batchItemOf<R>(index: number, run: (input: unknown) => R, rule?: BatchRule, input?: unknown): BatchItem<R | OutOfRangeResult> {
  try {
    return { index, ok: true, result: run(input) };
  } catch (error) {
    if (!isYingshangError(error)) throw error;
    if (rule !== undefined && error.code === 'CALENDAR_OUT_OF_RANGE') return { index, ok: true, result: outOfRangeResultOf(rule.id, rule.kind, error) };
    return { index, ok: false, error: { code: error.code, message: error.message, details: error.details } };
  }
}
