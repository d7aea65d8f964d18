import { describe, expect, it } from 'vitest';
import { checkProcurement } from '../../src/procurement/index.js';
import { defineRule, evaluate, explain, type BuiltInRuleId, type DeadlineResult, type FactsOfId } from '../../src/rules/index.js';

const deadline = <const Id extends BuiltInRuleId>(id: Id, facts: FactsOfId<Id>, options?: { trace: boolean }): DeadlineResult => evaluate(id, facts, options) as DeadlineResult;
const both = (result: Parameters<typeof explain>[0]): [string, string] => [explain(result), explain(result, { locale: 'en' })];

describe('a paused day is never described as counted', () => {
  it('says a make-up Saturday inside a pause is paused, in both languages', () => {
    // 10-08…09 paused (补正); 10-09 is the 国庆 make-up Saturday. Counted: 09-30, 10-11, 10-12, 10-13 = 4.
    const result = deadline('m15-payment', { start: '2021-09-29', end: '2021-10-13', pauses: [{ from: '2021-10-08', to: '2021-10-09', reason: '补正' }] });
    expect(result.elapsed).toBe(4);
    const [zh, en] = both(result);
    expect(zh).not.toContain('10月9日（星期六）调休上班计入');
    expect(zh).toContain('10月9日（星期六）调休上班，但在暂停计时期间，不计');
    expect(en).not.toContain('make-up working day and counts');
    expect(en).toContain('Saturday, October 9 is a make-up working day but is paused, so it does not count');
  });
});

describe('missed means late: overBy ≥ 1', () => {
  it('counts a Saturday action after a Friday due date as 1 working day late (民法典 §203: the period ended at 24:00 Friday)', () => {
    const result = deadline('m15-payment', { start: '2021-10-15', end: '2021-10-23' });
    expect(result).toMatchObject({ status: 'missed', due: '2021-10-22', overBy: 1 });
    const [zh, en] = both(result);
    expect(zh).toContain('2021年10月23日（星期六）才办理支付手续，逾期1个工作日');
    expect(en).toContain('missed by 1 working day');
  });
  it('counts an overdue as-of Sunday up to the Monday after it', () => {
    // Due Friday 10-22; as of Sunday 10-24: up to Monday 10-25, 1 working day.
    expect(deadline('m15-payment', { start: '2021-10-15', asOf: '2021-10-24' })).toMatchObject({ status: 'overdue', overBy: 1 });
    // As of Sunday 10-31: Monday 11-01 → 10-25…29 and 11-01 = 6.
    expect(deadline('m15-payment', { start: '2021-10-15', asOf: '2021-10-31' })).toMatchObject({ status: 'overdue', overBy: 6 });
  });
});

describe('a pause cannot revive an expired period', () => {
  it('ignores a pause that began after the due date, keeps it in the trace and warns', () => {
    // Due 05-19 (05-15, 05-18, 05-19); as of 05-26: (05-19, 05-26] = 05-20, 21, 22, 25, 26 = 5 working days late.
    const result = deadline('m06-gas-residential-ignition', { start: '2020-05-14', asOf: '2020-05-26', pauses: [{ from: '2020-05-20', to: '2020-05-27' }] });
    expect(result).toMatchObject({ status: 'overdue', due: '2020-05-19', overBy: 5, elapsed: 8 });
    expect(result.warnings?.map((w) => w.code)).toEqual(['PAUSE_AFTER_DUE']);
    expect(result.warnings?.[0]).toMatchObject({ pause: { from: '2020-05-20', to: '2020-05-27' } });
    expect(result.trace).toContainEqual({ type: 'pause', from: '2020-05-20', to: '2020-05-27', reasons: [], ignored: true });
    const [zh, en] = both(result);
    expect(zh).toContain('已逾期5个工作日');
    expect(zh).toContain('5月20日至27日的暂停计时始于期限届满之后');
    expect(zh).not.toContain('5月20日至27日暂停计时不计');
    expect(en).toContain('the pause of May 20–27 began after the period had run out');
    // Without a trace the warning still tells it.
    expect(explain(evaluate('m06-gas-residential-ignition', { start: '2020-05-14', asOf: '2020-05-26', pauses: [{ from: '2020-05-20', to: '2020-05-27' }] }, { trace: false }))).toContain('始于期限届满之后');
  });
  it('still extends the due date with a pause that begins on the due date', () => {
    // Without the pause, due 05-19; the pause covers 05-19, so day 3 is 05-20.
    expect(deadline('m06-gas-residential-ignition', { start: '2020-05-14', asOf: '2020-05-26', pauses: [{ from: '2020-05-19', to: '2020-05-19' }] })).toMatchObject({
      due: '2020-05-20',
    });
    expect(deadline('m06-gas-residential-ignition', { start: '2020-05-14', asOf: '2020-05-26', pauses: [{ from: '2020-05-19', to: '2020-05-19' }] })).not.toHaveProperty('warnings');
  });
});

describe('target percentages never contradict the verdict', () => {
  it('rounds progress down and time gone up next to missed and behind', () => {
    // 1999 / 2000 = 99.95% → 99.9%; the year is over: 100.0%.
    expect(explain(evaluate('m22-intermediary-transactions', { value: 1999, asOf: '2022-01-01' }), { locale: 'en' })).toContain('99.9% done with 100.0% of the time gone: missed');
    // 98 / 200 = 49.0%; 150 of 306 days (2021-03-01…10-14 of …12-31) = 49.019…% → 49.1%.
    expect(explain(evaluate('m22-intermediary-purchasers', { value: 98, asOf: '2021-10-14' }))).toContain('完成进度49.0%，时间进度49.1%：进度落后于时间');
  });
});

describe('a 0-day rule whose trigger day is paused', () => {
  const sameDayCalendar = defineRule({
    id: 'test-same-day-calendar',
    kind: 'deadline',
    timing: 'period',
    name: { zh: '当日办结（日历日）', en: 'Same day (calendar days)' },
    description: { zh: '受理当日办结。', en: 'Done the day it is accepted.' },
    trigger: { zh: '受理', en: 'it was accepted' },
    action: { zh: '办结', en: 'complete it' },
    limit: { amount: 0, unit: 'calendar_days' },
  });
  it('moves the due date past the pause, in working days and in calendar days alike', () => {
    // Trigger Monday 2021-10-11, paused 10-11…12: the first working day after the pause is Wednesday 10-13.
    const pauses = [{ from: '2021-10-11', to: '2021-10-12' }];
    expect(deadline('m47-employment-matters-same-day', { start: '2021-10-11', asOf: '2021-10-12', pauses })).toMatchObject({ due: '2021-10-13', status: 'pending' });
    expect(evaluate(sameDayCalendar, { start: '2021-10-11', asOf: '2021-10-12', pauses })).toMatchObject({ due: '2021-10-13', status: 'pending' });
    // Paused Friday 10-15 only: the next working day is Monday 10-18 in both units.
    const friday = [{ from: '2021-10-15', to: '2021-10-15' }];
    expect(deadline('m47-employment-matters-same-day', { start: '2021-10-15', asOf: '2021-10-15', pauses: friday }).due).toBe('2021-10-18');
    expect(evaluate(sameDayCalendar, { start: '2021-10-15', asOf: '2021-10-15', pauses: friday }).due).toBe('2021-10-18');
  });
  it('says why the day moved', () => {
    const result = deadline('m47-employment-matters-same-day', { start: '2021-10-11', end: '2021-10-13', pauses: [{ from: '2021-10-11', to: '2021-10-12' }] });
    expect(result.status).toBe('met');
    expect(explain(result)).toContain('应于2021年10月13日（星期三）办结（受理就业事项当日；10月11日（星期一）在暂停计时期间，顺延至其后第一个不在暂停计时期间的工作日）');
    expect(explain(result, { locale: 'en' })).toContain('Monday, October 11 is paused, so it moves to the first working day after it that is not paused');
  });
});

describe('explanations without a trace', () => {
  it('name the as-of day and the end day as the traced version does', () => {
    for (const facts of [{ start: '2021-09-29', asOf: '2021-10-08' }, { start: '2021-09-29', end: '2021-10-13' }]) {
      const plain = both(evaluate('m15-payment', facts, { trace: false }));
      expect(plain[0]).not.toContain('目前');
      expect(plain[1]).not.toMatch(/currently|Not done:|Done:/);
    }
    expect(explain(evaluate('m15-payment', { start: '2021-09-29', asOf: '2021-10-08' }, { trace: false }))).toContain('截至2021年10月8日（星期五）');
    expect(explain(evaluate('m15-payment', { start: '2021-09-29', end: '2021-10-13' }, { trace: false }), { locale: 'en' })).toContain('Done on Wednesday, October 13, 2021');
    expect(explain(evaluate('m22-intermediary-purchasers', { value: 98, asOf: '2021-10-14' }, { trace: false }))).toContain('截至2021年10月14日（星期四）为98家');
  });
});

describe('contradictory facts are bad input', () => {
  const base = { awardNoticeIssuedOn: '2021-09-01', contractAmount: '100.00', supplierIsSme: false, asOf: '2021-12-01' };
  it.each([
    [{ contractSignedOn: '2021-09-10', performanceCompletedOn: '2021-09-05' }, 'performanceCompletedOn', 'contractSignedOn'],
    [{ contractSignedOn: '2021-09-10', performanceCompletedOn: '2021-09-20', acceptanceOrganizedOn: '2021-09-15' }, 'acceptanceOrganizedOn', 'performanceCompletedOn'],
    [{ contractSignedOn: '2021-09-10', invoiceReceivedOn: '2021-09-20', paymentProcessedOn: '2021-09-15' }, 'paymentProcessedOn', 'invoiceReceivedOn'],
    [{ contractSignedOn: '2021-08-30' }, 'contractSignedOn', 'awardNoticeIssuedOn'],
  ])('rejects %o naming both fields', (extra, later, earlier) => {
    expect(() => checkProcurement({ ...base, ...extra })).toThrow(expect.objectContaining({ code: 'INVALID_FACTS', message: expect.stringMatching(new RegExp(`${later}.*${earlier}`)) as unknown }));
  });
  it('rejects an end before the start in evaluate, naming both', () => {
    expect(() => evaluate('m15-payment', { start: '2021-10-12', end: '2021-10-11' })).toThrow(expect.objectContaining({ code: 'INVALID_FACTS', message: expect.stringMatching(/end.*start/) as unknown }));
  });
  it('accepts an as-of day before the trigger day and says the period has not started', () => {
    const result = deadline('m13-contract-signing', { start: '2021-09-11', asOf: '2021-09-01' });
    expect(result).toMatchObject({ status: 'not_started', due: '2021-10-08', start: '2021-09-11', asOf: '2021-09-01' });
    expect(result).not.toHaveProperty('remaining');
    const [zh, en] = both(result);
    expect(zh).toContain('截至2021年9月1日（星期三），期间尚未开始（自中标（成交）通知书发出之日的次日起算）。');
    expect(zh).not.toMatch(/已用|还剩/);
    expect(en).toContain('Not started as of Wednesday, September 1, 2021: the period counts from the day after the award notice was issued.');
    const check = checkProcurement({ ...base, awardNoticeIssuedOn: '2021-09-11', asOf: '2021-09-01' });
    expect(check.results['m13-contract-signing'].status).toBe('not_started');
    expect(check.complete).toBe(false);
  });
});

describe('words', () => {
  it('counts survey reports in 份, not 次', () => {
    const result = evaluate('m29-single-survey-report', { reports: 2 });
    expect(explain(result)).toBe('测绘报告份数为2份，要求不超过1份：未达标，超出1份。');
    expect(explain(result)).not.toContain('次');
  });
  it('says “the last day” rather than “0 days left”, and no “0 working days used” for a same-day rule', () => {
    expect(explain(evaluate('m15-payment', { start: '2021-09-29', asOf: '2021-10-12' }))).toMatch(/已用5个工作日，当日即为最后一日。$/);
    expect(explain(evaluate('m47-employment-matters-same-day', { start: '2021-09-29', end: '2021-09-29' }), { locale: 'en' })).toMatch(/Done on Wednesday, September 29, 2021: met\.$/);
  });
});
