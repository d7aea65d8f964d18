import * as z from 'zod/mini';
import type { DateInput } from '../calendar/types.js';
import { getRule, thresholdFactsSchema, type DecimalInput } from '../rules/index.js';
import { DateInputSchema } from '../rules/internal.js';
import { compareDecimals, toDecimal } from '../_internal/decimal.js';
import { fieldOrderCheck } from '../_internal/fieldOrderCheck.js';

/**
 * One government procurement contract, as a procurement system records it. Dates are `'YYYY-MM-DD'` strings or
 * `Date`s (read in Asia/Shanghai); `null` for a day (or the prepayment) not there yet means the same as leaving it out; amounts are yuan, as decimal strings (`'1000000.00'`) or finite numbers.
 */
export interface ProcurementRecord {
  /** The day the award (成交) notice was issued: starts the 20-day signing period (measure 13). */
  readonly awardNoticeIssuedOn: DateInput;
  /** The day the contract was signed. */
  readonly contractSignedOn?: DateInput | null;
  /** The day the contract was performed (合同执行完毕): starts the 7-working-day acceptance period (measure 14). */
  readonly performanceCompletedOn?: DateInput | null;
  /** The day the acceptance was organised (started). */
  readonly acceptanceOrganizedOn?: DateInput | null;
  /** The day the invoice was received: starts the 5-working-day payment period (measure 15). */
  readonly invoiceReceivedOn?: DateInput | null;
  /** The day the payment was processed. */
  readonly paymentProcessedOn?: DateInput | null;
  /** The contract amount, greater than 0, at most 2 decimals; without it the prepayment rule is not started. */
  readonly contractAmount?: DecimalInput | null;
  /** The prepayment, at most 2 decimals; omit while none is recorded (the prepayment rule is then not started). */
  readonly prepaymentAmount?: DecimalInput | null;
  /**
   * Whether the supplier is a small or medium enterprise (中小企业) when the contract is signed: the prepayment must then
   * be ≥ 50%; without it the prepayment rule is not started.
   */
  readonly supplierIsSme?: boolean | null;
  /** The day to judge deadlines still running on; default today in Asia/Shanghai. */
  readonly asOf?: DateInput;
}

const date = DateInputSchema;
// The amounts are validated by the prepayment rule's own field schemas (a strict object with one field per input).
const amounts = (thresholdFactsSchema(getRule('m15-prepayment-ratio').inputs) as unknown as z.ZodMiniObject<Readonly<Record<string, z.ZodMiniType<DecimalInput | boolean>>>>)
  .shape;

/** A contract is performed after it is signed: `performanceCompletedOn` must not be before `contractSignedOn`. */
const performedAfterSigning = fieldOrderCheck('performanceCompletedOn', 'contractSignedOn', 'before', (performed: string, signed: string) => performed < signed);

/** A prepayment is part of the contract amount: `prepaymentAmount` must not be more than `contractAmount`. */
const prepaymentWithinContract = fieldOrderCheck('prepaymentAmount', 'contractAmount', 'more_than', (prepayment: DecimalInput, contract: DecimalInput) =>
  compareDecimals(toDecimal(prepayment), toDecimal(contract)) > 0,
);

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
 * ProcurementRecordSchema.safeParse({ awardNoticeIssuedOn: '2021-09-08', contractAmount: '1000000.00', supplierIsSme: true }).success; //=> true
 * ```
 */
export const ProcurementRecordSchema = z
  .strictObject({
    awardNoticeIssuedOn: date,
    contractSignedOn: z.optional(date),
    performanceCompletedOn: z.optional(date),
    acceptanceOrganizedOn: z.optional(date),
    invoiceReceivedOn: z.optional(date),
    paymentProcessedOn: z.optional(date),
    contractAmount: z.optional(amounts['contractAmount'] as z.ZodMiniType<DecimalInput>),
    prepaymentAmount: z.optional(amounts['prepaymentAmount'] as z.ZodMiniType<DecimalInput>),
    supplierIsSme: z.optional(amounts['supplierIsSme'] as z.ZodMiniType<boolean>),
    asOf: z.optional(date),
  })
  .check(performedAfterSigning, prepaymentWithinContract);
