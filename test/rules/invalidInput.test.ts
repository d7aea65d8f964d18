import { describe, expect, it } from 'vitest';
import { defineRule, evaluate, explain, getRule, isYingshangError, safeEvaluate, type BuiltInRuleId, type SchemaIssue } from '../../src/index.js';
import { untyped } from '../fixtures/untyped.js';

/** The issues of the INVALID_FACTS error that evaluating `facts` throws. */
function issuesOf(id: BuiltInRuleId, facts: unknown): readonly SchemaIssue[] {
  const outcome = safeEvaluate(id, facts);
  if (outcome.success) throw new Error(`expected INVALID_FACTS, got ${JSON.stringify(outcome.data)}`);
  expect(outcome.error.code).toBe('INVALID_FACTS');
  expect(outcome.error.details['ruleId']).toBe(id);
  return outcome.error.details['issues'] as readonly SchemaIssue[];
}

function pathsOf(id: BuiltInRuleId, facts: unknown): string[] {
  return issuesOf(id, facts).map((i) => i.path.join('.'));
}

describe('INVALID_FACTS for deadlines', () => {
  it('reports a missing field, a wrong type and an impossible date at their paths', () => {
    expect(pathsOf('m15-payment', {})).toEqual(['start']);
    expect(pathsOf('m15-payment', { start: 20210929 })).toEqual(['start']);
    expect(issuesOf('m15-payment', { start: '2021-02-29' })).toEqual([{ path: ['start'], message: "'2021-02-29' is not a real date: February 2021 has 28 days", code: 'custom', params: { reason: 'not_a_real_date', input: '2021-02-29' } }]);
    expect(pathsOf('m15-payment', { start: '9/29/2021' })).toEqual(['start']);
    expect(pathsOf('m15-payment', { start: new Date(Number.NaN) })).toEqual(['start']);
  });

  it('reports every problem at once, unknown keys at their own path', () => {
    expect(pathsOf('m15-payment', { start: '2021-13-01', end: 5, asof: '2021-10-01', pauses: [{ from: 'x', to: '2021-10-01', why: 'y' }] })).toEqual([
      'start',
      'end',
      'pauses.0.from',
      'pauses.0.why',
      'asof',
    ]);
  });

  it('rejects an end before the start and a pause whose from is after its to', () => {
    expect(issuesOf('m15-payment', { start: '2021-09-29', end: '2021-09-28' })).toEqual([{ path: ['end'], message: 'must not be before `start`: 2021-09-28 is before 2021-09-29', code: 'custom', params: { reason: 'before', field: 'start', value: '2021-09-28', otherValue: '2021-09-29' } }]);
    expect(pathsOf('m15-payment', { start: '2021-09-29', pauses: [{ from: '2021-10-02', to: '2021-10-01' }] })).toEqual(['pauses.0.from']);
  });

  it('rejects facts that are not an object, and pauses that are not an array', () => {
    for (const facts of [null, undefined, 'x', 5, []]) expect(pathsOf('m15-payment', facts)).toEqual(['']);
    expect(pathsOf('m15-payment', { start: '2021-09-29', pauses: {} })).toEqual(['pauses']);
  });

  it('rejects pauses and start on a fixed-date deadline', () => {
    expect(pathsOf('m24-chuanyu-same-standard', { start: '2021-09-01', end: '2021-10-01' })).toEqual(['start']);
  });
});

describe('INVALID_FACTS for thresholds', () => {
  const ok = { contractAmount: '1000000.00', prepaymentAmount: '300000.00', supplierIsSme: false };

  it('rejects negative, over-precise and non-numeric amounts, and numbers that are not finite', () => {
    for (const prepaymentAmount of ['-1.00', '1.001', '1,000.00', '1e3', ' 1', -1, 0.1 + 0.2, Number.NaN, Number.POSITIVE_INFINITY, true]) {
      expect(pathsOf('m15-prepayment-ratio', { ...ok, prepaymentAmount })).toEqual(['prepaymentAmount']);
    }
  });

  it('rejects a contract amount of 0, written either way', () => {
    for (const contractAmount of ['0', '0.00', 0]) expect(issuesOf('m15-prepayment-ratio', { ...ok, contractAmount })[0]?.message).toBe('must be greater than 0');
  });

  it('rejects a missing input, an unknown enum value and an unknown key', () => {
    expect(pathsOf('m15-prepayment-ratio', { contractAmount: '1.00', prepaymentAmount: '1.00' })).toEqual(['supplierIsSme']);
    expect(pathsOf('m07-electricity-zero-investment', { capacityKva: 100, enterpriseSize: 'tiny', customerInvestment: 0, extra: 1 })).toEqual(['enterpriseSize', 'extra']);
    expect(pathsOf('m28-low-risk-inspections', { inspections: 1.5 })).toEqual(['inspections']);
  });
});

describe('INVALID_FACTS for targets and averages', () => {
  it('rejects a negative or fractional count and a missing asOf', () => {
    expect(pathsOf('m22-intermediary-purchasers', { value: -1, asOf: '2021-10-01' })).toEqual(['value']);
    expect(pathsOf('m22-intermediary-purchasers', { value: 1.5, baseline: 'x' })).toEqual(['value', 'asOf', 'baseline']);
  });

  it('reports the index of a bad case', () => {
    expect(pathsOf('m06-electricity-10kv-average', { cases: [{ start: '2021-03-01', end: '2021-03-02' }, { start: '2021-03-05', end: '2021-03-02' }] })).toEqual(['cases.1.end']);
    expect(pathsOf('m06-electricity-10kv-average', { cases: [{ start: '2021-03-01', asOf: '2021-03-02' }] })).toEqual(['cases.0.end', 'cases.0.asOf']);
  });
});

describe('other typed errors', () => {
  it('throws UNKNOWN_RULE for an unknown id, listing the known ones', () => {
    const outcome = safeEvaluate(untyped('m99-nothing'), untyped({}));
    expect(outcome.success).toBe(false);
    if (!outcome.success) {
      expect(outcome.error.code).toBe('UNKNOWN_RULE');
      expect(outcome.error.message).toContain('m06-water-connection');
    }
    expect(() => getRule(untyped('m99-nothing'))).toThrow(expect.objectContaining({ code: 'UNKNOWN_RULE' }));
  });

  it('throws INVALID_RULE for a bad definition, with every issue and its path', () => {
    try {
      defineRule({ ...getRule('m15-payment'), id: 'Bad Id', limit: { amount: -1, unit: 'working_days' }, extra: true });
      expect.unreachable();
    } catch (e) {
      expect(isYingshangError(e, 'INVALID_RULE')).toBe(true);
      const paths = (e as { details: { issues: SchemaIssue[] } }).details.issues.map((i) => i.path.join('.'));
      expect(paths).toEqual(['id', 'limit.amount', 'extra']);
    }
  });

  it('checks the cross-references of a threshold rule', () => {
    const rule = getRule('m15-prepayment-ratio');
    const bad = {
      ...rule,
      id: 'bad-ratio',
      inputs: { ...rule.inputs, contractAmount: { ...rule.inputs.contractAmount, positive: false } },
      limits: [{ value: '0.30' }, { value: '0.50', when: [{ input: 'supplierIsSme', equals: 'yes' }, { input: 'nope', atMost: '1' }] }],
    };
    try {
      defineRule(bad);
      expect.unreachable();
    } catch (e) {
      const issues = (e as { details: { issues: SchemaIssue[] } }).details.issues;
      expect(issues.map((i) => i.path.join('.'))).toEqual(['subject.denominator', 'limits.0', 'limits.1.when.0.equals', 'limits.1.when.1.input', 'limits.1.when']);
    }
  });

  it('throws INVALID_ARGUMENT for bad options and a rule that is neither an id nor an object', () => {
    const facts = { start: '2021-09-29' };
    for (const options of [{ trace: 'no' }, { calendar: {} }, { unknown: 1 }, 5]) {
      expect(() => evaluate('m15-payment', facts, untyped(options))).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    }
    expect(() => (evaluate as (rule: unknown, facts: unknown) => unknown)(42, facts)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('lets safeEvaluate return library errors and rethrow anything else', () => {
    expect(safeEvaluate('m15-payment', { start: '2021-09-29', end: '2021-10-12' })).toMatchObject({ success: true, data: { status: 'met' } });
    const evil = {
      get start(): string {
        throw new TypeError('boom');
      },
    };
    expect(() => safeEvaluate('m15-payment', evil)).toThrow(TypeError);
  });

  it('needs the rule to explain a custom rule, and checks it matches', () => {
    const custom = defineRule({ ...getRule('m15-payment'), id: 'custom-payment' });
    const result = evaluate(custom, { start: '2021-09-29', end: '2021-10-12' });
    expect(() => explain(result)).toThrow(expect.objectContaining({ code: 'UNKNOWN_RULE' }));
    expect(() => explain(result, { rule: getRule('m15-payment') })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => explain(result, { rule: custom, locale: untyped('fr') })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(explain(result, { rule: custom })).toContain('2021年10月12日');
  });
});
