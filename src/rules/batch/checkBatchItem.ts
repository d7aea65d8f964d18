import { isRecord } from '../../_internal/isRecord.js';
import { describeValue } from '../../_internal/describeValue.js';
import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import type { BatchItem } from './batchItemOf.js';
import type { ResultStatus } from './resultSummary.js';
import type { DeadlineLimit } from '../deadline/resultSchema.js';

/** Every status a result can have, in the order summaries list them. */
export const RESULT_STATUSES: readonly ResultStatus[] = Object.freeze(['met', 'missed', 'pending', 'overdue', 'not_started', 'not_met', 'not_applicable', 'achieved', 'on_track', 'behind', 'no_data', 'out_of_range']);

/** The units of a period deadline's limit, in the order summaries list them. */
export const LIMIT_UNITS: readonly DeadlineLimit['unit'][] = Object.freeze(['working_days', 'calendar_days']);

const SHAPE = '{ index, id?, ok: true, result } or { index, id?, ok: false, error: { code, message } } as evaluateMany gives';

function fail(path: string, value: unknown, valid: string): never {
  throw new InvalidArgumentError(`\`${path}\` is ${describeValue(value)}; ${valid}.`, { argument: path });
}

/**
 * Checks that a value is a batch item, as far as a summary reads it: `ok`, the error's `code`, the result's `status`,
 * and a completed deadline's `limit.unit` and `elapsed` (a whole number of days ≥ 0).
 *
 * @param item - Anything.
 * @param path - How the caller names it in a message (`'item'`, `'items.3'`).
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT naming the offending path and what is valid.
 *
 * @example
 * ```ts
 * checkBatchItem({ index: 0, ok: true, result: { status: 'done' } }, 'item');
 * // throws INVALID_ARGUMENT: '`item.result.status` is "done"; valid statuses: met, missed, …'
 * ```
 */
export function checkBatchItem(item: unknown, path: string): asserts item is BatchItem {
  if (!isRecord(item)) fail(path, item, `a batch item is ${SHAPE}`);
  if (typeof item['ok'] !== 'boolean') fail(`${path}.ok`, item['ok'], 'valid values are true and false');
  if (!item['ok']) {
    const error = item['error'];
    if (!isRecord(error)) fail(`${path}.error`, error, 'an error item has an error { code, message }');
    if (typeof error['code'] !== 'string') fail(`${path}.error.code`, error['code'], "an error code is a string such as 'INVALID_FACTS'");
    return;
  }
  const result = item['result'];
  if (!isRecord(result)) fail(`${path}.result`, result, 'a result item has the result of evaluate');
  const { status, kind, limit, elapsed } = result;
  // `includes` on a literal tuple takes only its members; the value read back is unknown.
  if (!(RESULT_STATUSES as readonly unknown[]).includes(status)) fail(`${path}.result.status`, status, `valid statuses: ${RESULT_STATUSES.join(', ')}`);
  if (kind !== 'deadline' || limit === undefined || elapsed === undefined || (status !== 'met' && status !== 'missed')) return;
  const unit = isRecord(limit) ? limit['unit'] : undefined;
  if (!(LIMIT_UNITS as readonly unknown[]).includes(unit)) fail(`${path}.result.limit.unit`, unit, `valid units: ${LIMIT_UNITS.join(', ')}`);
  // Number.isSafeInteger(elapsed) has just said it is a number.
  if (!Number.isSafeInteger(elapsed) || (elapsed as number) < 0) fail(`${path}.result.elapsed`, elapsed, 'elapsed time is a whole number of days ≥ 0');
}
