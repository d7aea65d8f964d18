import { describe, expect, it } from 'vitest';
import { defineRule, evaluate, explain, getRule, listRules, type DeadlineFacts } from '../../src/rules/index.js';
import { untyped } from '../fixtures/untyped.js';

describe('explain', () => {
  it('tells how a payment due date was counted, in Chinese by default', () => {
    const result = evaluate('m15-payment', { start: '2021-09-29', asOf: '2021-10-08' });
    expect(explain(result)).toBe(
      '最迟于2021年10月12日（星期二，含当日）办理支付手续（收到发票后5个工作日内）：收到发票之日（2021-09-29）不计入，' +
        '10月1日至7日国庆节放假（国办发明电〔2020〕27号）不计，10月9日（星期六）调休上班计入。' +
        '截至2021年10月8日（星期五）尚未办理支付手续，已用2个工作日，还剩3个工作日。',
    );
    expect(explain(result, { locale: 'en' })).toBe(
      'Process the payment by Tuesday, October 12, 2021 at the latest, that day included (within 5 working days after the invoice was received): ' +
        'the day the invoice was received (2021-09-29) is not counted; October 1–7, the National Day holiday (国办发明电〔2020〕27号), not counted; ' +
        'Saturday, October 9 is a make-up working day and counts. Not done as of Friday, October 8, 2021: 2 working days used, 3 working days left.',
    );
  });

  it('takes the rule as a built-in id, as with the rule itself or with no rule', () => {
    const result = evaluate('m15-payment', { start: '2021-09-29', asOf: '2021-10-08' });
    expect(explain(result, { rule: 'm15-payment', locale: 'en' })).toBe(explain(result, { rule: getRule('m15-payment'), locale: 'en' }));
    expect(explain(result, { rule: 'm15-payment' })).toBe(explain(result));
  });

  it('tells every deadline status', () => {
    const text = (facts: DeadlineFacts): string => explain(evaluate('m15-payment', facts));
    expect(text({ start: '2021-09-29', end: '2021-10-11' })).toContain('2021年10月11日（星期一）已办理支付手续，按期完成（用时4个工作日）。');
    expect(text({ start: '2021-09-29', end: '2021-10-13' })).toContain('2021年10月13日（星期三）才办理支付手续，逾期1个工作日（用时6个工作日）。');
    expect(text({ start: '2021-09-29', asOf: '2021-10-14' })).toContain('截至2021年10月14日（星期四）仍未办理支付手续，已逾期2个工作日。');
    expect(explain(evaluate('m15-payment', { start: '2021-09-29', end: '2021-10-11' }), { locale: 'en' })).toContain('Done on Monday, October 11, 2021: met after 4 working days.');
  });

  it('explains the roll of a calendar-day period and a pause', () => {
    expect(explain(evaluate('m13-contract-signing', { start: '2021-06-06', asOf: '2021-06-30' }))).toBe(
      '最迟于2021年6月28日（星期一，含当日）签订政府采购合同（中标（成交）通知书发出后20日内）：中标（成交）通知书发出之日（2021-06-06）不计入，' +
        '第20日即2021年6月26日（星期六）是休息日，顺延至2021年6月28日（星期一）。截至2021年6月30日（星期三）仍未签订政府采购合同，已逾期2天。',
    );
    const paused = evaluate('m06-water-connection', { start: '2021-09-28', end: '2021-10-14', pauses: [{ from: '2021-10-11', to: '2021-10-12', reason: '客户原因' }] });
    expect(explain(paused)).toContain('10月11日至12日暂停计时（客户原因）不计');
    expect(explain(paused, { locale: 'en' })).toContain('October 11–12 paused (客户原因), not counted');
  });

  it('says less, but still the due date, the action day and status, without a trace', () => {
    expect(explain(evaluate('m15-payment', { start: '2021-09-29', end: '2021-10-13' }, { trace: false }))).toBe(
      '最迟于2021年10月12日（星期二，含当日）办理支付手续（收到发票后5个工作日内）。2021年10月13日（星期三）才办理支付手续，逾期1个工作日（用时6个工作日）。',
    );
  });

  it('tells every built-in due date as the last day allowed, that day included, never as 「X前」', () => {
    const deadlines = listRules().flatMap((r) => (r.kind === 'deadline' && (r.timing === 'fixed_date' || r.limit.amount > 0) ? [r] : []));
    expect(deadlines.length).toBeGreaterThan(5);
    for (const rule of deadlines) {
      const result = evaluate(rule, rule.timing === 'period' ? { start: '2021-09-29', asOf: '2021-09-30' } : { asOf: '2021-09-30' });
      const [year, month, day] = result.due.split('-').map(Number);
      expect(explain(result)).toMatch(new RegExp(`^最迟于${year}年${month}月${day}日（星期.，含当日）[^前]`, 'u'));
      expect(explain(result, { locale: 'en' })).toMatch(/^[A-Z][^:]* by [A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4} at the latest, that day included /u);
    }
  });

  it('explains a fixed date and a same-day rule', () => {
    expect(explain(evaluate('m24-chuanyu-same-standard', { asOf: '2021-11-02' }))).toBe(
      '最迟于2021年10月31日（星期日，含当日）实现同标准受理（期日，不顺延）。截至2021年11月2日（星期二）仍未实现同标准受理，已逾期2天。',
    );
    expect(explain(evaluate('m47-employment-matters-same-day', { start: '2021-09-30', end: '2021-09-30' }), { locale: 'en' })).toBe(
      'Complete it on Thursday, September 30, 2021 (the day the employment matter was accepted). Done on Thursday, September 30, 2021: met.',
    );
  });

  it('explains an exact ratio with the amounts, in both languages', () => {
    const result = evaluate('m15-prepayment-ratio', { contractAmount: '1000000.00', prepaymentAmount: '299900.00', supplierIsSme: false });
    expect(explain(result)).toBe(
      '预付款比例为29.99%（预付款299,900.00元 ÷ 合同金额1,000,000.00元），要求不低于30.00%：未达标，还差0.01%；预付款至少应为300,000.00元，还差100.00元。',
    );
    expect(explain(result, { locale: 'en' })).toBe(
      'The prepayment ratio is 29.99% (prepayment 299,900.00 yuan ÷ contract amount 1,000,000.00 yuan); it must be at least 30.00%: not met, 0.01% short; the prepayment must be at least 300,000.00 yuan, 100.00 yuan more.',
    );
    expect(explain(evaluate('m15-prepayment-ratio', { contractAmount: 100, prepaymentAmount: 50, supplierIsSme: true }))).toContain('要求不低于50.00%（供应商为中小企业）：达标。');
  });

  it('explains not applicable, counts, targets and averages', () => {
    expect(explain(evaluate('m07-electricity-zero-investment', { capacityKva: 200, enterpriseSize: 'small', customerInvestment: 0 }))).toBe(
      '不适用：仅适用于用电容量在160千伏安/千瓦及以下的小微企业报装项目。',
    );
    expect(explain(evaluate('m28-low-risk-inspections', { inspections: 2 }), { locale: 'en' })).toBe('The number of quality and safety inspections is 2; it must be at most 1: not met, 1 over.');
    expect(explain(evaluate('m22-intermediary-purchasers', { value: 100, asOf: '2021-10-01' }))).toBe(
      '目标：最迟于2021年12月31日（星期五，含当日）中介服务采购人入驻数达到200家。截至2021年10月1日（星期五）为100家，完成进度50.0%，时间进度40.5%：进度正常。',
    );
    // On track: both figures rounded down, so the time gone (93 of 153 days, 60.78…%) never shows above the progress it is compared with.
    expect(explain(evaluate('m51-bankruptcy-clearance', { value: 3, asOf: '2021-11-01', baseline: 10 }), { locale: 'en' })).toBe(
      'Target: open bankruptcy cases, down to 0 by Friday, December 31, 2021 at the latest, that day included. As of Monday, November 1, 2021: 3 (from 10), 70.0% done with 60.7% of the time gone: on track.',
    );
    const cases = [
      { start: '2021-03-01', end: '2021-04-13' },
      { start: '2021-03-01', end: '2021-04-14' },
    ];
    expect(explain(evaluate('m06-electricity-10kv-average', { cases }))).toBe(
      '10千伏城镇用户（共2例）完成接电平均用时30.50个工作日（中位数30.5，最长31，1例不超过30个工作日），要求平均不超过30个工作日：未达标。',
    );
    expect(explain(evaluate('m06-electricity-10kv-average', { cases: [] }), { locale: 'en' })).toBe('10 kV urban users: no cases, so no mean to compare with 30 working days.');
  });

  it('never shows a mean over the limit as equal to it', () => {
    const cases = [...Array.from({ length: 2 }, () => ({ start: '2021-03-01', end: '2021-04-13' })), { start: '2021-03-01', end: '2021-04-14' }];
    // 91 / 3 = 30.333… → 30.34, not 30.33.
    expect(explain(evaluate('m06-electricity-10kv-average', { cases }))).toContain('平均用时30.34个工作日');
  });

  it('explains a custom rule across a year end', () => {
    const custom = defineRule({ ...getRule('m15-payment'), id: 'custom-payment' });
    const text = explain(evaluate(custom, { start: '2021-12-30', end: '2022-01-07' }), { rule: custom });
    expect(text).toContain('最迟于2022年1月7日（星期五，含当日）');
    expect(text).toContain('1月1日至3日元旦放假（国办发明电〔2021〕11号）不计');
  });

  it('checks the whole result against its type’s schema: a JSON copy passes, a field missing or misshapen is refused', () => {
    const target = evaluate('m22-intermediary-purchasers', { value: 100, asOf: '2021-10-01' });
    const deadline = evaluate('m15-payment', { start: '2021-09-29', end: '2021-10-12' });
    const average = evaluate('m06-electricity-10kv-average', { cases: [{ start: '2021-03-01', end: '2021-04-13' }] });
    for (const result of [target, deadline, average]) expect(explain(JSON.parse(JSON.stringify(result)) as typeof result)).toBe(explain(result));
    const refused = (result: unknown): void => {
      expect(() => explain(untyped(result))).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    };
    refused(Object.fromEntries(Object.entries(target).filter(([key]) => key !== 'asOf')));
    refused({ ...deadline, limit: { unit: 'working_days' } });
    refused({ ...deadline, warnings: [{ code: 'PAUSE_AFTER_DUE', pause: { from: '2021-10-13', to: '2021-10-14', reasons: [] } }] });
    refused({ ...average, trace: [{ type: 'case', index: 0, start: '2021-03-01', end: '2021-04-13' }] });
  });
});
