import { describe, expect, it } from 'vitest';
import { defineRule, evaluate, type BuiltInRuleId, type FactsOfId, type AverageCase, type AverageResult, type TargetResult } from '../../src/index.js';

function target<const Id extends BuiltInRuleId>(id: Id, facts: FactsOfId<Id>): TargetResult {
  return evaluate(id, facts) as TargetResult;
}

describe('targets: progress against the time since the plan took effect (2021-08-01 … 2021-12-31 = 153 days)', () => {
  it('is achieved once the value reaches the target, whatever the date', () => {
    expect(target('m22-intermediary-purchasers', { value: 200, asOf: '2021-09-01' })).toMatchObject({ status: 'achieved', progress: 1 });
    expect(target('m22-intermediary-purchasers', { value: 250, asOf: '2022-03-01' }).status).toBe('achieved');
  });

  it('is on track when progress ≥ elapsed share (100/200 = 50% vs 62/153 on 2021-10-01) and behind otherwise', () => {
    const r = target('m22-intermediary-purchasers', { value: 100, asOf: '2021-10-01' });
    expect(r).toMatchObject({ status: 'on_track', target: 200, value: 100, due: '2021-12-31', progress: 0.5, expectedProgress: 62 / 153 });
    expect(r.trace).toEqual([{ type: 'progress', asOf: '2021-10-01', startsOn: '2021-08-01', elapsedDays: 62, totalDays: 153 }]);
    expect(target('m22-intermediary-purchasers', { value: 50, asOf: '2021-10-01' }).status).toBe('behind');
  });

  it('is behind, not missed, on the due date itself, and missed the day after', () => {
    expect(target('m22-intermediary-transactions', { value: 1999, asOf: '2021-12-31' })).toMatchObject({ status: 'behind', expectedProgress: 1 });
    expect(target('m22-intermediary-transactions', { value: 1999, asOf: '2022-01-01' }).status).toBe('missed');
    expect(target('m24-chuanyu-online-items', { value: 115, asOf: '2021-12-31' }).status).toBe('achieved');
    expect(target('m46-aaa-harmonious-enterprises', { value: 1, asOf: '2022-01-01' }).status).toBe('missed');
  });

  it('compares progress with time exactly: 5 of 10 on day 5 of 10 is on track, 4 is behind', () => {
    const tenDays = defineRule({
      id: 'ten-day-target',
      kind: 'target',
      name: { zh: '十日目标', en: 'Ten-day target' },
      description: { zh: '十日内达到10件', en: '10 by the tenth day' },
      subject: { zh: '件数', en: 'items' },
      unit: { zh: '件', en: 'items' },
      direction: 'at_least',
      target: 10,
      startsOn: '2021-08-01',
      due: '2021-08-10',
    });
    expect(evaluate(tenDays, { value: 5, asOf: '2021-08-05' })).toMatchObject({ status: 'on_track', progress: 0.5, expectedProgress: 0.5 });
    expect(evaluate(tenDays, { value: 4, asOf: '2021-08-05' }).status).toBe('behind');
    expect(evaluate(tenDays, { value: 0, asOf: '2021-07-01' })).toMatchObject({ status: 'on_track', expectedProgress: 0 });
  });

  it('measures an at-most target from the baseline (m51: 10 open cases down to 0)', () => {
    // 2021-11-01: 93 of 153 days gone (60.8%); 7 of 10 cases closed (70%).
    expect(target('m51-bankruptcy-clearance', { value: 3, asOf: '2021-11-01', baseline: 10 })).toMatchObject({ status: 'on_track', progress: 0.7, expectedProgress: 93 / 153 });
    expect(target('m51-bankruptcy-clearance', { value: 5, asOf: '2021-11-01', baseline: 10 }).status).toBe('behind');
    expect(target('m51-bankruptcy-clearance', { value: 0, asOf: '2021-12-31' }).status).toBe('achieved');
    expect(target('m51-bankruptcy-clearance', { value: 1, asOf: '2022-01-01', baseline: 10 }).status).toBe('missed');
  });

  it('counts no progress for an at-most target without a baseline, or one that got worse', () => {
    expect(target('m51-bankruptcy-clearance', { value: 3, asOf: '2021-11-01' })).toMatchObject({ status: 'behind', progress: 0 });
    expect(target('m51-bankruptcy-clearance', { value: 12, asOf: '2021-11-01', baseline: 10 })).toMatchObject({ status: 'behind', progress: 0 });
  });
});

describe('m06-electricity-10kv-average: mean ≤ 30 working days, exactly', () => {
  // (03-01, 04-12] has 29 working days: 03-02…05, 08…12, 15…19, 22…26, 29…31 (22), 04-01, 02 (24), 04-03…05 清明, 04-06…09 (28), 04-12 (29).
  const case29 = { start: '2021-03-01', end: '2021-04-12' };
  const case30 = { start: '2021-03-01', end: '2021-04-13' };
  const case31 = { start: '2021-03-01', end: '2021-04-14' };

  function average(cases: readonly AverageCase[]): AverageResult {
    return evaluate('m06-electricity-10kv-average', { cases });
  }

  it('is met at a mean of exactly 30 and not met at 30.5', () => {
    expect(average([case30, case30])).toMatchObject({ status: 'met', mean: 30, median: 30, max: 30, count: 2, withinLimit: 2 });
    expect(average([case30, case31])).toMatchObject({ status: 'not_met', mean: 30.5, median: 30.5, max: 31, withinLimit: 1 });
    expect(average([case29, case31])).toMatchObject({ status: 'met', mean: 30, withinLimit: 1 });
  });

  it('counts each case like a deadline, holidays, make-up days and pauses included', () => {
    // (09-01, 10-15]: 28 working days (09-18 and 09-26 counted; 09-19…21 and 10-01…07 not); (03-01, 03-20]: 14.
    const r = average([{ start: '2021-09-01', end: '2021-10-15' }, { start: '2021-03-01', end: '2021-03-20' }, { ...case31, pauses: [{ from: '2021-04-14', to: '2021-04-14' }] }]);
    expect(r).toMatchObject({ status: 'met', count: 3, max: 30, median: 28 });
    expect(r.trace.filter((s) => s.type === 'case').map((s) => ('duration' in s ? s.duration : -1))).toEqual([28, 14, 30]);
    expect(r.trace).toContainEqual({ type: 'comparison', sum: 72, count: 3, limit: 30, holds: true });
  });

  it('has no data without cases', () => {
    expect(average([])).toMatchObject({ status: 'no_data', mean: null, median: null, max: null, count: 0, withinLimit: 0 });
  });
});
