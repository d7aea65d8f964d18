import { isoOfDateInput } from '../_internal/isoOfDateInput.js';
import type { ParsedProcurementRecord } from './procurementRecordSchema.js';
import { compareDecimals, toDecimal } from '../_internal/decimal.js';

const DAYS = ['contractSignedOn', 'performanceCompletedOn', 'acceptanceOrganizedOn', 'invoiceReceivedOn', 'paymentProcessedOn'] as const;
const KNOWN = new Set<string>(['awardNoticeIssuedOn', ...DAYS, 'contractAmount', 'prepaymentAmount', 'supplierIsSme', 'asOf']);
// Yuan written plainly with at most 2 decimals: the common form, which the amount schema accepts as is.
const AMOUNT = /^\d{1,15}(?:\.\d{1,2})?$/;

/**
 * The hot-path reader of a procurement record (a batch of a million rows): reads the common shape (a plain object of
 * `'YYYY-MM-DD'` strings or `Date`s, `null` for a day not there yet, amounts as plain decimal strings) without zod.
 * It accepts only what `ProcurementRecordSchema` accepts and gives the same values; on
 * anything else it returns `undefined` and the caller falls back to zod for the full report.
 *
 * @param record - Anything.
 * @returns The validated record, or `undefined` when zod must decide.
 *
 * @example
 * ```ts
 * readProcurementRecord({ awardNoticeIssuedOn: '2021-09-08', contractSignedOn: null, contractAmount: '100.00', supplierIsSme: true })?.awardNoticeIssuedOn; //=> '2021-09-08'
 * ```
 */
export function readProcurementRecord(record: unknown): ParsedProcurementRecord | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const proto: unknown = Object.getPrototypeOf(record);
  if (proto !== Object.prototype && proto !== null) return undefined;
  // An object with a plain prototype (checked just above): its fields can be read by name.
  const fields = record as Readonly<Record<string, unknown>>;
  for (const key in fields) if (!KNOWN.has(key)) return undefined;
  const award = isoOfDateInput(fields['awardNoticeIssuedOn']);
  const { contractAmount, prepaymentAmount, supplierIsSme } = fields;
  // The common shape: every amount there, plain; anything else (a fact not there yet included) is zod's to read.
  if (award === undefined || typeof supplierIsSme !== 'boolean') return undefined;
  if (typeof contractAmount !== 'string' || !AMOUNT.test(contractAmount) || !/[1-9]/.test(contractAmount)) return undefined;
  if (prepaymentAmount !== undefined && prepaymentAmount !== null && (typeof prepaymentAmount !== 'string' || !AMOUNT.test(prepaymentAmount))) return undefined;
  const parsed: Record<string, unknown> = { awardNoticeIssuedOn: award, contractAmount, supplierIsSme };
  if (typeof prepaymentAmount === 'string') {
    // A prepayment above the contract amount: zod reports it.
    if (compareDecimals(toDecimal(prepaymentAmount), toDecimal(contractAmount)) > 0) return undefined;
    parsed['prepaymentAmount'] = prepaymentAmount;
  }
  for (const field of DAYS) {
    const value = fields[field];
    if (value === undefined || value === null) continue;
    const day = isoOfDateInput(value);
    if (day === undefined) return undefined;
    parsed[field] = day;
  }
  if (fields['asOf'] !== undefined) {
    const asOf = isoOfDateInput(fields['asOf']);
    if (asOf === undefined) return undefined;
    parsed['asOf'] = asOf;
  }
  // Performance before the signing: zod reports it too.
  const [signed, performed] = [parsed['contractSignedOn'] as string | undefined, parsed['performanceCompletedOn'] as string | undefined];
  if (signed !== undefined && performed !== undefined && performed < signed) return undefined;
  // Every field of the record was checked above, as the schema does (the property test proves they agree).
  return parsed as ParsedProcurementRecord;
}
