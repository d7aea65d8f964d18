import * as z from 'zod/mini';
import type { DateInput } from '../calendar/types.js';
import { getRule, thresholdFactsSchema, type DecimalInput } from '../rules/index.js';
import { DateInputSchema } from '../rules/internal.js';
import { PROCUREMENT_DEADLINES } from './procurementRules.js';

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
  /** The contract amount, greater than 0, at most 2 decimals. */
  readonly contractAmount: DecimalInput;
  /** The prepayment, at most 2 decimals; omit while none is recorded (the prepayment rule is then not started). */
  readonly prepaymentAmount?: DecimalInput | null;
  /** Whether the supplier is a small or medium enterprise (中小企业) when the contract is signed: the prepayment must then be ≥ 50%. */
  readonly supplierIsSme: boolean;
  /** The day to judge deadlines still running on; default today in Asia/Shanghai. */
  readonly asOf?: DateInput;
}

const date = DateInputSchema;
// The amounts are validated by the prepayment rule's own field schemas (a strict object with one field per input).
const amounts = (thresholdFactsSchema(getRule('m15-prepayment-ratio').inputs) as unknown as z.ZodMiniObject<Readonly<Record<string, z.ZodMiniType<DecimalInput | boolean>>>>)
  .shape;

const actionNeedsTrigger = PROCUREMENT_DEADLINES.map(({ start, end }) =>
  z.refine<Readonly<Partial<Record<typeof start | typeof end, string | undefined>>>>((record) => record[end] === undefined || record[start] !== undefined, {
    message: `must not be given without \`${start}\``,
    path: [end],
    params: { reason: 'without', field: start },
  }),
);

/** A contract is performed after it is signed: `performanceCompletedOn` must not be before `contractSignedOn`. */
const performedAfterSigning = z.refine<{ readonly contractSignedOn?: string | undefined; readonly performanceCompletedOn?: string | undefined }>(
  (r) => r.contractSignedOn === undefined || r.performanceCompletedOn === undefined || r.performanceCompletedOn >= r.contractSignedOn,
  { message: 'must not be before `contractSignedOn`', path: ['performanceCompletedOn'], params: { reason: 'before', field: 'contractSignedOn' } },
);

/**
 * The schema of a {@link ProcurementRecord}: known fields only, real dates, amounts as the prepayment rule takes them,
 * no action day without its trigger day (no `paymentProcessedOn` without `invoiceReceivedOn`), and no performance
 * before the signing. The order of each rule's own pair of days (acceptance before performance, payment before the
 * invoice, signing before the award notice) is checked by the rules themselves, with the same error.
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
    contractAmount: amounts['contractAmount'] as z.ZodMiniType<DecimalInput>,
    prepaymentAmount: z.optional(amounts['prepaymentAmount'] as z.ZodMiniType<DecimalInput>),
    supplierIsSme: amounts['supplierIsSme'] as z.ZodMiniType<boolean>,
    asOf: z.optional(date),
  })
  .check(...actionNeedsTrigger, performedAfterSigning);
