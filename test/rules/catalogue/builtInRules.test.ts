import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_EXAMPLES } from '../../../scripts/generate/ruleExamples.js';
import { RULE_IDS_BY_MEASURE } from '../../../src/measures/ruleIdsByMeasure.generated.js';
import { defineRule, evaluate, getRule, RuleDefinitionSchema, listRules, type RuleDefinition } from '../../../src/rules/index.js';

const seed = readFileSync(new URL('../../../seeds/jiangjin-2021-113.txt', import.meta.url), 'utf8');

const ISSUE_4_IDS = [
  'm06-water-connection',
  'm06-electricity-low-voltage',
  'm06-electricity-10kv-average',
  'm06-gas-non-residential',
  'm06-gas-new-residential-community',
  'm06-gas-residential-ignition',
  'm06-gas-total',
  'm07-no-outside-redline-cost',
  'm07-electricity-zero-investment',
  'm13-contract-signing',
  'm14-acceptance',
  'm15-payment',
  'm15-prepayment-ratio',
  'm22-intermediary-purchasers',
  'm22-intermediary-transactions',
  'm24-chuanyu-same-standard',
  'm24-chuanyu-online-items',
  'm28-low-risk-inspections',
  'm46-aaa-harmonious-enterprises',
  'm47-unemployment-benefit',
  'm51-bankruptcy-clearance',
];

describe('the built-in catalogue', () => {
  it('has every rule id of the public contract, each once, in measure order', () => {
    const ids = listRules().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(ISSUE_4_IDS));
    const measures = listRules().map((r) => r.measure);
    expect(measures).toEqual([...measures].sort((a, b) => a - b));
  });

  it('matches the rule schema (the one defineRule uses)', () => {
    for (const rule of listRules()) expect(RuleDefinitionSchema.safeParse(rule).success, rule.id).toBe(true);
  });

  it('quotes each clause verbatim from 江津府办发〔2021〕113号 and names the measure that contains it', () => {
    for (const rule of listRules()) {
      expect(seed, rule.id).toContain(rule.clause);
      const measureText = new RegExp(`(?:^|\\n)${rule.measure}[．.][^\\n]*`).exec(seed)?.[0] ?? '';
      expect(measureText, rule.id).toContain(rule.clause);
      expect(rule.id.startsWith(`m${String(rule.measure).padStart(2, '0')}-`), rule.id).toBe(true);
    }
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(listRules())).toBe(true);
    const payment = getRule('m15-payment');
    expect(Object.isFrozen(payment.limit)).toBe(true);
    expect(Object.isFrozen(getRule('m15-prepayment-ratio').limits[0].when)).toBe(true);
    expect(() => {
      (payment.limit as { amount: number }).amount = 50;
    }).toThrow(TypeError);
  });

  it('agrees with RULE_IDS_BY_MEASURE both ways', () => {
    const fromRules: Partial<Record<number, string[]>> = {};
    for (const rule of listRules()) (fromRules[rule.measure] ??= []).push(rule.id);
    expect(RULE_IDS_BY_MEASURE).toEqual(fromRules);
  });

  it('returns the same frozen object from getRule', () => {
    expect(getRule('m13-contract-signing')).toBe(listRules().find((r) => r.id === 'm13-contract-signing'));
  });
});

describe('every built-in rule through evaluate and through its JSON definition', () => {
  for (const rule of listRules()) {
    const examples = RULE_EXAMPLES[rule.id];
    it(`${rule.id}: gives the same results both ways, with and without trace`, () => {
      const fromJson = defineRule(JSON.parse(JSON.stringify(rule)) as unknown);
      expect(fromJson).toEqual(rule);
      expect(fromJson).not.toBe(rule);
      for (const { facts } of examples) {
        for (const trace of [true, false]) {
          const builtIn = evaluate(rule.id, facts, { trace });
          expect(evaluate(fromJson, facts, { trace })).toEqual(builtIn);
          expect(evaluate(rule as RuleDefinition, facts, { trace })).toEqual(builtIn);
          expect(builtIn.ruleId).toBe(rule.id);
          expect(builtIn.kind).toBe(rule.kind);
          if (!trace) expect(builtIn.trace).toEqual([]);
        }
      }
    });
  }

  it('evaluates a plain JSON definition passed straight to evaluate', () => {
    const json = JSON.parse(JSON.stringify(getRule('m15-payment'))) as RuleDefinition;
    expect(evaluate(json, { start: '2021-09-29', end: '2021-10-12' })).toMatchObject({ ruleId: 'm15-payment', status: 'met', due: '2021-10-12' });
  });

  it('types the facts of each built-in rule', () => {
    // @ts-expect-error: enterpriseSize is one of 'micro' | 'small' | 'medium' | 'large'
    expect(() => evaluate('m07-electricity-zero-investment', { capacityKva: 1, enterpriseSize: 'tiny', customerInvestment: 0 })).toThrow();
    // @ts-expect-error: a period deadline needs `start`
    expect(() => evaluate('m15-payment', { end: '2021-10-12' })).toThrow();
    const r = evaluate('m15-payment', { start: '2021-09-29', end: '2021-10-12' });
    expect(r.limit?.unit satisfies 'working_days' | 'calendar_days' | undefined).toBe('working_days');
  });
});
