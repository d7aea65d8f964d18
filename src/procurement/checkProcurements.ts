import type { Batch, BatchOptions, EvaluateOptions, SyncBatch } from '../rules/index.js';
import { batchItemOf, checkIdOption, createBatch, prepareEvaluation } from '../rules/internal.js';
import { readOptions } from '../_internal/readOptions.js';
import { checkProcurement, type ProcurementCheck } from './checkProcurement.js';
import { createProcurementSummary, type ProcurementItem, type ProcurementSummary } from './createProcurementSummary.js';
import type { ProcurementRecord } from './procurementRecordSchema.js';

/** The stream of {@link checkProcurements}: its items, one per record, and `summary()`, the summary of the items so far (overall statuses, errors, and each rule's statuses and durations). */
export type ProcurementBatch = Batch<ProcurementItem, ProcurementSummary>;

/** The options of {@link checkProcurements}: `evaluate`'s (`calendar`, `trace`) and the batch's (`id`). */
export type CheckProcurementsOptions = EvaluateOptions & BatchOptions;

const OPTIONS = { calendar: null, trace: null, id: null } as const;

/**
 * Checks a stream of procurement contracts with `checkProcurement`, lazily and in order: one item per record,
 * pulled one at a time (never read ahead nor held), so a database cursor of a million rows runs in constant memory.
 * Nothing a record contains stops the run: a rule whose answer needs a year the calendar has no notice for is
 * `out_of_range` (the record `incomplete`), a rule not started yet `not_started`, both counted by status; a record
 * that cannot be checked (`INVALID_FACTS`…) is an error item. `summary()` adds up the items so far: overall statuses,
 * errors, and per rule the counts by status and the mean, median and p90 duration of completed deadlines.
 *
 * A synchronous input (an array, a generator) can be walked with `for…of` as well as `for await`.
 *
 * @param records - An iterable or async iterable of procurement records.
 * @param options - `calendar` and `trace`, as for `evaluate` (`trace: false` for large batches), and `id`: the field
 * of each record carried into its item as `id` (and not checked).
 * @returns The stream of items, with `summary()`.
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT when `records` is not iterable or for bad options.
 * @example
 * ```ts
 * const batch = checkProcurements([
 *   { contractNo: 'C-1', awardNoticeIssuedOn: '2021-09-08', contractSignedOn: '2021-09-20', contractAmount: '100.00', supplierIsSme: false },
 *   { contractNo: 'C-2', awardNoticeIssuedOn: '2021-02-30', contractAmount: '100.00', supplierIsSme: false },
 *   { contractNo: 'C-3', awardNoticeIssuedOn: '2026-12-15', contractAmount: '100.00', supplierIsSme: true, asOf: '2026-12-20' },
 * ], { id: 'contractNo' });
 * [...batch].map((item) => item.id); //=> ['C-1', 'C-2', 'C-3']
 * batch.summary().statuses; //=> { incomplete: 1, met: 1 }
 * batch.summary().errors; //=> { INVALID_FACTS: 1 }
 * batch.summary().byRule['m13-contract-signing'].statuses; //=> { met: 1, out_of_range: 1 }
 * ```
 */
export function checkProcurements(records: Iterable<ProcurementRecord | Readonly<Record<string, unknown>>>, options?: CheckProcurementsOptions): SyncBatch<ProcurementItem, ProcurementSummary>;
export function checkProcurements(records: AsyncIterable<ProcurementRecord | Readonly<Record<string, unknown>>>, options?: CheckProcurementsOptions): ProcurementBatch;
export function checkProcurements(records: Iterable<unknown> | AsyncIterable<unknown>, options?: CheckProcurementsOptions): ProcurementBatch {
  // readOptions checked these options against OPTIONS; its return type is only a record of unknowns.
  const { id, ...checkOptions } = readOptions(options, OPTIONS, '{ trace: false }') as CheckProcurementsOptions;
  const given = options === undefined ? undefined : checkOptions;
  // The options, checked before any record (a record's own errors become items).
  prepareEvaluation('m15-payment', given);
  return createBatch<ProcurementCheck, ProcurementSummary>(
    records,
    { argument: 'records', of: 'procurement records' },
    // The record is checked by checkProcurement; batchItemOf's item is the generic one, whose result is this check.
    (record, index) => batchItemOf(index, () => checkProcurement(record as ProcurementRecord, given)) as ProcurementItem,
    createProcurementSummary(),
    checkIdOption(id),
  );
}
