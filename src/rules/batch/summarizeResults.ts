import { describeValue } from '../../_internal/describeValue.js';
import { iterableKind } from '../../_internal/iterableKind.js';
import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import type { BatchItem } from './batchItemOf.js';
import { checkBatchItem } from './checkBatchItem.js';
import { createResultSummary, type ResultSummary } from './createResultSummary.js';

/**
 * The summary of a whole stream of batch items (see {@link createResultSummary}): synchronously for a synchronous
 * iterable (an array, or `evaluateMany` over one), as a promise for an async one. Items are consumed one at a time
 * and not kept.
 *
 * @param items - Items of `evaluateMany`, or any {@link BatchItem}s.
 * @returns The summary, or a promise of it for an async iterable.
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT when `items` is not iterable, or an item is not a batch item (the
 * message names it, e.g. `items.3.result.status`); for an async iterable the promise rejects with it.
 * @example
 * ```ts
 * summarizeResults(evaluateMany('m06-water-connection', [{ start: '2021-09-28', end: '2021-10-12' }], { trace: false })).statuses;
 * //=> { met: 1 }
 * ```
 */
export function summarizeResults(items: Iterable<BatchItem>): ResultSummary;
export function summarizeResults(items: AsyncIterable<BatchItem>): Promise<ResultSummary>;
export function summarizeResults(items: Iterable<BatchItem> | AsyncIterable<BatchItem>): ResultSummary | Promise<ResultSummary>;
export function summarizeResults(items: Iterable<BatchItem> | AsyncIterable<BatchItem>): ResultSummary | Promise<ResultSummary> {
  const kind = iterableKind(items);
  if (kind === undefined) {
    throw new InvalidArgumentError(`\`items\` must be an iterable or async iterable of batch items, got ${describeValue(items)}.`, { argument: 'items' });
  }
  const summary = createResultSummary();
  let index = 0;
  // Checked here too, so that a bad item is named by its position in `items`.
  const add = (item: unknown): void => {
    checkBatchItem(item, `items.${index++}`);
    summary.add(item);
  };
  if (kind === 'sync') {
    // iterableKind said which of the two it is.
    for (const item of items as Iterable<BatchItem>) add(item);
    return summary.result();
  }
  return (async () => {
    // iterableKind said it is async.
    for await (const item of items as AsyncIterable<BatchItem>) add(item);
    return summary.result();
  })();
}
