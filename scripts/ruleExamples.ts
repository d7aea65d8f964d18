/**
 * Example facts for every built-in rule, hand-checked against the 2021 schedule (国办发明电〔2020〕27号). They feed
 * `docs/rules.md` (scripts/generateRulesDoc.ts) and the test that evaluates every built-in rule through `evaluate` and
 * through its JSON definition (test/rules/catalogue/builtInRules.test.ts). The type makes a missing rule a compile error.
 */
import type { BuiltInRuleId, BuiltInRuleOf, FactsOf } from '../src/rules/index.js';

/** One example: what it shows, and the facts. */
export interface RuleExample<Id extends BuiltInRuleId> {
  readonly note: string;
  readonly facts: FactsOf<BuiltInRuleOf<Id>>;
}

/** At least one example per built-in rule. */
export type RuleExamples = { readonly [Id in BuiltInRuleId]: readonly [RuleExample<Id>, ...RuleExample<Id>[]] };

export const RULE_EXAMPLES: RuleExamples = {
  'm06-water-connection': [
    { note: 'Day 9 is Saturday 2021-05-08, a make-up working day after the Labour Day block', facts: { start: '2021-04-23', end: '2021-05-08' } },
    {
      note: 'Two paused days (customer-caused) move the due date from 10-15 to 10-19',
      facts: { start: '2021-09-28', end: '2021-10-14', pauses: [{ from: '2021-10-11', to: '2021-10-12', reason: '客户原因' }] },
    },
  ],
  'm06-electricity-low-voltage': [{ note: 'Across the Spring Festival block; Saturday 02-20 counts', facts: { start: '2021-02-09', end: '2021-02-26' } }],
  'm06-electricity-10kv-average': [
    {
      note: 'Three cases: 28, 14 and 30 working days (the last one with a paused day)',
      facts: {
        cases: [
          { start: '2021-09-01', end: '2021-10-15' },
          { start: '2021-03-01', end: '2021-03-20' },
          { start: '2021-03-01', end: '2021-04-14', pauses: [{ from: '2021-04-14', to: '2021-04-14', reason: '客户原因' }] },
        ],
      },
    },
  ],
  'm06-gas-non-residential': [{ note: 'Still pending across New Year 2021', facts: { start: '2020-12-30', asOf: '2021-01-08' } }],
  'm06-gas-new-residential-community': [{ note: 'Overdue the day after day 8, across the Qingming block', facts: { start: '2021-04-01', asOf: '2021-04-15' } }],
  'm06-gas-residential-ignition': [{ note: 'Saturday 09-18 counts, the Mid-Autumn block does not', facts: { start: '2021-09-16', end: '2021-09-22' } }],
  'm06-gas-total': [{ note: 'Across the Mid-Autumn and National Day arrangements', facts: { start: '2021-09-22', end: '2021-10-14' } }],
  'm07-no-outside-redline-cost': [
    { note: 'Within urban construction land, the customer paid nothing', facts: { withinUrbanConstructionLand: true, customerCost: '0.00' } },
    { note: 'The customer paid for works outside the red line', facts: { withinUrbanConstructionLand: true, customerCost: '1200.50' } },
  ],
  'm07-electricity-zero-investment': [
    { note: '160 kVA exactly is covered (及以下)', facts: { capacityKva: '160', enterpriseSize: 'small', customerInvestment: '0.00' } },
    { note: '160.01 kVA is not', facts: { capacityKva: '160.01', enterpriseSize: 'small', customerInvestment: '5000.00' } },
  ],
  'm13-contract-signing': [
    { note: 'Day 20 is 10-01, inside the National Day block: it rolls to 10-08', facts: { start: '2021-09-11', end: '2021-10-08' } },
    { note: 'Day 20 is Saturday 06-26: it rolls to Monday 06-28', facts: { start: '2021-06-06', asOf: '2021-06-30' } },
  ],
  'm14-acceptance': [{ note: 'Performance completed the day before National Day', facts: { start: '2021-09-30', end: '2021-10-15' } }],
  'm15-payment': [
    { note: 'Invoice received on Wednesday 09-29; pending on 10-08', facts: { start: '2021-09-29', asOf: '2021-10-08' } },
    { note: 'Paid one working day late', facts: { start: '2021-09-29', end: '2021-10-13' } },
  ],
  'm15-prepayment-ratio': [
    { note: '29.99% is not 30%', facts: { contractAmount: '1000000.00', prepaymentAmount: '299900.00', supplierIsSme: false } },
    { note: 'An SME supplier needs 50%', facts: { contractAmount: '1000000.00', prepaymentAmount: '500000.00', supplierIsSme: true } },
  ],
  'm21-licensing-intermediary-services-online': [{ note: 'One item of ten is not on the market yet', facts: { onlineItems: 9, totalItems: 10 } }],
  'm22-intermediary-purchasers': [{ note: 'Half the target with 40% of the time gone', facts: { value: 100, asOf: '2021-10-01' } }],
  'm22-intermediary-transactions': [{ note: 'One short on the last day', facts: { value: 1999, asOf: '2021-12-31' } }],
  'm24-chuanyu-same-standard': [{ note: 'Done on the fixed date, a Sunday (no roll)', facts: { end: '2021-10-31' } }],
  'm24-chuanyu-online-items': [{ note: 'All 115 items online before the end of the year', facts: { value: 115, asOf: '2021-12-20' } }],
  'm27-low-risk-water-single-survey': [{ note: 'One site survey', facts: { surveys: 1 } }],
  'm27-low-risk-water-single-connection': [{ note: 'Two connection operations', facts: { connections: 2 } }],
  'm28-low-risk-inspections': [{ note: 'Two inspections of a small low-risk project', facts: { inspections: 2 } }],
  'm29-single-survey-report': [{ note: 'One combined report', facts: { reports: 1 } }],
  'm46-aaa-harmonious-enterprises': [{ note: 'One of two recommended by mid-November', facts: { value: 1, asOf: '2021-11-15' } }],
  'm47-unemployment-benefit': [{ note: 'Claim accepted the day before National Day', facts: { start: '2021-09-30', end: '2021-10-08' } }],
  'm47-employment-matters-same-day': [{ note: 'Accepted on Friday 06-11, done after the Dragon Boat Festival', facts: { start: '2021-06-11', end: '2021-06-15' } }],
  'm51-bankruptcy-clearance': [{ note: '7 of 10 open cases closed by 11-01', facts: { value: 3, asOf: '2021-11-01', baseline: 10 } }],
};
