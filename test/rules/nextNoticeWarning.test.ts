import { describe, expect, it } from 'vitest';
import { createCalendar, defaultCalendar, getDayInfo, toDayTable, type ScheduleYear } from '../../src/calendar/index.js';
import { checkProcurement } from '../../src/procurement/index.js';
import { evaluate, explain, type RuleWarning } from '../../src/rules/index.js';

/**
 * Issue 19, item 4: the next year's notice has changed the last days of December (2005-12-31, 2006-12-30/31,
 * 2007-12-29/31, 2011-12-31, 2018-12-29/31), so a result that read a day from 26 December on of the last year with a
 * notice says it may change, until that notice is in the calendar.
 */

function nextNoticeWarning(warnings: readonly RuleWarning[] | undefined): Extract<RuleWarning, { code: 'MAY_CHANGE_WITH_NEXT_NOTICE' }> | undefined {
  return warnings?.find((w): w is Extract<RuleWarning, { code: 'MAY_CHANGE_WITH_NEXT_NOTICE' }> => w.code === 'MAY_CHANGE_WITH_NEXT_NOTICE');
}

describe('the days the next notice may change', () => {
  it('are 26–31 December of the last year with a notice, on the calendar and on each day', () => {
    expect(defaultCalendar.nextNotice).toEqual({ year: 2027, mayChangeFrom: '2026-12-26', mayChangeTo: '2026-12-31' });
    expect(getDayInfo('2026-12-26').mayChangeWithNextNotice).toBe(true);
    expect(getDayInfo('2026-12-31').mayChangeWithNextNotice).toBe(true);
    expect(getDayInfo('2026-12-25')).not.toHaveProperty('mayChangeWithNextNotice');
    expect(getDayInfo('2025-12-31')).not.toHaveProperty('mayChangeWithNextNotice');
    const marked = toDayTable({ calendar: defaultCalendar, from: '2026-12-20', to: '2026-12-31' }).filter((row) => row.may_change_with_next_notice);
    expect(marked.map((row) => row.day)).toEqual(['2026-12-26', '2026-12-27', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31']);
  });

  it('move with the calendar: its asKnownOn day, or the last year of its schedules', () => {
    expect(createCalendar({ asKnownOn: '2018-11-01' }).nextNotice.year).toBe(2019);
    const schedule: ScheduleYear = {
      year: 2027,
      notices: [
        {
          kind: 'schedule',
          issuer: '国务院办公厅',
          title: '2027年节假日安排（测试用）',
          docNo: 'TEST-2027',
          publishedOn: '2026-11-01',
          url: 'https://example.org/2027',
          holidays: [{ key: 'new_year', rest: [{ from: '2027-01-01', to: '2027-01-03' }], makeup: [] }],
        },
      ],
    };
    const withSchedule = createCalendar({ schedules: [schedule] });
    expect(withSchedule.nextNotice).toEqual({ year: 2028, mayChangeFrom: '2027-12-26', mayChangeTo: '2027-12-31' });
    expect(withSchedule.getDayInfo('2026-12-28')).not.toHaveProperty('mayChangeWithNextNotice');
    expect(withSchedule.getDayInfo('2027-12-28').mayChangeWithNextNotice).toBe(true);
    // A projection does not bring the 2027 notice: its days stay marked.
    expect(createCalendar({ unpublishedYears: 'provisional' }).nextNotice.year).toBe(2027);
  });
});

describe('a result that read those days', () => {
  it('warns, naming the days it read and the missing year, and explain says so in both languages', () => {
    // Invoice received Wednesday 2026-12-23: 12-24, 25, 28, 29, 30 → due 2026-12-30; the count read 12-24…12-30.
    const result = evaluate('m15-payment', { start: '2026-12-23', asOf: '2026-12-24' });
    expect(result.due).toBe('2026-12-30');
    expect(nextNoticeWarning(result.warnings)).toMatchObject({ year: 2027, days: ['2026-12-26', '2026-12-27', '2026-12-28', '2026-12-29', '2026-12-30'] });
    expect(explain(result)).toContain('注意：日历尚未收录2027年的国务院放假安排，该通知仍可能调整2026年12月26日至30日的上班或放假');
    expect(explain(result, { locale: 'en' })).toContain("Note: the calendar does not have the State Council's 2027 holiday notice yet; that notice may still turn days of December 26–30, 2026, into working days or rest days");
  });

  it('does not warn when the answer ends before 26 December, or skips those days as paused', () => {
    expect(evaluate('m15-payment', { start: '2026-12-14', end: '2026-12-21' })).not.toHaveProperty('warnings');
    // Paused over 12-26…12-28: 12-24, 12-25, then 12-29, 12-30, 12-31 → due 12-31; the warning lists the unpaused days.
    const partly = evaluate('m15-payment', { start: '2026-12-23', end: '2026-12-31', pauses: [{ from: '2026-12-26', to: '2026-12-28' }] });
    expect(partly).toMatchObject({ status: 'met', due: '2026-12-31' });
    expect(nextNoticeWarning(partly.warnings)?.days).toEqual(['2026-12-29', '2026-12-30', '2026-12-31']);
  });

  it('warns for a calendar-day period only when its last day or roll reads those days', () => {
    // 2026-12-06 + 20 = Saturday 12-26, rolled to Monday 12-28: the roll read 12-26…12-28.
    expect(nextNoticeWarning(evaluate('m13-contract-signing', { start: '2026-12-06', asOf: '2026-12-07' }).warnings)?.days).toEqual(['2026-12-26', '2026-12-27', '2026-12-28']);
    // 2026-12-01 + 20 = Monday 12-21: only that day is read, whatever the date judged on.
    expect(evaluate('m13-contract-signing', { start: '2026-12-01', asOf: '2026-12-30' })).not.toHaveProperty('warnings');
  });

  it('warns for an average whose case counted those days, and in the façades', () => {
    const average = evaluate('m06-electricity-10kv-average', { cases: [{ start: '2026-11-20', end: '2026-12-29' }] });
    expect(nextNoticeWarning(average.warnings)?.days).toEqual(['2026-12-26', '2026-12-27', '2026-12-28', '2026-12-29']);
    const record = { awardNoticeIssuedOn: '2026-11-01', contractSignedOn: '2026-11-10', contractAmount: '100', supplierIsSme: true, invoiceReceivedOn: '2026-12-23', asOf: '2026-12-24' };
    const payment = checkProcurement(record).results['m15-payment'];
    expect('warnings' in payment ? nextNoticeWarning(payment.warnings)?.year : undefined).toBe(2027);
  });

  it('was warranted in 2018: the 2019 notice moved a payment due as known before it', () => {
    // As known on 2018-11-01 (before 国办发明电〔2018〕15号): 12-25, 26, 27, 28, 31 → due Monday 2018-12-31, with the warning.
    const before = evaluate('m15-payment', { start: '2018-12-24', asOf: '2018-12-24' }, { calendar: createCalendar({ asKnownOn: '2018-11-01' }) });
    expect(before.due).toBe('2018-12-31');
    expect(nextNoticeWarning(before.warnings)?.year).toBe(2019);
    // With the notice: Saturday 12-29 a working day, Monday 12-31 a rest day → due 2018-12-29, and no warning.
    const after = evaluate('m15-payment', { start: '2018-12-24', asOf: '2018-12-24' });
    expect(after.due).toBe('2018-12-29');
    expect(after).not.toHaveProperty('warnings');
  });
});
