// The rules of 江津府办发〔2021〕113号 and their legal basis, with the built package: the code of docs/en/rules.md and
// docs/zh-CN/rules.md. Every `//=>` comment is what the line prints.
// #region deadline
import { evaluate, explain } from 'yingshang/rules';

// Measure 15: pay within 5 working days of receiving the invoice. Paid on 2021-10-13:
const paid = evaluate('m15-payment', { start: '2021-09-29', end: '2021-10-13' });
console.log(paid.status, paid.due, paid.elapsed, paid.overBy); //=> missed 2021-10-12 6 1
console.log(paid.trace.map((step) => step.type).join(' ')); //=> start holiday makeup_workday due end
// #endregion deadline

// #region pending
// Measure 6: water within 9 working days of acceptance; the customer asked for two days' pause.
const open = evaluate('m06-water-connection', {
  start: '2021-09-28',
  asOf: '2021-10-13',
  pauses: [{ from: '2021-10-11', to: '2021-10-12', reason: '客户原因' }],
});
console.log(open.status, open.due, open.elapsed, open.remaining); //=> pending 2021-10-19 5 4
// #endregion pending
// #region pending-explain-en
console.log(explain(open, { locale: 'en' }));
// #endregion pending-explain-en
// #region pending-explain-zh
console.log(explain(open)); // zh-CN by default
// #endregion pending-explain-zh

// #region legal-basis
import { getRule } from 'yingshang/rules';

const signing = getRule('m13-contract-signing');
console.log(signing.clause); //=> 各采购单位在中标（成交）通知书发出之日起20日内和中标（成交）供应商签订政府采购合同
console.log(signing.limit); //=> { amount: 20, unit: 'calendar_days', roll: 'next_working_day' }
for (const { citation } of signing.legalBasis) console.log(citation);
//=> 重庆市财政局 渝财采购〔2024〕4号（执行渝财采购〔2021〕13号）
//   《中华人民共和国政府采购法》第四十六条
//   《中华人民共和国政府采购法》第四十三条
//   《中华人民共和国民法典》第二百零一条
//   《中华人民共和国民法典》第二百零三条
//   《中华人民共和国民法典》第一千二百五十九条
// #endregion legal-basis

// #region fixed-date
// Measure 24: 「10月底前」 is a fixed date (期日), never moved, even though 2021-10-31 is a Sunday.
const chuanyu = evaluate('m24-chuanyu-same-standard', { end: '2021-11-01' });
console.log(chuanyu.status, chuanyu.due, chuanyu.overBy); //=> missed 2021-10-31 1
// #endregion fixed-date

// #region threshold
// Measure 15: the prepayment is at least 30% of the contract, 50% for an SME. Amounts are exact decimals.
const prepayment = evaluate('m15-prepayment-ratio', { contractAmount: '1000000.00', prepaymentAmount: '499999.99', supplierIsSme: true });
console.log(prepayment.status, prepayment.actual, prepayment.required, prepayment.shortfallAmount); //=> not_met 0.499999 0.500000 0.01
console.log(explain(prepayment));
//=> 预付款比例为49.9999%（预付款499,999.99元 ÷ 合同金额1,000,000.00元），要求不低于50.00%（供应商为中小企业）：未达标，还差0.0001%；预付款至少应为500,000.00元，还差0.01元。
// #endregion threshold

// #region target
// Measure 22: at least 200 purchasers on the online intermediary market by the end of 2021.
const purchasers = evaluate('m22-intermediary-purchasers', { value: 150, asOf: '2021-10-31' });
console.log(purchasers.status, purchasers.progress, purchasers.expectedProgress.toFixed(3)); //=> on_track 0.75 0.601
// #endregion target

// #region average
// Measure 6: 10 kV urban users wait at most 30 working days on average; one case alone may take longer.
const tenKv = evaluate('m06-electricity-10kv-average', {
  cases: [
    { start: '2021-08-02', end: '2021-09-10' },
    { start: '2021-09-01', end: '2021-10-19' },
    { start: '2021-09-15', end: '2021-10-20' },
  ],
});
console.log(tenKv.status, tenKv.mean.toFixed(2), tenKv.median, tenKv.max, tenKv.withinLimit); //=> met 26.67 29 30 3
// #endregion average

// #region invalid-facts
import { safeEvaluate } from 'yingshang/rules';

const bad = safeEvaluate('m15-payment', { start: '2021-09-29', end: '2021-09-28', paidBy: 'cash' });
console.log(bad.success, bad.error.code); //=> false INVALID_FACTS
for (const issue of bad.error.details.issues) console.log(issue.path.join('.'), issue.message);
//=> paidBy is not a known field
//   end must not be before `start`: 2021-09-28 is before 2021-09-29
// #endregion invalid-facts

// #region rule-ids
import { isBuiltInRuleId } from 'yingshang/rules';

// Ids typed by a user (a command line, a form, a file) are plain strings: check each before use.
for (const requested of ['m15-payment', 'm15-paymnet']) {
  console.log(requested, isBuiltInRuleId(requested) ? evaluate(requested, { start: '2021-09-29', end: '2021-10-12' }).status : 'is not a rule');
}
//=> m15-payment met
//   m15-paymnet is not a rule
// #endregion rule-ids
