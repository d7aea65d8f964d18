/**
 * Golden deadline cases, hand-checked against the 2021 schedule (国办发明电〔2020〕27号, legal-semantics §4.2):
 * 元旦 01-01…03; 春节 02-11…17, 上班 02-07 (Sun), 02-20 (Sat); 清明 04-03…05; 劳动节 05-01…05, 上班 04-25 (Sun),
 * 05-08 (Sat); 端午 06-12…14; 中秋 09-19…21, 上班 09-18 (Sat); 国庆 10-01…07, 上班 09-26 (Sun), 10-09 (Sat).
 * The count of each due date is written out next to it.
 */
import { describe, expect, it } from 'vitest';
import { createCalendar, defineRule, evaluate, getRule, isYingshangError, type BuiltInRuleId, type DeadlineResult, type FactsOfId } from '../../../src/index.js';

function deadline<const Id extends BuiltInRuleId>(id: Id, facts: FactsOfId<Id>): DeadlineResult {
  return evaluate(id, facts) as DeadlineResult;
}

describe('legal-semantics §8 worked examples', () => {
  it('signs a contract 20 calendar days after a notice of 2021-09-11 by 2021-10-08, rolling past the National Day block', () => {
    const r = deadline('m13-contract-signing', { start: '2021-09-11', end: '2021-10-08' });
    expect(r).toMatchObject({ status: 'met', due: '2021-10-08', limit: { amount: 20, unit: 'calendar_days' }, elapsed: 27, remaining: 0 });
    expect(r.trace).toContainEqual(expect.objectContaining({ type: 'roll', from: '2021-10-01', to: '2021-10-08', mode: 'next_working_day' }));
  });

  it('rolls a 20-day period ending on Saturday 2021-06-26 to Monday 2021-06-28, or not at all with statutory_holidays_only', () => {
    expect(deadline('m13-contract-signing', { start: '2021-06-06', end: '2021-06-28' })).toMatchObject({ status: 'met', due: '2021-06-28' });
    const strict = defineRule({
      ...getRule('m13-contract-signing'),
      id: 'strict-contract-signing',
      limit: { amount: 20, unit: 'calendar_days', roll: 'statutory_holidays_only' },
    });
    expect(evaluate(strict, { start: '2021-06-06', end: '2021-06-28' })).toMatchObject({ status: 'missed', due: '2021-06-26', overBy: 2 });
  });

  it('ends a 30-day period from 2021-01-16 on 2021-02-18, after the Spring Festival block (nominal 02-15)', () => {
    const thirty = defineRule({ ...getRule('m13-contract-signing'), id: 'national-contract-signing', limit: { amount: 30, unit: 'calendar_days' } });
    expect(evaluate(thirty, { start: '2021-01-16', asOf: '2021-01-20' })).toMatchObject({ status: 'pending', due: '2021-02-18', elapsed: 4, remaining: 29 });
  });

  it('ends a same-day calendar period held by a pause on the day after the pause, even from the day before the data', () => {
    const sameDay = defineRule({ ...getRule('m13-contract-signing'), id: 'same-day-signing', limit: { amount: 0, unit: 'calendar_days' } });
    // 2003-12-31 is before the data (2004 on), and so not read: the pause holds it, and the period ends on Tuesday
    // 2004-01-06, the day after the pause (a working day).
    const pauses = [{ from: '2003-12-31', to: '2004-01-05' }];
    expect(evaluate(sameDay, { start: '2003-12-31', end: '2004-01-06', pauses })).toMatchObject({ status: 'met', due: '2004-01-06' });
    // Inside the data the same rule gives the same answer whether or not the start day is read: held by a pause
    // 2021-09-29…10-07 (the start a Wednesday), due Friday 10-08; ending Saturday 10-02, due the make-up Saturday 10-09 is
    // not the answer: the day after the pause, 10-03, is a rest day of 国庆节 and rolls to Friday 10-08.
    expect(evaluate(sameDay, { start: '2021-09-29', end: '2021-10-08', pauses: [{ from: '2021-09-29', to: '2021-10-07' }] })).toMatchObject({ due: '2021-10-08', status: 'met' });
    expect(evaluate(sameDay, { start: '2021-09-29', end: '2021-10-08', pauses: [{ from: '2021-09-29', to: '2021-10-02' }] })).toMatchObject({ due: '2021-10-08', status: 'met' });
  });

  it('processes a payment for an invoice of Wednesday 2021-09-29 by 2021-10-12, counting Saturday 10-09', () => {
    // 09-30 = 1; 10-01…07 holiday; 10-08 = 2; 10-09 (Sat, 调休上班) = 3; 10-11 = 4; 10-12 = 5.
    expect(deadline('m15-payment', { start: '2021-09-29', end: '2021-10-12' })).toMatchObject({ status: 'met', due: '2021-10-12', elapsed: 5, remaining: 0 });
    expect(deadline('m15-payment', { start: '2021-09-29', end: '2021-10-13' })).toMatchObject({ status: 'missed', elapsed: 6, overBy: 1 });
  });

  it('organises acceptance 7 working days after 2021-09-30 by 2021-10-15', () => {
    // 10-08 = 1, 10-09 = 2, 10-11…15 = 3…7.
    expect(deadline('m14-acceptance', { start: '2021-09-30', end: '2021-10-15' })).toMatchObject({ status: 'met', due: '2021-10-15', elapsed: 7 });
    expect(deadline('m14-acceptance', { start: '2021-09-30', end: '2021-10-18' })).toMatchObject({ status: 'missed', overBy: 1 });
  });

  it('handles an unemployment benefit claim of 2021-09-30 by 2021-10-08', () => {
    expect(deadline('m47-unemployment-benefit', { start: '2021-09-30', end: '2021-10-08' })).toMatchObject({ status: 'met', due: '2021-10-08', elapsed: 1 });
    expect(deadline('m47-unemployment-benefit', { start: '2021-09-30', end: '2021-10-09' })).toMatchObject({ status: 'missed', overBy: 1 });
  });

  it('connects a low-voltage user accepted on 2021-02-09 by 2021-02-25, counting Saturday 02-20', () => {
    // 02-10 = 1; 02-11…17 holiday; 02-18 = 2; 02-19 = 3; 02-20 (Sat) = 4; 02-22…25 = 5…8.
    const r = deadline('m06-electricity-low-voltage', { start: '2021-02-09', end: '2021-02-25' });
    expect(r).toMatchObject({ status: 'met', due: '2021-02-25', elapsed: 8 });
    expect(r.trace.map((s) => s.type)).toEqual(['start', 'holiday', 'makeup_workday', 'due', 'end']);
    expect(deadline('m06-electricity-low-voltage', { start: '2021-02-09', end: '2021-02-26' })).toMatchObject({ status: 'missed', elapsed: 9, overBy: 1 });
  });
});

describe('every deadline rule at day N and day N+1 around a holiday', () => {
  const cases: readonly { id: BuiltInRuleId; start: string; due: string; next: string; count: string }[] = [
    { id: 'm06-water-connection', start: '2021-04-23', due: '2021-05-08', next: '2021-05-10', count: '04-25 (Sun, 上班) = 1; 04-26…30 = 2…6; 05-01…05 holiday; 05-06 = 7; 05-07 = 8; 05-08 (Sat, 上班) = 9' },
    { id: 'm06-electricity-low-voltage', start: '2021-02-09', due: '2021-02-25', next: '2021-02-26', count: '§8' },
    { id: 'm06-gas-non-residential', start: '2020-12-30', due: '2021-01-12', next: '2021-01-13', count: '12-31 = 1; 01-01…03 holiday; 01-04…08 = 2…6; 01-11 = 7; 01-12 = 8' },
    { id: 'm06-gas-new-residential-community', start: '2021-04-01', due: '2021-04-14', next: '2021-04-15', count: '04-02 = 1; 04-03…05 holiday; 04-06…09 = 2…5; 04-12…14 = 6…8' },
    { id: 'm06-gas-residential-ignition', start: '2021-09-16', due: '2021-09-22', next: '2021-09-23', count: '09-17 = 1; 09-18 (Sat, 上班) = 2; 09-19…21 holiday; 09-22 = 3' },
    { id: 'm06-gas-total', start: '2021-09-22', due: '2021-10-14', next: '2021-10-15', count: '09-23, 24 = 1, 2; 09-26 (Sun, 上班) = 3; 09-27…30 = 4…7; 10-08 = 8; 10-09 = 9; 10-11…14 = 10…13' },
    { id: 'm13-contract-signing', start: '2021-09-19', due: '2021-10-09', next: '2021-10-10', count: 'day 20 is Saturday 10-09, a make-up working day: no roll' },
    { id: 'm14-acceptance', start: '2021-09-30', due: '2021-10-15', next: '2021-10-18', count: '§8' },
    { id: 'm15-payment', start: '2021-09-29', due: '2021-10-12', next: '2021-10-13', count: '§8' },
    { id: 'm47-unemployment-benefit', start: '2021-06-11', due: '2021-06-15', next: '2021-06-16', count: '06-12…14 holiday; 06-15 = 1' },
    { id: 'm47-employment-matters-same-day', start: '2021-06-11', due: '2021-06-11', next: '2021-06-15', count: 'day 0' },
  ];

  for (const c of cases) {
    it(`${c.id}: from ${c.start}, met on ${c.due} and missed on ${c.next} (${c.count})`, () => {
      expect(deadline(c.id, { start: c.start, end: c.due })).toMatchObject({ status: 'met', due: c.due, remaining: 0 });
      expect(deadline(c.id, { start: c.start, end: c.next }).status).toBe('missed');
    });
  }

  it('gives pending and overdue for the same deadline before and after the due date', () => {
    expect(deadline('m06-water-connection', { start: '2021-04-23', asOf: '2021-05-08' })).toMatchObject({ status: 'pending', elapsed: 9, remaining: 0 });
    expect(deadline('m06-water-connection', { start: '2021-04-23', asOf: '2021-05-06' })).toMatchObject({ status: 'pending', elapsed: 7, remaining: 2 });
    // Due Saturday 05-08 (调休上班); judged on Sunday 05-09: late up to the next working day, Monday 05-10, so 1 working day.
    expect(deadline('m06-water-connection', { start: '2021-04-23', asOf: '2021-05-09' })).toMatchObject({ status: 'overdue', elapsed: 9, overBy: 1 });
    expect(deadline('m06-water-connection', { start: '2021-04-23', asOf: '2021-05-11' })).toMatchObject({ status: 'overdue', elapsed: 11, overBy: 2 });
  });

  it('says the period has not started while asOf is before the trigger day, and counts nothing', () => {
    const result = deadline('m15-payment', { start: '2021-09-29', asOf: '2021-09-01' });
    expect(result).toMatchObject({ status: 'not_started', due: '2021-10-12', start: '2021-09-29', asOf: '2021-09-01' });
    expect(result).not.toHaveProperty('elapsed');
    expect(result).not.toHaveProperty('remaining');
  });

  it('judges a same-day rule on the trigger day only', () => {
    expect(deadline('m47-employment-matters-same-day', { start: '2021-06-11', end: '2021-06-11' })).toMatchObject({ status: 'met', elapsed: 0, remaining: 0 });
  });
});

describe('the 民法典 §203 roll for calendar-day periods', () => {
  it('rolls day 20 falling inside the National Day block (Sunday 10-03) to 10-08', () => {
    expect(deadline('m13-contract-signing', { start: '2021-09-13', end: '2021-10-08' })).toMatchObject({ status: 'met', due: '2021-10-08' });
  });

  it('does not roll day 20 falling on an ordinary working day (03-03 + 20 = Tuesday 03-23)', () => {
    const r = deadline('m13-contract-signing', { start: '2021-03-03', end: '2021-03-24' });
    expect(r).toMatchObject({ status: 'missed', due: '2021-03-23', elapsed: 21, overBy: 1 });
    expect(r.trace.map((s) => s.type)).toEqual(['start', 'due', 'end']);
  });

  it('rolls a Sunday day 20 to Monday (03-01 + 20 = Sunday 03-21 → 03-22)', () => {
    expect(deadline('m13-contract-signing', { start: '2021-03-01', end: '2021-03-22' })).toMatchObject({ status: 'met', due: '2021-03-22' });
  });
});

describe('pauses', () => {
  it('moves the due date out by the paused working days (water, 09-28, paused 10-11…12)', () => {
    // Without the pause: 09-29, 09-30, 10-08, 10-09, 10-11…15 → 10-15. Paused 10-11, 10-12 → 10-13…15, 10-18, 10-19 → 10-19.
    expect(deadline('m06-water-connection', { start: '2021-09-28', end: '2021-10-15' }).due).toBe('2021-10-15');
    const r = deadline('m06-water-connection', { start: '2021-09-28', end: '2021-10-14', pauses: [{ from: '2021-10-11', to: '2021-10-12', reason: '客户原因' }] });
    expect(r).toMatchObject({ status: 'met', due: '2021-10-19', elapsed: 6, remaining: 3 });
    expect(r.trace).toContainEqual({ type: 'pause', from: '2021-10-11', to: '2021-10-12', reasons: ['客户原因'] });
  });

  it('merges overlapping pauses (10-11…12 and 10-12…13 → 10-11…13)', () => {
    const r = deadline('m06-water-connection', {
      start: '2021-09-28',
      end: '2021-10-20',
      pauses: [
        { from: '2021-10-12', to: '2021-10-13', reason: '检验检测' },
        { from: '2021-10-11', to: '2021-10-12', reason: '客户原因' },
      ],
    });
    expect(r).toMatchObject({ status: 'met', due: '2021-10-20', elapsed: 9 });
    expect(r.trace).toContainEqual({ type: 'pause', from: '2021-10-11', to: '2021-10-13', reasons: ['客户原因', '检验检测'] });
  });

  it('excludes both ends of a pause, even one that starts on the trigger day', () => {
    // 09-29 paused → 09-30 = 1, 10-08 = 2, 10-09 = 3, 10-11…15 = 4…8, 10-18 = 9.
    expect(deadline('m06-water-connection', { start: '2021-09-28', asOf: '2021-09-29', pauses: [{ from: '2021-09-28', to: '2021-09-29' }] })).toMatchObject({
      status: 'pending',
      due: '2021-10-18',
      elapsed: 0,
      remaining: 9,
    });
  });

  it('only loses the working days of a pause that spans a holiday', () => {
    // Paused 09-30…10-08: working days 09-30 and 10-08 lost → 09-29, 10-09, 10-11…15, 10-18, 10-19 → 10-19.
    expect(deadline('m06-water-connection', { start: '2021-09-28', end: '2021-10-19', pauses: [{ from: '2021-09-30', to: '2021-10-08' }] })).toMatchObject({
      status: 'met',
      due: '2021-10-19',
      elapsed: 9,
    });
  });

  it('ignores a pause that began after the due date: it cannot revive the expired period', () => {
    // Due 10-12; the pause on 10-14 began after it. (09-29, 10-15]: 09-30, 10-08, 10-09, 10-11…15 = 8; (10-12, 10-15] = 3.
    const result = deadline('m15-payment', { start: '2021-09-29', end: '2021-10-15', pauses: [{ from: '2021-10-14', to: '2021-10-14', reason: '补正' }] });
    expect(result).toMatchObject({ status: 'missed', due: '2021-10-12', elapsed: 8, overBy: 3 });
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'PAUSE_AFTER_DUE', pause: { from: '2021-10-14', to: '2021-10-14', reasons: ['补正'] } })]);
    expect(result.trace).toContainEqual({ type: 'pause', from: '2021-10-14', to: '2021-10-14', reasons: ['补正'], ignored: true });
  });

  it('adds paused days to a calendar-day period before the roll', () => {
    // 06-06 + 20 = 06-26; three paused days → 06-29 (Tuesday, a working day).
    expect(deadline('m13-contract-signing', { start: '2021-06-06', end: '2021-06-29', pauses: [{ from: '2021-06-10', to: '2021-06-12' }] })).toMatchObject({
      status: 'met',
      due: '2021-06-29',
      elapsed: 20,
    });
  });

  it('moves a rolled calendar-day due date out of a pause', () => {
    // Nominal 06-26 (Sat) rolls to 06-28, which is paused → the day after the pause, 06-29.
    expect(deadline('m13-contract-signing', { start: '2021-06-06', end: '2021-06-29', pauses: [{ from: '2021-06-28', to: '2021-06-28' }] }).due).toBe('2021-06-29');
  });
});

describe('fixed due dates (期日)', () => {
  it('never rolls 2021-10-31, a Sunday', () => {
    expect(evaluate('m24-chuanyu-same-standard', { end: '2021-10-31' })).toMatchObject({ status: 'met', due: '2021-10-31', remaining: 0 });
    expect(evaluate('m24-chuanyu-same-standard', { end: '2021-11-01' })).toMatchObject({ status: 'missed', overBy: 1 });
    expect(evaluate('m24-chuanyu-same-standard', { asOf: '2021-10-20' })).toMatchObject({ status: 'pending', remaining: 11 });
    expect(evaluate('m24-chuanyu-same-standard', { asOf: '2021-11-03' })).toMatchObject({ status: 'overdue', overBy: 3 });
  });

  it('has no limit and no elapsed', () => {
    const r = evaluate('m24-chuanyu-same-standard', { end: '2021-10-01' });
    expect(r).not.toHaveProperty('limit');
    expect(r).not.toHaveProperty('elapsed');
  });
});

describe('dates and calendars', () => {
  it('reads a Date as its Asia/Shanghai date', () => {
    // 2021-09-28T16:30Z is 2021-09-29 00:30 in Shanghai.
    expect(deadline('m15-payment', { start: new Date('2021-09-28T16:30:00Z'), end: new Date('2021-10-12T15:59:59Z') })).toMatchObject({ status: 'met', due: '2021-10-12' });
  });

  it('uses a calendar passed in options', () => {
    const base = createCalendar();
    const schedule2021 = {
      year: 2021,
      notices: [
        {
          kind: 'schedule' as const,
          issuer: 'test',
          title: 'A 2021 schedule with an extra rest day on 2021-10-11',
          docNo: 'TEST-1',
          publishedOn: '2020-11-25',
          url: 'https://example.org/test',
          holidays: [{ key: 'national_day' as const, rest: [{ from: '2021-10-01', to: '2021-10-07' }, { from: '2021-10-11', to: '2021-10-11' }], makeup: ['2021-10-09'] }],
        },
      ],
    };
    const calendar = createCalendar({ schedules: [schedule2021] });
    expect(evaluate('m15-payment', { start: '2021-09-29' }, { calendar: base, trace: false }).due).toBe('2021-10-12');
    expect(evaluate('m15-payment', { start: '2021-09-29', asOf: '2021-10-01' }, { calendar }).due).toBe('2021-10-13');
  });

  it('throws CALENDAR_OUT_OF_RANGE for a trigger outside the calendar and for a due date beyond it', () => {
    for (const facts of [{ start: '2003-06-01', end: '2003-06-30' }, { start: '2026-12-28', asOf: '2026-12-28' }]) {
      try {
        evaluate('m06-water-connection', facts);
        expect.unreachable();
      } catch (e) {
        expect(isYingshangError(e, 'CALENDAR_OUT_OF_RANGE')).toBe(true);
      }
    }
  });
});
