// A government procurement system following one contract through its life (measures 13–15 of 江津府办发〔2021〕113号):
// award notice → contract → performance → acceptance → invoice → payment, with a prepayment to an SME supplier.
// Each step adds dates to the record; checkProcurement judges every rule again, with the built package.
import { checkProcurement, explain, labelOf } from 'yingshang/procurement';

// The library's own words for each status (a threshold's `met` is 达标; a record as a whole has its own words).
const statusOf = (result) => labelOf(result.status, 'zh', result.kind);
const RULE = {
  'm13-contract-signing': '合同签订（20日内）',
  'm14-acceptance': '履约验收（7个工作日内）',
  'm15-payment': '办理支付（5个工作日内）',
  'm15-prepayment-ratio': '预付款比例（中小企业不低于50%）',
};
const UNIT = { working_days: '个工作日', calendar_days: '天' };

// The contract as the system knows it on each day: every step adds what happened.
const award = { awardNoticeIssuedOn: '2021-09-08', contractAmount: '1200000.00', supplierIsSme: true };
const signed = { ...award, contractSignedOn: '2021-09-28', prepaymentAmount: '600000.00' };
const performed = { ...signed, performanceCompletedOn: '2021-09-30' };
const invoiced = { ...performed, acceptanceOrganizedOn: '2021-10-11', invoiceReceivedOn: '2021-10-12' };
const paid = { ...invoiced, paymentProcessedOn: '2021-10-20' };
const steps = [
  { asOf: '2021-09-15', note: '中标通知书已发出（9月8日）', record: award },
  { asOf: '2021-09-29', note: '9月28日签订合同，预付60万元', record: signed },
  { asOf: '2021-10-08', note: '9月30日合同执行完毕', record: performed },
  { asOf: '2021-10-14', note: '10月11日组织验收，10月12日收到发票', record: invoiced },
  { asOf: '2021-10-22', note: '10月20日办理支付', record: paid },
];

// #region lifecycle
let check;
for (const { asOf, note, record } of steps) {
  check = checkProcurement({ ...record, asOf });
  console.log(`【${asOf}】${note}：${labelOf(check.status, 'zh', check.kind)}${check.complete ? '（各环节均已办结，结论确定）' : ''}`);
  for (const result of Object.values(check.results)) console.log(`  ${RULE[result.ruleId]}：${statusOf(result)}`);
  for (const { ruleId, due, remaining, unit } of check.upcoming) console.log(`  ⏰ ${RULE[ruleId]}最迟于${due}（含当日）完成，还剩${remaining}${UNIT[unit]}`);
}
// #endregion lifecycle

console.log('\n各环节说明：');
for (const result of Object.values(check.results)) console.log(`- ${RULE[result.ruleId]}：${explain(result)}`);
