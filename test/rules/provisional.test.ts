import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import { defineRule, evaluate, explain, getRule, isYingshangError } from '../../src/rules/index.js';
import type { RuleWarning } from '../../src/rules/index.js';

const provisional = createCalendar({ unpublishedYears: 'provisional' });

function warningFor(years: readonly number[]): RuleWarning {
  return {
    code: 'PROVISIONAL_CALENDAR',
    years,
    message: `The calendar has no published holiday schedule for ${years.join(' and ')}: ${years.length === 1 ? 'its' : 'their'} days are projected from the statutory holidays (全国年节及纪念日放假办法) and may differ from the official notice.`,
  };
}

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('period deadlines on a provisional calendar', () => {
  it('marks a payment triggered on 2026-12-28 as provisional, due 2027-01-05 after the projected 元旦', () => {
    // 12-29, 12-30, 12-31 = 1…3; 2027-01-01…03 元旦 (Friday to Sunday, projected); 01-04 = 4; 01-05 = 5.
    const result = evaluate('m15-payment', { start: '2026-12-28', asOf: '2026-12-30' }, { calendar: provisional });
    expect(result).toMatchObject({ status: 'pending', due: '2027-01-05', elapsed: 2, remaining: 3, provisional: true, warnings: [warningFor([2027])] });
    expect(result.asKnownOn).toBeUndefined();
  });

  it('gives the same notes with and without a trace', () => {
    const facts = { start: '2026-12-28', asOf: '2026-12-30' };
    const traced = evaluate('m15-payment', facts, { calendar: provisional });
    expect(traced.trace).not.toHaveLength(0);
    expect(evaluate('m15-payment', facts, { calendar: provisional, trace: false })).toEqual({ ...traced, trace: [] });
  });

  it('leaves a payment due and done inside 2026 unprojected, even on a provisional calendar, but says the 2027 notice may change its last days', () => {
    const result = evaluate('m15-payment', { start: '2026-12-21', end: '2026-12-28' }, { calendar: provisional });
    expect(result).toMatchObject({ status: 'met', due: '2026-12-28', elapsed: 5 });
    expect(result).not.toHaveProperty('provisional');
    expect(result.warnings?.map((w) => w.code)).toEqual(['MAY_CHANGE_WITH_NEXT_NOTICE']);
    expect(evaluate('m15-payment', { start: '2026-12-14', end: '2026-12-21' }, { calendar: provisional })).not.toHaveProperty('warnings');
  });

  it('marks a deadline due in 2026 as provisional when its overdue count runs into 2027', () => {
    // Due 2026-12-28; 12-29…31, then 2027-01-04…06 (projected) are 6 working days over.
    expect(evaluate('m15-payment', { start: '2026-12-21', asOf: '2027-01-06' }, { calendar: provisional, trace: false })).toMatchObject({
      status: 'overdue',
      due: '2026-12-28',
      overBy: 6,
      provisional: true,
      warnings: [warningFor([2027])],
    });
  });

  it('names every projected year a long count depends on', () => {
    expect(evaluate('m15-payment', { start: '2026-12-28', asOf: '2028-01-10' }, { calendar: provisional, trace: false }).warnings).toEqual([warningFor([2027, 2028])]);
  });

  it('marks a calendar-day period as provisional only when a projected day decides its last day', () => {
    // 2026-12-15 + 20 = 2027-01-04, a Monday after the projected 元旦: whether it is a working day comes from the projection.
    expect(evaluate('m13-contract-signing', { start: '2026-12-15', asOf: '2026-12-20' }, { calendar: provisional, trace: false })).toMatchObject({
      due: '2027-01-04',
      provisional: true,
      warnings: [warningFor([2027])],
    });
    // Due 2026-12-25; the 16 days overdue into 2027 are calendar days, counted without the calendar.
    const late = evaluate('m13-contract-signing', { start: '2026-12-05', asOf: '2027-01-10' }, { calendar: provisional, trace: false });
    expect(late).toMatchObject({ status: 'overdue', due: '2026-12-25', overBy: 16 });
    expect(late).not.toHaveProperty('provisional');
  });

  it('never marks a calendar-day period that does not roll, since no day of the calendar decides it', () => {
    const noRoll = defineRule({ ...getRule('m13-contract-signing'), id: 'contract-signing-no-roll', limit: { amount: 20, unit: 'calendar_days', roll: 'none' } });
    const result = evaluate(noRoll, { start: '2026-12-12', asOf: '2026-12-20' }, { calendar: provisional, trace: false });
    expect(result).toMatchObject({ due: '2027-01-01' });
    expect(result).not.toHaveProperty('provisional');
  });

  it('still throws CALENDAR_OUT_OF_RANGE for the same facts on the default calendar', () => {
    expect(isYingshangError(thrownBy(() => evaluate('m15-payment', { start: '2026-12-28', asOf: '2026-12-30' })), 'CALENDAR_OUT_OF_RANGE')).toBe(true);
    expect(isYingshangError(thrownBy(() => evaluate('m13-contract-signing', { start: '2026-12-15', asOf: '2026-12-20' })), 'CALENDAR_OUT_OF_RANGE')).toBe(true);
    expect(
      isYingshangError(
        thrownBy(() => evaluate('m06-electricity-10kv-average', { cases: [{ start: '2026-12-20', end: '2027-01-20' }] })),
        'CALENDAR_OUT_OF_RANGE',
      ),
    ).toBe(true);
  });
});

describe('averages on a provisional calendar', () => {
  it('marks an average provisional when one of its cases runs into 2027', () => {
    const result = evaluate(
      'm06-electricity-10kv-average',
      {
        cases: [
          { start: '2026-11-02', end: '2026-12-01' },
          { start: '2026-12-20', end: '2027-01-20' },
        ],
      },
      { calendar: provisional, trace: false },
    );
    expect(result).toMatchObject({ status: 'met', count: 2, provisional: true, warnings: [warningFor([2027])] });
  });

  it('leaves an average of 2026 cases unprojected, saying only that the 2027 notice may change their last days', () => {
    const result = evaluate('m06-electricity-10kv-average', { cases: [{ start: '2026-11-02', end: '2026-12-31' }] }, { calendar: provisional, trace: false });
    expect(result).not.toHaveProperty('provisional');
    expect(result.warnings?.map((w) => w.code)).toEqual(['MAY_CHANGE_WITH_NEXT_NOTICE']);
    expect(evaluate('m06-electricity-10kv-average', { cases: [{ start: '2026-11-02', end: '2026-12-01' }] }, { calendar: provisional, trace: false })).not.toHaveProperty('warnings');
  });

  it('counts a case after the projected years that a pause holds whole as 0 days, as the default calendar does outside its data', () => {
    // 2041 is past the provisional calendar's years (to 2040): the pause holds every day of the case, so none is read.
    const held = { start: '2041-02-14', end: '2041-02-17', pauses: [{ from: '2041-01-28', to: '2041-02-17' }] };
    const result = evaluate('m06-electricity-10kv-average', { cases: [held, { start: '2021-09-29', end: '2021-10-12' }] }, { calendar: provisional, trace: false });
    expect(result).toMatchObject({ status: 'met', count: 2, max: 5, mean: 2.5 });
    expect(result).not.toHaveProperty('provisional');
  });

  it('never marks an average in calendar days, which does not consult the calendar', () => {
    const calendarDays = defineRule({ ...getRule('m06-electricity-10kv-average'), id: 'calendar-day-average', limit: { amount: 30, unit: 'calendar_days' } });
    const result = evaluate(calendarDays, { cases: [{ start: '2026-12-20', end: '2027-01-20' }] }, { calendar: provisional, trace: false });
    expect(result).toMatchObject({ mean: 31 });
    expect(result).not.toHaveProperty('provisional');
  });
});

describe('rules that never consult the calendar', () => {
  it('never marks a fixed due date in 2027 provisional: it is a fixed day, counted in calendar days', () => {
    const fixed = defineRule({ ...getRule('m24-chuanyu-same-standard'), id: 'fixed-2027', due: '2027-01-01' });
    const result = evaluate(fixed, { asOf: '2027-01-04' }, { calendar: provisional });
    expect(result).toMatchObject({ status: 'overdue', due: '2027-01-01', overBy: 3 });
    expect(result).not.toHaveProperty('provisional');
  });

  it('never marks a target running through 2027 provisional: its time share is counted in calendar days', () => {
    const target = defineRule({ ...getRule('m22-intermediary-purchasers'), id: 'target-2027', startsOn: '2027-01-01', due: '2027-12-31' });
    const result = evaluate(target, { value: 10, asOf: '2027-02-05' }, { calendar: createCalendar({ unpublishedYears: 'provisional', asKnownOn: '2026-12-01' }) });
    expect(result.status).toBe('behind');
    expect(result).not.toHaveProperty('provisional');
    expect(result).not.toHaveProperty('asKnownOn');
  });

  it('never marks a threshold provisional: it compares amounts, not days', () => {
    const result = evaluate('m28-low-risk-inspections', { inspections: 2 }, { calendar: provisional });
    expect(result.status).toBe('not_met');
    expect(result).not.toHaveProperty('provisional');
    expect(result).not.toHaveProperty('warnings');
  });
});

describe('evaluating as known on a past day', () => {
  it('gives an invoice of 2020-01-23 a different due date before and after the 2020-01-27 extension of 春节, recording each asKnownOn', () => {
    const facts = { start: '2020-01-23', end: '2020-02-05' };
    // As known on 01-20: 01-31, 02-01 (Saturday, make-up day), 02-03, 02-04, 02-05.
    expect(evaluate('m15-payment', facts, { calendar: createCalendar({ asKnownOn: '2020-01-20' }), trace: false })).toEqual({
      ruleId: 'm15-payment',
      kind: 'deadline',
      status: 'met',
      due: '2020-02-05',
      limit: { amount: 5, unit: 'working_days' },
      elapsed: 5,
      remaining: 0,
      start: '2020-01-23',
      end: '2020-02-05',
      asKnownOn: '2020-01-20',
      trace: [],
    });
    // As known on 01-28: rest until 02-02, so 02-03 … 02-07.
    expect(evaluate('m15-payment', facts, { calendar: createCalendar({ asKnownOn: '2020-01-28' }), trace: false })).toMatchObject({
      due: '2020-02-07',
      elapsed: 3,
      remaining: 2,
      asKnownOn: '2020-01-28',
    });
  });

  it('moves a due date by the 2019 Labour Day amendment only from its publication on 2019-03-22', () => {
    const facts = { start: '2019-04-29', asOf: '2019-04-29' };
    expect(evaluate('m15-payment', facts, { calendar: createCalendar({ asKnownOn: '2019-03-21' }), trace: false })).toMatchObject({ due: '2019-05-07', asKnownOn: '2019-03-21' });
    // From 2019-03-22: 05-01…04 rest, Sunday 05-05 a make-up day.
    expect(evaluate('m15-payment', facts, { calendar: createCalendar({ asKnownOn: '2019-03-22' }), trace: false })).toMatchObject({ due: '2019-05-08', asKnownOn: '2019-03-22' });
  });

  it('counts the 2015 抗战胜利70周年纪念日 holiday only from its notice of 2015-05-13', () => {
    const facts = { start: '2015-09-01', asOf: '2015-09-01' };
    expect(evaluate('m15-payment', facts, { calendar: createCalendar({ asKnownOn: '2015-05-12' }), trace: false })).toMatchObject({ due: '2015-09-08', asKnownOn: '2015-05-12' });
    // From 2015-05-13: 09-03…05 rest, Sunday 09-06 a make-up day.
    expect(evaluate('m15-payment', facts, { calendar: createCalendar({ asKnownOn: '2015-05-13' }), trace: false })).toMatchObject({ due: '2015-09-09', asKnownOn: '2015-05-13' });
  });

  it('records no asKnownOn for the default calendar', () => {
    expect(evaluate('m15-payment', { start: '2020-01-23', end: '2020-02-05' })).not.toHaveProperty('asKnownOn');
  });

  it('projects the year whose notice was not yet published on the asKnownOn day, and says both', () => {
    const calendar = createCalendar({ asKnownOn: '2025-06-01', unpublishedYears: 'provisional' });
    const result = evaluate('m15-payment', { start: '2025-12-29', asOf: '2025-12-29' }, { calendar, trace: false });
    expect(result).toMatchObject({ due: '2026-01-06', provisional: true, warnings: [warningFor([2026])], asKnownOn: '2025-06-01' });
    expect(explain(result)).toBe(
      '最迟于2026年1月6日（星期二，含当日）办理支付手续（收到发票后5个工作日内）。截至2025年12月29日（星期一）尚未办理支付手续，已用0个工作日，还剩5个工作日。' +
        '以上按2025年6月1日（星期日）已发布的放假通知计算，此后发布或修改的通知未计入。' +
        '注意：2026年尚未发布国务院放假安排，以上日期按法定节假日规则推算，可能与正式通知不同。',
    );
  });
});

describe('explain of a provisional result', () => {
  it('says in Chinese that 2027 is projected and may differ from the official notice', () => {
    const result = evaluate('m15-payment', { start: '2026-12-28', asOf: '2026-12-30' }, { calendar: provisional });
    expect(explain(result)).toBe(
      '最迟于2027年1月5日（星期二，含当日）办理支付手续（收到发票后5个工作日内）：收到发票之日（2026-12-28）不计入，1月1日至3日元旦放假（PROVISIONAL-2027）不计。' +
        '截至2026年12月30日（星期三）尚未办理支付手续，已用2个工作日，还剩3个工作日。' +
        '注意：2027年尚未发布国务院放假安排，以上日期按法定节假日规则推算，可能与正式通知不同。',
    );
  });

  it('says in English that the dates are provisional', () => {
    const result = evaluate('m15-payment', { start: '2026-12-28', asOf: '2026-12-30' }, { calendar: provisional });
    expect(explain(result, { locale: 'en' })).toBe(
      'Process the payment by Tuesday, January 5, 2027 at the latest, that day included (within 5 working days after the invoice was received): ' +
        "the day the invoice was received (2026-12-28) is not counted; January 1–3, the New Year's Day holiday (PROVISIONAL-2027), not counted. " +
        'Not done as of Wednesday, December 30, 2026: 2 working days used, 3 working days left. ' +
        'Note: the State Council has not published the holiday schedule for 2027 yet; the dates above are provisional, projected from the statutory holidays, and may differ from the official notice.',
    );
  });

  it('names several years and speaks of durations for an average', () => {
    const result = evaluate('m06-electricity-10kv-average', { cases: [{ start: '2027-12-01', end: '2028-01-20' }] }, { calendar: provisional });
    expect(explain(result)).toContain('注意：2027年、2028年尚未发布国务院放假安排，以上用时按法定节假日规则推算，可能与正式通知不同。');
    expect(explain(result, { locale: 'en' })).toContain(
      'Note: the State Council has not published the holiday schedules for 2027 and 2028 yet; the durations above are provisional, projected from the statutory holidays, and may differ from the official notices.',
    );
  });

  it('tells the asKnownOn day in both languages', () => {
    const result = evaluate('m15-payment', { start: '2020-01-23', end: '2020-02-05' }, { calendar: createCalendar({ asKnownOn: '2020-01-20' }) });
    expect(explain(result)).toMatch(/以上按2020年1月20日（星期一）已发布的放假通知计算，此后发布或修改的通知未计入。$/);
    expect(explain(result, { locale: 'en' })).toMatch(/ Computed as known on Monday, January 20, 2020: notices published or amended after that day are not taken into account\.$/);
  });
});
