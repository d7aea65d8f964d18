// One procurement contract checked against measures 13–15 of 江津府办发〔2021〕113号 with the built package: the code of
// docs/en/procurement.md and docs/zh-CN/procurement.md. Every `//=>` comment is what the line prints.
// (examples/procurementLifecycle.mjs follows a contract through its whole life.)
// #region check
import { checkProcurement, explain } from 'yingshang/procurement';

const contract = {
  awardNoticeIssuedOn: '2021-09-08', // 中标（成交）通知书发出
  contractSignedOn: '2021-09-28', // 合同签订
  performanceCompletedOn: '2021-09-30', // 合同执行完毕
  contractAmount: '1200000.00',
  prepaymentAmount: '600000.00',
  supplierIsSme: true, // 中小企业: the prepayment must be at least 50%
  asOf: '2021-10-08',
};
const check = checkProcurement(contract);
console.log(check.status, check.complete); //=> pending false
for (const [ruleId, result] of Object.entries(check.results)) console.log(ruleId, result.status, result.due ?? result.waitingFor ?? result.actual);
//=> m13-contract-signing met 2021-09-28
//   m14-acceptance pending 2021-10-15
//   m15-payment not_started invoiceReceivedOn
//   m15-prepayment-ratio met 0.500000
for (const { ruleId, due, remaining, unit } of check.upcoming) console.log(ruleId, due, remaining, unit); //=> m14-acceptance 2021-10-15 6 working_days
// #endregion check

// #region explain
console.log(explain(check.results['m14-acceptance']));
// #endregion explain
// #region explain-en
console.log(explain(check.results['m14-acceptance'], { locale: 'en' }));
// #endregion explain-en

// #region later
// Each step adds dates to the same record: the invoice arrived on 2021-10-12 and was paid on 2021-10-20.
const later = checkProcurement({
  ...contract,
  acceptanceOrganizedOn: '2021-10-11',
  invoiceReceivedOn: '2021-10-12',
  paymentProcessedOn: '2021-10-20',
  asOf: '2021-10-22',
});
console.log(later.status, later.complete, later.results['m15-payment'].overBy); //=> missed true 1
// #endregion later

// #region invalid
import { isYingshangError } from 'yingshang/procurement';

for (const bad of [{ contractAmount: '1200000.005' }, { prepaymentAmount: '2000000.00' }]) {
  try {
    checkProcurement({ ...contract, ...bad });
  } catch (error) {
    if (!isYingshangError(error, 'INVALID_FACTS')) throw error;
    for (const issue of error.details.issues) console.log(issue.path.join('.'), issue.message);
  }
}
//=> contractAmount must be a decimal with at most 2 decimals ≥ 0 written plainly, such as '1000.00', not "1200000.005"
//   prepaymentAmount must not be more than `contractAmount`: 2000000.00 is more than 1200000.00
// #endregion invalid

// #region many
import { checkProcurements } from 'yingshang/procurement';

// Rows of a database, where a day that has not happened yet is null: the contract of row 1 is not signed yet.
const rows = [
  { awardNoticeIssuedOn: '2021-09-08', contractSignedOn: '2021-09-28', contractAmount: '100000.00', supplierIsSme: false, asOf: '2021-10-08' },
  { awardNoticeIssuedOn: '2021-09-08', contractSignedOn: null, contractAmount: '100000.00', supplierIsSme: false, asOf: '2021-10-08' },
  { awardNoticeIssuedOn: '2021-09-31', contractAmount: '100000.00', supplierIsSme: false },
];
const batch = checkProcurements(rows, { trace: false });
for (const item of batch) console.log(item.index, item.ok ? item.result.status : item.error.message);
//=> 0 met
//   1 overdue
//   2 Invalid procurement record: awardNoticeIssuedOn: '2021-09-31' is not a real date: September 2021 has 30 days.
const { statuses, byRule } = batch.summary();
console.log(statuses, byRule['m13-contract-signing'].statuses); //=> { overdue: 1, met: 1 } { met: 1, overdue: 1 }
// #endregion many
