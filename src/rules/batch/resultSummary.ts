import type { ErrorCode } from '../../errors/codes.js';
import type { BatchItem } from './batchItemOf.js';
import type { DeadlineLimit } from '../deadline/resultSchema.js';
import type { ResultStatus } from '../ruleResult.js';

export type { ResultStatus } from '../ruleResult.js';

/**
 * Statistics of the net elapsed time of completed deadlines, in their limit's unit. Exact for any count: durations
 * are whole days, kept as a histogram of distinct values.
 */
export interface ElapsedStats {
  readonly count: number;
  readonly mean: number;
  /** The middle value, or the mean of the two middle values for an even count. */
  readonly median: number;
  /** The nearest-rank 90th percentile: the smallest duration with at least 90% of the durations at or below it. */
  readonly p90: number;
  readonly min: number;
  readonly max: number;
}

/** The counts of any batch summary: items, results per status `S`, errors per code. */
export interface BatchCounts<S extends string> {
  /** Items added. */
  readonly count: number;
  /** Items with a result. */
  readonly evaluated: number;
  /** Items with an error. */
  readonly failed: number;
  /** Results per status, e.g. `{ met: 12, missed: 2 }`; a status never seen is absent. */
  readonly statuses: Readonly<Partial<Record<S, number>>>;
  /** Error items per code, e.g. `{ INVALID_FACTS: 3 }`. */
  readonly errors: Readonly<Partial<Record<ErrorCode, number>>>;
}

/** What a stream of batch items adds up to. */
export interface ResultSummary extends BatchCounts<ResultStatus> {
  /**
   * The net elapsed time (pauses excluded) of completed period deadlines (`met` or `missed`), per unit of their
   * limit: `{ working_days: { count, mean, median, p90, min, max } }`. Pending and overdue deadlines are not done,
   * and other kinds have no duration, so they are not in it.
   */
  readonly elapsed: Readonly<Partial<Record<DeadlineLimit['unit'], ElapsedStats>>>;
}

/** An accumulator of batch items: feed items one at a time with `add`, read the summary so far with `result`. */
export interface ResultSummaryBuilder {
  /**
   * Counts one item.
   *
   * @param item - An item of `evaluateMany` (or any {@link BatchItem}).
   * @throws {@link InvalidArgumentError} INVALID_ARGUMENT when `item` is not a batch item (no boolean `ok`, an unknown
   * result status, a completed deadline without a whole `elapsed`…), naming the offending path; nothing is counted.
   * @example
   * ```ts
   * const summary = createResultSummary();
   * summary.add({ index: 0, ok: false, error: { code: 'INVALID_FACTS', message: 'start: not a date', details: {} } });
   * summary.result().errors; //=> { INVALID_FACTS: 1 }
   * ```
   */
  add(item: BatchItem): void;
  /**
   * The summary of the items added so far (adding more afterwards is fine).
   *
   * @returns A frozen summary, statuses in a fixed order and error codes sorted.
   * @example
   * ```ts
   * createResultSummary().result(); //=> { count: 0, evaluated: 0, failed: 0, statuses: {}, errors: {}, elapsed: {} }
   * ```
   */
  result(): ResultSummary;
}
