import { IntegerHistogram } from './integerHistogram.js';
import { checkBatchItem, LIMIT_UNITS, RESULT_STATUSES } from './checkBatchItem.js';
import { createBatchCounter } from './createBatchCounter.js';
import type { DeadlineLimit } from '../deadline/resultSchema.js';
import type { ElapsedStats, ResultSummary, ResultSummaryBuilder } from './resultSummary.js';
import type { BatchItem } from './batchItemOf.js';
import type { BatchCounting } from './createBatch.js';

export type { BatchCounts, ElapsedStats, ResultStatus, ResultSummary, ResultSummaryBuilder } from './resultSummary.js';

/**
 * An incremental summary of batch items (counts per status, errors per code, elapsed-time statistics of completed
 * deadlines) in constant memory, for streams too long to hold: a command-line tool feeds it one item at a time.
 *
 * @returns An empty {@link ResultSummaryBuilder}.
 * @example
 * ```ts
 * const summary = createResultSummary();
 * for (const item of evaluateMany('m15-payment', [{ start: '2021-09-29', end: '2021-10-12' }, { start: 'x' }])) summary.add(item);
 * summary.result();
 * //=> { count: 2, evaluated: 1, failed: 1, statuses: { met: 1 }, errors: { INVALID_FACTS: 1 },
 * //=>    elapsed: { working_days: { count: 1, mean: 5, median: 5, p90: 5, min: 5, max: 5 } } }
 * ```
 */
export function createResultSummary(): ResultSummaryBuilder {
  const counting = resultCounting();
  return {
    add(item) {
      checkBatchItem(item, 'item');
      counting.add(item);
    },
    result: () => counting.result(),
  };
}

/**
 * The counting behind {@link createResultSummary}, for items a batch made itself (not checked again).
 *
 * @returns An empty counting.
 * @example
 * ```ts
 * const counting = resultCounting();
 * counting.add({ index: 0, ok: true, result: evaluate('m15-payment', { start: '2021-09-29', end: '2021-10-12' }) });
 * counting.result().statuses; //=> { met: 1 }
 * ```
 */
export function resultCounting(): BatchCounting<BatchItem, ResultSummary> {
  const counter = createBatchCounter(RESULT_STATUSES);
  const elapsed = new Map<DeadlineLimit['unit'], IntegerHistogram>();
  // The histogram of the last unit counted: a batch of one rule has one unit.
  let lastUnit: DeadlineLimit['unit'] | undefined;
  let lastHistogram: IntegerHistogram | undefined;
  return {
    add(item) {
      if (!item.ok) {
        counter.addError(item.error.code);
        return;
      }
      const { result } = item;
      counter.addResult(result.status);
      if (result.kind !== 'deadline' || (result.status !== 'met' && result.status !== 'missed') || result.limit === undefined || result.elapsed === undefined) return;
      const { unit } = result.limit;
      let histogram = unit === lastUnit ? lastHistogram : elapsed.get(unit);
      if (!histogram) {
        histogram = new IntegerHistogram();
        elapsed.set(unit, histogram);
      }
      lastUnit = unit;
      lastHistogram = histogram;
      histogram.add(result.elapsed);
    },
    result() {
      const elapsedStats: Partial<Record<DeadlineLimit['unit'], ElapsedStats>> = {};
      for (const unit of LIMIT_UNITS) {
        const stats = elapsed.get(unit)?.stats();
        if (stats) elapsedStats[unit] = Object.freeze(stats);
      }
      return Object.freeze({ ...counter.counts(), elapsed: Object.freeze(elapsedStats) });
    },
  };
}
