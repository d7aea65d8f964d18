import { deepFreeze } from '../_internal/deepFreeze.js';
import type { ProcurementRecord } from './procurementRecordSchema.js';

/**
 * The Chinese column names that the CLI (and the web page) read as the fields of a {@link ProcurementRecord}, as
 * procurement systems and clerks' spreadsheets name them; any other name is mapped with `--columns` or `--map`.
 *
 * @example
 * ```ts
 * PROCUREMENT_COLUMN_NAMES.supplierIsSme; //=> ['是否中小企业', '中小企业']
 * ```
 */
export const PROCUREMENT_COLUMN_NAMES: { readonly [K in keyof ProcurementRecord]-?: readonly string[] } = deepFreeze({
  awardNoticeIssuedOn: ['中标通知书发出日期', '成交通知书发出日期', '中标（成交）通知书发出日期', '中标日期', '成交日期'],
  contractSignedOn: ['合同签订日期', '签订日期'],
  performanceCompletedOn: ['履约完成日期', '合同履行完毕日期', '合同执行完毕日期'],
  acceptanceOrganizedOn: ['验收日期', '组织验收日期'],
  invoiceReceivedOn: ['收到发票日期', '发票收到日期'],
  paymentProcessedOn: ['付款日期', '支付日期'],
  contractAmount: ['合同金额', '合同金额（元）'],
  prepaymentAmount: ['预付款金额', '预付款', '预付款金额（元）'],
  supplierIsSme: ['是否中小企业', '中小企业'],
  asOf: ['评估日期', '统计截止日期'],
});
