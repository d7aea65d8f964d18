import type { ErrorCode } from '../../errors/codes.js';
import type { BatchCounts } from './resultSummary.js';

/** An accumulator of the counts every batch summary has: items, results per status, errors per code. */
export interface BatchCounter<S extends string> {
  /** Counts an item with a result of status `status`. */
  addResult(status: S): void;
  /** Counts an item with an error of code `code`. */
  addError(code: ErrorCode): void;
  /** The counts so far, frozen: statuses in the counter's order, error codes sorted. */
  counts(): BatchCounts<S>;
}

/**
 * A {@link BatchCounter}, for `createResultSummary` and the façades' summaries.
 *
 * @param statusOrder - Every status, in the order the counts list them.
 * @returns An empty counter.
 * @example
 * ```ts
 * const counter = createBatchCounter(['met', 'missed']);
 * counter.addResult('missed');
 * counter.addError('INVALID_FACTS');
 * counter.counts(); //=> { count: 2, evaluated: 1, failed: 1, statuses: { missed: 1 }, errors: { INVALID_FACTS: 1 } }
 * ```
 */
export function createBatchCounter<S extends string>(statusOrder: readonly S[]): BatchCounter<S> {
  let count = 0;
  let failed = 0;
  // A count per status of `statusOrder`, found by position (a dozen statuses: cheaper than hashing).
  const statuses = statusOrder.map(() => 0);
  const errors = new Map<ErrorCode, number>();
  return {
    addResult(status) {
      count += 1;
      const slot = statusOrder.indexOf(status);
      if (slot >= 0) statuses[slot] = (statuses[slot] ?? 0) + 1;
    },
    addError(code) {
      count += 1;
      failed += 1;
      errors.set(code, (errors.get(code) ?? 0) + 1);
    },
    counts() {
      return Object.freeze({
        count,
        evaluated: count - failed,
        failed,
        // Object.fromEntries loses the keys: they are statuses of S, each with its count.
        statuses: Object.freeze(Object.fromEntries(statusOrder.flatMap((s, slot) => ((statuses[slot] ?? 0) > 0 ? [[s, statuses[slot]]] : [])))) as BatchCounts<S>['statuses'],
        errors: Object.freeze(Object.fromEntries([...errors].sort(([a], [b]) => (a < b ? -1 : 1)))),
      });
    },
  };
}
