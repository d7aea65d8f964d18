// Utility connections checked against measures 6 and 7 of 江津府办发〔2021〕113号 with the built package: the code of
// docs/en/utilities.md and docs/zh-CN/utilities.md. Every `//=>` comment is what the line prints.
// (examples/utilityMonthlyReport.mjs builds a monthly report from a CSV of 160 applications.)
// #region one
import { checkConnection, explain } from 'yingshang/utilities';

// Water, general project: 9 working days from acceptance (受理), the customer's pause not counted.
const water = checkConnection({
  utility: 'water',
  category: 'general',
  acceptedOn: '2021-09-28',
  completedOn: '2021-10-13',
  pauses: [{ from: '2021-10-11', to: '2021-10-12', reason: '客户原因' }],
});
console.log(water.ruleId, water.status, water.due, water.elapsed); //=> m06-water-connection met 2021-10-19 5

// Gas ignition for a household: 3 working days. Still open on 2021-10-11:
const gas = checkConnection({ utility: 'gas', category: 'residential_ignition', acceptedOn: '2021-09-29', asOf: '2021-10-11' });
console.log(gas.ruleId, gas.status, gas.due, gas.overBy); //=> m06-gas-residential-ignition overdue 2021-10-09 1
// #endregion one
// #region one-explain-zh
console.log(explain(gas));
// #endregion one-explain-zh
// #region one-explain-en
console.log(explain(gas, { locale: 'en' }));
// #endregion one-explain-en

// #region many
import { checkConnections } from 'yingshang/utilities';

const batch = checkConnections([
  { utility: 'water', category: 'general', acceptedOn: '2021-09-28', completedOn: '2021-10-15' },
  { utility: 'gas', category: 'residential_ignition', acceptedOn: '2021-09-29', asOf: '2021-10-11' },
  { utility: 'electricity', category: '10kv_urban', acceptedOn: '2021-08-02', completedOn: '2021-09-10' },
  { utility: 'electricity', category: '10kv_urban', acceptedOn: '2021-09-01', completedOn: '2021-10-19' },
  { utility: 'electricity', category: 'low_voltage_micro', acceptedOn: '2021-10-08', asOf: '2021-10-11' },
  { utility: 'water', category: 'total', acceptedOn: '2021-09-28' },
  { utility: 'gas', category: 'total', acceptedOn: '2026-12-20', asOf: '2026-12-31' },
]);
const items = [...batch]; // the batch is lazy: walk it (for…of, for await) before reading the summary
const summary = batch.summary();
console.log(summary.statuses, summary.errors); //=> { met: 3, pending: 1, overdue: 1, out_of_range: 1 } { INVALID_FACTS: 1 }
const { status, mean, count } = summary.electricity10kvAverage;
console.log(status, mean, count); //=> met 29.5 2
const bad = items.find((item) => !item.ok);
console.log(bad.index, bad.error.code); //=> 5 INVALID_FACTS
console.log(bad.error.message);
//=> Invalid connection application: category: "total" is not a category of water; valid pairs (utility/category): water/general, electricity/low_voltage_micro, electricity/10kv_urban, gas/non_residential, gas/new_residential_community, gas/residential_ignition, gas/total.
// #endregion many

// #region zero-investment
import { checkZeroInvestment } from 'yingshang/utilities';

// Measure 7: no cost outside the red line, and 「零投资」 for a small or micro enterprise at 160 kVA or less.
const project = checkZeroInvestment({
  withinUrbanConstructionLand: true,
  customerCost: '0',
  capacityKva: '160',
  enterpriseSize: 'micro',
  customerInvestment: '12000.00',
});
console.log(project.status); //=> not_met
for (const result of Object.values(project.results)) console.log(result.ruleId, result.status, result.actual);
//=> m07-no-outside-redline-cost met 0.00
//   m07-electricity-zero-investment not_met 12000.00
// #endregion zero-investment
