import { describe, expect, it } from 'vitest';
import { evaluate, explain } from '../../src/rules/index.js';

const HEAD_ZH = '最迟于2021年10月12日（星期二，含当日）办理支付手续（收到发票后5个工作日内）。';
const HEAD_EN = 'Process the payment by Tuesday, October 12, 2021 at the latest, that day included (within 5 working days after the invoice was received). ';

describe('explain, for every status, with and without a trace', () => {
  it.each([
    ['met', { start: '2021-09-29', end: '2021-10-12' }, '2021年10月12日（星期二）已办理支付手续，按期完成（用时5个工作日）。', 'Done on Tuesday, October 12, 2021: met after 5 working days.'],
    ['missed', { start: '2021-09-29', end: '2021-10-13' }, '2021年10月13日（星期三）才办理支付手续，逾期1个工作日（用时6个工作日）。', 'Done on Wednesday, October 13, 2021: missed by 1 working day (6 working days used).'],
    ['pending', { start: '2021-09-29', asOf: '2021-10-08' }, '截至2021年10月8日（星期五）尚未办理支付手续，已用2个工作日，还剩3个工作日。', 'Not done as of Friday, October 8, 2021: 2 working days used, 3 working days left.'],
    ['overdue', { start: '2021-09-29', asOf: '2021-10-14' }, '截至2021年10月14日（星期四）仍未办理支付手续，已逾期2个工作日。', 'Not done as of Thursday, October 14, 2021: overdue by 2 working days.'],
  ])('tells the due date, the day judged on and the %s verdict when the result has no trace, as with one', (_, facts, zh, en) => {
    const result = evaluate('m15-payment', facts, { trace: false });
    expect(explain(result)).toBe(`${HEAD_ZH}${zh}`);
    expect(explain(result, { locale: 'en' })).toBe(`${HEAD_EN}${en}`);
    // The traced explanation ends with the same verdict.
    expect(explain(evaluate('m15-payment', facts)).endsWith(zh)).toBe(true);
    expect(explain(evaluate('m15-payment', facts), { locale: 'en' }).endsWith(en)).toBe(true);
  });

  it('tells a fixed date’s distance in calendar days, with the action or as-of day', () => {
    const late = evaluate('m24-chuanyu-same-standard', { end: '2021-11-02' }, { trace: false });
    expect(explain(late)).toBe('最迟于2021年10月31日（星期日，含当日）实现同标准受理（期日，不顺延）。2021年11月2日（星期二）才实现同标准受理，逾期2天。');
    expect(explain(late, { locale: 'en' })).toBe('Accept the items to the same standard by Sunday, October 31, 2021 at the latest, that day included (a fixed date, never moved). Done on Tuesday, November 2, 2021: missed by 2 days.');
    const early = evaluate('m24-chuanyu-same-standard', { asOf: '2021-10-02' });
    expect(explain(early)).toBe('最迟于2021年10月31日（星期日，含当日）实现同标准受理（期日，不顺延）。截至2021年10月2日（星期六）尚未实现同标准受理，还剩29天。');
    expect(explain(early, { locale: 'en' })).toBe('Accept the items to the same standard by Sunday, October 31, 2021 at the latest, that day included (a fixed date, never moved). Not done as of Saturday, October 2, 2021: 29 days left.');
  });

  it('writes a pause that spans two years with both years, and a holiday inside one month as one range', () => {
    const result = evaluate('m15-payment', { start: '2021-12-28', end: '2022-01-12', pauses: [{ from: '2021-12-30', to: '2022-01-05' }, { from: '2022-01-07', to: '2022-01-07' }] });
    expect(explain(result)).toBe(
      '最迟于2022年1月12日（星期三，含当日）办理支付手续（收到发票后5个工作日内）：收到发票之日（2021-12-28）不计入，2021年12月30日至2022年1月5日暂停计时不计，1月1日至3日元旦放假（国办发明电〔2021〕11号）不计，1月7日暂停计时不计。2022年1月12日（星期三）已办理支付手续，按期完成（用时5个工作日）。',
    );
    expect(explain(result, { locale: 'en' })).toBe(
      "Process the payment by Wednesday, January 12, 2022 at the latest, that day included (within 5 working days after the invoice was received): the day the invoice was received (2021-12-28) is not counted; December 30, 2021 – January 5, 2022 paused, not counted; January 1–3, the New Year's Day holiday (国办发明电〔2021〕11号), not counted; January 7 paused, not counted. Done on Wednesday, January 12, 2022: met after 5 working days.",
    );
  });

  it('writes a pause across two months of one year, with its reason', () => {
    const result = evaluate('m15-payment', { start: '2021-09-24', end: '2021-10-12', pauses: [{ from: '2021-09-28', to: '2021-10-02', reason: '补正' }] });
    expect(explain(result)).toMatch(/，9月28日至10月2日暂停计时（补正）不计，/);
    expect(explain(result, { locale: 'en' })).toMatch(/; September 28 – October 2 paused \(补正\), not counted; /);
  });

  it('explains an average that is not met, with its median, longest case and cases within the limit', () => {
    const result = evaluate('m06-electricity-10kv-average', { cases: [{ start: '2021-09-01', end: '2021-12-12' }, { start: '2021-09-01', end: '2021-09-02' }] });
    expect(explain(result)).toBe('10千伏城镇用户（共2例）完成接电平均用时34.50个工作日（中位数34.5，最长68，1例不超过30个工作日），要求平均不超过30个工作日：未达标。');
    expect(explain(result, { locale: 'en' })).toBe(
      '10 kV urban users (2 cases): mean 34.50 working days to connect the electricity supply (median 34.5, longest 68, 1 within 30 working days); the mean must be at most 30 working days: not met.',
    );
  });
});
