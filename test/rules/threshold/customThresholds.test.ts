import { describe, expect, it } from 'vitest';
import { defineRule, evaluate, explain, isYingshangError, type ThresholdResult } from '../../../src/rules/index.js';

const text = (zh: string, en: string) => ({ zh, en });

/** A score compared with a limit that depends on every kind of condition, in the order the limits are tried. */
const grading = defineRule({
  id: 'test-grading',
  kind: 'threshold',
  name: text('评分', 'Grading'),
  description: text('评分不低于要求', 'The score reaches the bar'),
  inputs: {
    score: { type: 'decimal', label: text('得分', 'score'), unit: text('分', 'points'), decimals: 1 },
    grade: { type: 'enum', label: text('等级', 'grade'), values: ['A', 'B', 'C'] },
    urgent: { type: 'boolean', label: text('加急', 'urgent') },
  },
  subject: { label: text('得分', 'the score'), input: 'score' },
  comparison: 'at_least',
  limits: [
    { value: '90', when: [{ input: 'grade', oneOf: ['A'] }], label: text('A级', 'grade A') },
    { value: '80', when: [{ input: 'urgent', equals: true }, { input: 'score', lessThan: '100' }] },
    { value: '70', when: [{ input: 'score', moreThan: '95.5' }] },
    { value: '60', when: [{ input: 'score', atLeast: '0' }, { input: 'grade', equals: 'B' }] },
    { value: '50' },
  ],
});

/** Spending as a share of a budget, at most a half. */
const spending = defineRule({
  id: 'test-spending',
  kind: 'threshold',
  name: text('支出比例', 'Spending'),
  description: text('支出不超过预算的一半', 'At most half the budget is spent'),
  inputs: {
    spent: { type: 'decimal', label: text('支出', 'spent'), unit: text('元', 'yuan'), decimals: 2 },
    budget: { type: 'decimal', label: text('预算', 'budget'), unit: text('元', 'yuan'), decimals: 2, positive: true },
  },
  subject: { label: text('支出比例', 'the share spent'), numerator: 'spent', denominator: 'budget' },
  comparison: 'at_most',
  limits: [{ value: '0.5' }],
});

function graded(score: string, grade: 'A' | 'B' | 'C', urgent: boolean): ThresholdResult {
  return evaluate(grading, { score, grade, urgent });
}

const limitIndex = (r: ThresholdResult): number | undefined => r.trace.flatMap((s) => (s.type === 'limit' ? [s.index] : []))[0];

describe('a custom threshold rule with conditions', () => {
  it('applies the first limit whose conditions all hold, each operator exact at its boundary', () => {
    expect([graded('90', 'A', false), graded('89.9', 'A', false)].map((r) => [limitIndex(r), r.status, r.shortfall])).toEqual([
      [0, 'met', undefined],
      [0, 'not_met', '0.1'],
    ]);
    // lessThan '100' holds for 99.9 but not 100; then moreThan '95.5' applies.
    expect([graded('99.9', 'C', true), graded('100', 'C', true)].map(limitIndex)).toEqual([1, 2]);
    expect([graded('95.5', 'C', false), graded('95.6', 'C', false)].map(limitIndex)).toEqual([4, 2]);
    expect([graded('60', 'B', false), graded('59.9', 'B', false)].map((r) => [limitIndex(r), r.status])).toEqual([
      [3, 'met'],
      [3, 'not_met'],
    ]);
    expect(graded('50', 'C', false)).toMatchObject({ status: 'met', actual: '50.0', required: '50.0' });
  });

  it('names the condition of the limit that applied in the explanation', () => {
    expect(explain(graded('89.9', 'A', false), { rule: grading, locale: 'en' })).toBe('The score is 89.9 points; it must be at least 90.0 points (grade A): not met, 0.1 points short.');
    expect(explain(graded('89.9', 'A', false), { rule: grading })).toBe('得分为89.9分，要求不低于90.0分（A级）：未达标，还差0.1分。');
  });

  it('compares a ratio at most its limit exactly, rounding the share up so that it never looks met when it is not', () => {
    const over = evaluate(spending, { spent: '50.01', budget: '100.00' });
    expect(over).toMatchObject({ status: 'not_met', actual: '0.500100', required: '0.500000', shortfall: '0.000100', requiredAmount: '50.00', shortfallAmount: '0.01' });
    expect(evaluate(spending, { spent: 50, budget: 100 })).toMatchObject({ status: 'met', actual: '0.500000' });
    expect(explain(over, { rule: spending, locale: 'en' })).toBe(
      'The share spent is 50.01% (spent 50.01 yuan ÷ budget 100.00 yuan); it must be at most 50.00%: not met, 0.01% over; the spent must be at most 50.00 yuan, 0.01 yuan less.',
    );
  });

  it.each([
    ['an equality on a decimal input', [{ input: 'score', equals: true }], 'limits.0.when.0.equals: is not a value of the decimal input "score"'],
    ['an enum value the input does not have', [{ input: 'grade', equals: 'D' }], 'limits.0.when.0.equals: is not a value of the enum input "grade"'],
    ['a list of values on a boolean input', [{ input: 'urgent', oneOf: ['true'] }], 'limits.0.when.0.oneOf: must list values of the enum input "urgent"'],
    ['a comparison on an enum input', [{ input: 'grade', atMost: '1' }], 'limits.0.when.0: a comparison needs a decimal input; "grade" is an enum input'],
    ['a condition without an operator', [{ input: 'score' }], 'limits.0.when.0: does not match any of the allowed shapes'],
  ])('rejects %s, at its path', (_, when, message) => {
    const definition = { ...JSON.parse(JSON.stringify(grading)), limits: [{ value: '1', when }, { value: '2' }] } as unknown;
    let caught: unknown;
    try {
      defineRule(definition);
    } catch (e) {
      caught = e;
    }
    expect(isYingshangError(caught, 'INVALID_RULE')).toBe(true);
    expect((caught as Error).message).toContain(message);
  });

  it('rejects a ratio over a boolean, or over a denominator that may be 0', () => {
    const base = JSON.parse(JSON.stringify(spending)) as Record<string, unknown>;
    expect(() => defineRule({ ...base, inputs: { ...(base['inputs'] as object), spent: { type: 'boolean', label: text('支出', 'spent') } } })).toThrow(/subject\.numerator: must name a decimal input; "spent" is a boolean input/);
    expect(() => defineRule({ ...base, inputs: { ...(base['inputs'] as object), budget: { type: 'decimal', label: text('预算', 'budget'), unit: text('元', 'yuan'), decimals: 2 } } })).toThrow(
      /subject\.denominator: a ratio denominator must be a decimal input with `positive: true`/,
    );
  });
});
