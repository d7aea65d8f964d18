import { describe, expect, it } from 'vitest';
import { defineRule, evaluateMany, explain, getRule, type AnyRuleResult, type Locale } from '../../src/rules/index.js';
import { checkProcurement } from '../../src/procurement/index.js';
import { checkConnection } from '../../src/utilities/index.js';
import { untyped } from '../fixtures/untyped.js';

const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
/** Words for developers that an end user's explanation must never contain. */
const API_WORDS = /createCalendar|schedules|unpublishedYears|provisional|--|\bm\d\d-|CALENDAR_OUT_OF_RANGE|waitingFor|invoiceReceivedOn|prepaymentAmount/u;

/** An out_of_range result of `ruleId` for `years`, as a JSON copy (what a stored report holds). */
function outOfRange(ruleId: string, kind: string, years: readonly number[]): AnyRuleResult {
  return JSON.parse(JSON.stringify({ ruleId, kind, status: 'out_of_range', code: 'CALENDAR_OUT_OF_RANGE', message: '…', years, details: {} })) as AnyRuleResult;
}

describe('explain of the results that judged nothing', () => {
  it('names the rule by its name and the missing year, in both languages, with no API name', () => {
    const result = checkConnection({ utility: 'water', category: 'general', acceptedOn: '2026-12-25', asOf: '2026-12-28' });
    expect(result.status).toBe('out_of_range');
    const { name } = getRule('m06-water-connection');
    expect(explain(result)).toBe(`「${name.zh}」暂无法判断：计算需要2027年的放假安排（由国务院办公厅每年发布的放假通知规定），日历中尚无该年数据。相应通知补入日历后即可判断。`);
    expect(explain(result, { locale: 'en' })).toBe(
      `${name.en} cannot be judged yet: the answer needs the public holidays of 2027 (set each year by a notice of the General Office of the State Council), which the calendar does not have yet. It can be judged once that notice is added to the calendar.`,
    );
    for (const locale of LOCALES) expect(explain(result, { locale })).not.toMatch(API_WORDS);
    // The remedy for developers is in the result itself.
    expect(result.status === 'out_of_range' && result.message).toMatch(/createCalendar\(\{ schedules \}\)/u);
  });

  it('lists several missing years, and a long run of them as a span, before and after the data', () => {
    expect(explain(outOfRange('m15-payment', 'deadline', [2003]))).toContain('计算需要2003年的放假安排');
    expect(explain(outOfRange('m15-payment', 'deadline', [2027, 2028]), { locale: 'en' })).toContain('the public holidays of 2027 and 2028 ');
    expect(explain(outOfRange('m15-payment', 'deadline', [2027, 2028]))).toContain('计算需要2027年、2028年的放假安排');
    expect(explain(outOfRange('m15-payment', 'deadline', [1990, 1991, 1992, 1993]))).toContain('计算需要1990–1993年的放假安排');
  });

  it('says what a record’s rule that has not started waits for, in the rule’s words', () => {
    const { results } = checkProcurement({ awardNoticeIssuedOn: '2021-09-08', contractAmount: '100.00', supplierIsSme: false, asOf: '2021-09-10' });
    expect(explain(results['m15-payment'])).toBe('「办理支付」尚未开始：期限自收到发票之日起算，记录中还没有这一日期。');
    expect(explain(results['m14-acceptance'], { locale: 'en' })).toBe('Acceptance of performance has not started: its period counts from the day the contract was performed, and the record has no such day yet.');
    expect(explain(results['m15-prepayment-ratio'])).toBe('「预付款比例」尚未开始：记录中还没有预付款。');
    expect(explain(results['m15-prepayment-ratio'], { locale: 'en' })).toBe('Prepayment ratio has not started: the record has no prepayment yet.');
    for (const result of Object.values(results)) for (const locale of LOCALES) expect(explain(JSON.parse(JSON.stringify(result)) as AnyRuleResult, { locale })).not.toMatch(API_WORDS);
  });

  it('explains an out_of_range item of a custom rule with the rule, and refuses a malformed one', () => {
    const rule = defineRule({ ...getRule('m15-payment'), id: 'district-payment', name: { zh: '区级付款', en: 'District payment' } });
    const [item] = [...evaluateMany(rule, [{ start: '2026-12-30', asOf: '2026-12-31' }])];
    if (!item?.ok) throw new Error('expected a result');
    expect(explain(item.result, { rule, locale: 'en' })).toMatch(/^District payment cannot be judged yet: the answer needs the public holidays of 2027 /u);
    expect(() => explain(item.result)).toThrow(expect.objectContaining({ code: 'UNKNOWN_RULE' }));
    expect(() => explain(untyped({ ...outOfRange('m15-payment', 'deadline', [2027]), years: ['2027'] }))).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => explain(untyped({ ruleId: 'm15-payment', kind: 'deadline', status: 'not_started', waitingFor: 3 }))).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
