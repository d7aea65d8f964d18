import * as z from 'zod/mini';
import { getRule, thresholdFactsSchema, type DecimalInput } from '../rules/index.js';
import { DateFactSchema, notYet } from '../rules/internal.js';
import { compareDecimals, decimalOfNumber, parseDecimal, type Decimal } from '../_internal/decimal.js';
import { fieldOrderCheck } from '../_internal/fieldOrderCheck.js';

const date = DateFactSchema;
// The amounts are validated by the prepayment rule's own field schemas. thresholdFactsSchema is typed for users as a
// schema of the facts' record; it is a strict object with one field per input, whose `shape` this reads.
const amounts = (thresholdFactsSchema(getRule('m15-prepayment-ratio').inputs) as unknown as z.ZodMiniObject<Readonly<Record<string, z.ZodMiniType>>>).shape;
// Typed as the prepayment rule's inputs declare them (two positive-or-zero decimals and a boolean).
const amount = amounts['contractAmount'] as z.ZodMiniType<DecimalInput, DecimalInput>;
const prepayment = amounts['prepaymentAmount'] as z.ZodMiniType<DecimalInput, DecimalInput>;
const sme = amounts['supplierIsSme'] as z.ZodMiniType<boolean, boolean>;

/** A contract is performed after it is signed: `performanceCompletedOn` must not be before `contractSignedOn`. */
const performedAfterSigning = fieldOrderCheck('performanceCompletedOn', 'contractSignedOn', 'before', (performed: string, signed: string) => performed < signed);

/** An amount as a decimal, or `undefined` when it is not one (zod reports it at its field; the object's checks run anyway). */
const decimalOf = (value: DecimalInput): Decimal | undefined => (typeof value === 'string' ? parseDecimal(value) : decimalOfNumber(value));

/** A prepayment is part of the contract amount: `prepaymentAmount` must not be more than `contractAmount`. */
const prepaymentWithinContract = fieldOrderCheck('prepaymentAmount', 'contractAmount', 'more_than', (prepayment: DecimalInput, contract: DecimalInput) => {
  const [paid, total] = [decimalOf(prepayment), decimalOf(contract)];
  return paid !== undefined && total !== undefined && compareDecimals(paid, total) > 0;
});

/**
 * The schema of a {@link ProcurementRecord}: known fields only, real dates, amounts as the prepayment rule takes them;
 * facts that contradict each other are refused, naming both fields and values: a performance before the signing, a
 * prepayment above the contract amount. The order of each rule's own pair of days (acceptance before performance,
 * payment before the invoice, signing before the award notice) is checked by the rules themselves, with the same
 * error. A missing fact is not an error: an action day without its trigger day (a payment without the invoice's day)
 * or an amount without the others leaves its rule `not_started`, waiting for it.
 *
 * @example
 * ```ts
 * ProcurementRecordSchema.safeParse({ awardNoticeIssuedOn: '2021-09-08', contractSignedOn: null, contractAmount: '1000000.00', supplierIsSme: true }).success; //=> true
 * ```
 */
export const ProcurementRecordSchema = z
  .strictObject({
    /** The day the award (成交) notice was issued: starts the 20-day signing period (measure 13). */
    awardNoticeIssuedOn: date,
    /** The day the contract was signed. */
    contractSignedOn: notYet(date),
    /** The day the contract was performed (合同执行完毕): starts the 7-working-day acceptance period (measure 14). */
    performanceCompletedOn: notYet(date),
    /** The day the acceptance was organised (started). */
    acceptanceOrganizedOn: notYet(date),
    /** The day the invoice was received: starts the 5-working-day payment period (measure 15). */
    invoiceReceivedOn: notYet(date),
    /** The day the payment was processed. */
    paymentProcessedOn: notYet(date),
    /** The contract amount, greater than 0, at most 2 decimals; without it the prepayment rule is not started. */
    contractAmount: notYet(amount),
    /** The prepayment, at most 2 decimals; omit it (or `null`) while none is recorded (the prepayment rule is then not started). */
    prepaymentAmount: notYet(prepayment),
    /**
     * Whether the supplier is a small or medium enterprise (中小企业) when the contract is signed: the prepayment must then
     * be ≥ 50%; without it the prepayment rule is not started.
     */
    supplierIsSme: notYet(sme),
    /** The day to judge deadlines still running on; default today in Asia/Shanghai. */
    asOf: z.optional(date),
  })
  .check(performedAfterSigning, prepaymentWithinContract);

/**
 * One government procurement contract, as a procurement system records it (the input of {@link ProcurementRecordSchema}).
 * Dates are `'YYYY-MM-DD'` strings or `Date`s (read in Asia/Shanghai); `null` for a day (or an amount) not there yet
 * means the same as leaving it out; amounts are yuan, as decimal strings (`'1000000.00'`) or finite numbers.
 */
export type ProcurementRecord = Readonly<z.input<typeof ProcurementRecordSchema>>;

/** A procurement record after validation (the output of {@link ProcurementRecordSchema}): each day a `'YYYY-MM-DD'` string, a day (or an amount) not there yet `undefined`. */
export type ParsedProcurementRecord = Readonly<z.output<typeof ProcurementRecordSchema>>;
