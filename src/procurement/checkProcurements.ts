import { describeValue } from '../_internal/describeValue.js';
import { iterableKind } from '../_internal/iterableKind.js';
import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { isYingshangError } from '../errors/YingshangError.js';
import type { EvaluateOptions } from '../rules/index.js';
import { checkProcurement } from './checkProcurement.js';
import { createProcurementSummary, type ProcurementItem, type ProcurementSummary } from './createProcurementSummary.js';
import type { ProcurementRecord } from './procurementRecordSchema.js';

/** The stream of {@link checkProcurements}: its items, one per record, and the summary of the items so far. */
export interface ProcurementBatch<I extends ProcurementItem = ProcurementItem> extends AsyncIterableIterator<I> {
  /**
   * The summary of the items yielded so far (of every record once the stream is done).
   *
   * @returns The summary: overall statuses, errors, and each rule's statuses and durations.
   * @example
   * ```ts
   * const batch = checkProcurements([{ awardNoticeIssuedOn: '2021-09-08', contractSignedOn: '2021-09-20', contractAmount: '100.00', supplierIsSme: false }]);
   * for (const item of batch) item.ok;
   * batch.summary().byRule['m13-contract-signing'].elapsed; //=> { calendar_days: { count: 1, mean: 12, median: 12, p90: 12, min: 12, max: 12 } }
   * ```
   */
  summary(): ProcurementSummary;
}

/**
 * Checks a stream of procurement contracts with `checkProcurement`, lazily and in order: one item per record,
 * pulled one at a time (never read ahead nor held), so a database cursor of a million rows runs in constant memory.
 * A record that cannot be checked (`INVALID_FACTS`, `CALENDAR_OUT_OF_RANGE`…) becomes an error item; the run goes
 * on. `summary()` adds up the items so far: overall statuses, errors, and per rule the counts by status and the
 * mean, median and p90 duration of completed deadlines.
 *
 * A synchronous input (an array, a generator) can be walked with `for…of` as well as `for await`.
 *
 * @param records - An iterable or async iterable of procurement records.
 * @param options - `calendar` and `trace`, as for `evaluate` (`trace: false` for large batches).
 * @returns The stream of items, with `summary()`.
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT when `records` is not iterable.
 * @example
 * ```ts
 * const batch = checkProcurements([
 *   { awardNoticeIssuedOn: '2021-09-08', contractSignedOn: '2021-09-20', contractAmount: '100.00', supplierIsSme: false },
 *   { awardNoticeIssuedOn: '2021-02-30', contractAmount: '100.00', supplierIsSme: false },
 * ]);
 * for (const item of batch) item.ok;
 * batch.summary().statuses; //=> { met: 1 }
 * batch.summary().errors; //=> { INVALID_FACTS: 1 }
 * ```
 */
export function checkProcurements(records: Iterable<ProcurementRecord | Readonly<Record<string, unknown>>>, options?: EvaluateOptions): ProcurementBatch & Iterable<ProcurementItem>;
export function checkProcurements(records: AsyncIterable<ProcurementRecord | Readonly<Record<string, unknown>>>, options?: EvaluateOptions): ProcurementBatch;
export function checkProcurements(records: Iterable<unknown> | AsyncIterable<unknown>, options?: EvaluateOptions): ProcurementBatch {
  const kind = iterableKind(records);
  if (kind === undefined) {
    throw new InvalidArgumentError(`\`records\` must be an iterable (an array, a generator…) or an async iterable (a stream…) of procurement records, got ${describeValue(records)}.`, {
      argument: 'records',
    });
  }
  const summary = createProcurementSummary();
  let index = 0;
  const check = (record: unknown): ProcurementItem => {
    let item: ProcurementItem;
    try {
      item = { index, ok: true, result: checkProcurement(record as ProcurementRecord, options) };
    } catch (error) {
      if (!isYingshangError(error)) throw error;
      item = { index, ok: false, error: { code: error.code, message: error.message, details: error.details } };
    }
    index += 1;
    summary.add(item);
    return item;
  };
  if (kind === 'sync') {
    const items = (function* () {
      for (const record of records as Iterable<unknown>) yield check(record);
    })();
    return {
      next: async () => items.next(),
      return: async () => items.return(undefined),
      [Symbol.asyncIterator]() {
        return this;
      },
      [Symbol.iterator]: () => items,
      summary: () => summary.result(),
    } as ProcurementBatch & Iterable<ProcurementItem>;
  }
  const items = (async function* () {
    for await (const record of records as AsyncIterable<unknown>) yield check(record);
  })();
  return Object.assign(items, { summary: () => summary.result() });
}
