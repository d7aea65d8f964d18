import type * as z from 'zod/mini';
import { invalidRecordError } from './invalidRecordError.js';
import { parseInput } from './parseInput.js';

/**
 * Validates a façade's record with its schema, with the same English messages as the rules' facts.
 *
 * @param schema - The record's schema.
 * @param record - Anything.
 * @param label - What the record is, for the message (`'procurement record'`).
 * @param details - More details for the error (valid values…).
 * @returns The schema's output.
 * @throws {@link InvalidFactsError} INVALID_FACTS listing every problem at its record path.
 *
 * @example
 * ```ts
 * parseRecord(ProcurementRecordSchema, { awardNoticeIssuedOn: '2021-02-30' }, 'procurement record'); // throws INVALID_FACTS
 * ```
 */
export function parseRecord<S extends z.ZodMiniType>(schema: S, record: unknown, label: string, details?: Readonly<Record<string, unknown>>): z.output<S> {
  const result = parseInput(schema, record);
  if (result.success) return result.data;
  throw invalidRecordError(label, result.issues, details);
}
