/**
 * One case per built-in rule and status its kind can have, for the golden explanations
 * (scripts/generate/generateExplanationsGolden.ts). Deadline and target facts are placed around each rule's own due date;
 * threshold and average facts are written out per rule.
 */
import { formatIsoDay, parseIsoDay } from '../../src/_internal/dayNumber.js';
import { evaluate, listRules, type BuiltInRule, type BuiltInRuleId, type RuleResult } from '../../src/rules/index.js';

/** One rule in one status, with the facts that give it. */
export interface ExplanationCase {
  readonly ruleId: BuiltInRuleId;
  readonly status: RuleResult['status'];
  readonly facts: Readonly<Record<string, unknown>>;
}

const shift = (iso: string, days: number): string => formatIsoDay(parseIsoDay(iso) + days);

/** The trigger day of every period deadline: the National Day arrangements of 2021 follow it. */
const START = '2021-09-29';

/** Facts for the threshold rules: met, not met and, where the rule has a condition, not applicable. */
const THRESHOLD_FACTS: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, unknown>>>>>> = {
  'm07-no-outside-redline-cost': {
    met: { withinUrbanConstructionLand: true, customerCost: '0.00' },
    not_met: { withinUrbanConstructionLand: true, customerCost: '1200.50' },
    not_applicable: { withinUrbanConstructionLand: false, customerCost: '1200.50' },
  },
  'm07-electricity-zero-investment': {
    met: { capacityKva: '160', enterpriseSize: 'small', customerInvestment: '0.00' },
    not_met: { capacityKva: '100', enterpriseSize: 'micro', customerInvestment: '5000.00' },
    not_applicable: { capacityKva: '160.01', enterpriseSize: 'small', customerInvestment: '5000.00' },
  },
  'm15-prepayment-ratio': {
    met: { contractAmount: '1000000.00', prepaymentAmount: '500000.00', supplierIsSme: true },
    not_met: { contractAmount: '1000000.00', prepaymentAmount: '299900.00', supplierIsSme: false },
  },
  'm21-licensing-intermediary-services-online': { met: { onlineItems: 10, totalItems: 10 }, not_met: { onlineItems: 9, totalItems: 10 } },
  'm27-low-risk-water-single-survey': { met: { surveys: 1 }, not_met: { surveys: 2 } },
  'm27-low-risk-water-single-connection': { met: { connections: 1 }, not_met: { connections: 2 } },
  'm28-low-risk-inspections': { met: { inspections: 1 }, not_met: { inspections: 2 } },
  'm29-single-survey-report': { met: { reports: 1 }, not_met: { reports: 2 } },
};

/** Facts for the average rules. */
const AVERAGE_FACTS: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, unknown>>>>>> = {
  'm06-electricity-10kv-average': {
    met: { cases: [{ start: '2021-03-01', end: '2021-03-20' }, { start: '2021-09-01', end: '2021-10-15' }] },
    not_met: { cases: [{ start: '2021-09-01', end: '2021-10-15' }, { start: '2021-09-01', end: '2021-11-15' }] },
    no_data: { cases: [] },
  },
};

function deadlineCases(rule: Extract<BuiltInRule, { kind: 'deadline' }>): Record<string, Readonly<Record<string, unknown>>> {
  if (rule.timing === 'fixed_date') {
    return { met: { end: rule.due }, missed: { end: shift(rule.due, 2) }, pending: { asOf: shift(rule.due, -29) }, overdue: { asOf: shift(rule.due, 2) } };
  }
  const { due } = evaluate(rule.id, { start: START, asOf: START }, { trace: false }) as { due: string };
  return {
    met: { start: START, end: due },
    missed: { start: START, end: shift(due, 1) },
    pending: { start: START, asOf: due < shift(START, 1) ? due : shift(START, 1) },
    overdue: { start: START, asOf: shift(due, 3) },
    not_started: { start: START, asOf: shift(START, -1) },
  };
}

function targetCases(rule: Extract<BuiltInRule, { kind: 'target' }>): Record<string, Readonly<Record<string, unknown>>> {
  const atLeast = rule.direction === 'at_least';
  const baseline = atLeast ? {} : { baseline: rule.target + 10 };
  const far = atLeast ? 0 : rule.target + 10;
  const near = atLeast ? rule.target - 1 : rule.target + 1;
  return {
    achieved: { value: rule.target, asOf: shift(rule.due, -30), ...baseline },
    on_track: { value: near, asOf: rule.startsOn, ...baseline },
    behind: { value: far, asOf: rule.due, ...baseline },
    missed: { value: far, asOf: shift(rule.due, 1), ...baseline },
  };
}

function factsByStatus(rule: BuiltInRule): Record<string, Readonly<Record<string, unknown>>> {
  switch (rule.kind) {
    case 'deadline':
      return deadlineCases(rule);
    case 'target':
      return targetCases(rule);
    case 'threshold':
      return { ...THRESHOLD_FACTS[rule.id] };
    case 'average':
      return { ...AVERAGE_FACTS[rule.id] };
  }
}

/**
 * Cases of the law the issues named (issue 22), after the per-rule ones: a same-day trigger on a Sunday and on a
 * rest day of the extended 2020 春节, one in a pause with a later pause, and the weekend day 2015-09-26 that the 2015
 * notice did not join to 中秋节 (「9月27日放假。」).
 */
const LAW_CASES: readonly ExplanationCase[] = [
  { ruleId: 'm47-employment-matters-same-day', status: 'met', facts: { start: '2021-10-10', end: '2021-10-11' } },
  { ruleId: 'm47-employment-matters-same-day', status: 'met', facts: { start: '2020-02-01', end: '2020-02-01' } },
  {
    ruleId: 'm47-employment-matters-same-day',
    status: 'pending',
    facts: { start: '2016-09-19', asOf: '2016-10-25', pauses: [{ from: '2016-09-14', to: '2016-10-15' }, { from: '2016-10-17', to: '2016-10-26' }] },
  },
  { ruleId: 'm13-contract-signing', status: 'pending', facts: { start: '2015-09-06', asOf: '2015-09-10' } },
  { ruleId: 'm15-payment', status: 'pending', facts: { start: '2015-09-24', asOf: '2015-09-25' } },
];

/**
 * Every case, rule by rule in catalogue order, statuses in the order the kind lists them, then the cases of the law.
 *
 * @returns The cases.
 */
export function explanationCases(): ExplanationCase[] {
  const perRule = listRules().flatMap((rule) => Object.entries(factsByStatus(rule)).map(([status, facts]) => ({ ruleId: rule.id, status: status as RuleResult['status'], facts })));
  return [...perRule, ...LAW_CASES];
}
