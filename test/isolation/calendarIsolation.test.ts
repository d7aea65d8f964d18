import { describe, expect, it } from 'vitest';
import { createCalendar, defaultCalendar, isYingshangError, toHolidayRecords, type ScheduleYear } from '../../src/calendar/index.js';
import { evaluate } from '../../src/rules/index.js';
import { schedule2027, TEST_NOTICE_2027 } from '../fixtures/schedule2027.js';

/** Another 2027 that rests on different days: the Spring Festival a week later, 元旦 alone, a make-up day on 02-21. */
const other2027: ScheduleYear = {
  year: 2027,
  notices: [
    {
      ...TEST_NOTICE_2027,
      docNo: 'OTHER-2027',
      holidays: [
        { key: 'new_year', rest: [{ from: '2027-01-01', to: '2027-01-01' }], makeup: [] },
        { key: 'spring_festival', rest: [{ from: '2027-02-12', to: '2027-02-19' }], makeup: ['2027-02-21'] },
      ],
    },
  ],
};

function outOfRange(run: () => unknown): boolean {
  try {
    run();
    return false;
  } catch (e) {
    return isYingshangError(e, 'CALENDAR_OUT_OF_RANGE');
  }
}

describe('calendars with different runtime schedules in one process', () => {
  it('never see each other’s days, whatever the order of the calls', () => {
    const a = createCalendar({ schedules: [schedule2027] });
    const b = createCalendar({ schedules: [other2027] });
    // Interleaved, each question asked of a, then b, then a again (answers are cached per calendar).
    for (let round = 0; round < 2; round++) {
      expect([a.isWorkingDay('2027-02-08'), b.isWorkingDay('2027-02-08')]).toEqual([false, true]);
      expect([a.isWorkingDay('2027-02-15'), b.isWorkingDay('2027-02-15')]).toEqual([true, false]);
      expect([a.getDayInfo('2027-02-14').kind, b.getDayInfo('2027-02-14').kind]).toEqual(['makeup_workday', 'holiday']);
      expect([a.getDayInfo('2027-02-21').kind, b.getDayInfo('2027-02-21').kind]).toEqual(['weekend', 'makeup_workday']);
      expect([a.holidaysOf(2027).map((h) => h.notice.docNo), b.holidaysOf(2027).map((h) => h.notice.docNo)]).toEqual([
        ['TEST-2027', 'TEST-2027'],
        ['OTHER-2027', 'OTHER-2027'],
      ]);
      expect([a.addWorkingDays('2027-02-04', 1), b.addWorkingDays('2027-02-04', 1)]).toEqual(['2027-02-14', '2027-02-05']);
      expect([a.countWorkingDays('2027-01-31', '2027-02-28'), b.countWorkingDays('2027-01-31', '2027-02-28')]).toEqual([15, 15]);
    }
    expect(outOfRange(() => defaultCalendar.isWorkingDay('2027-02-08'))).toBe(true);
  });

  it('give each rule evaluation its own holidays, in the result and its trace', () => {
    const a = createCalendar({ schedules: [schedule2027] });
    const b = createCalendar({ schedules: [other2027] });
    const facts = { start: '2027-02-04', asOf: '2027-02-05' };
    const [first, second, again] = [a, b, a].map((calendar) => evaluate('m15-payment', facts, { calendar }));
    expect(first?.due).toBe('2027-02-18');
    expect(second?.due).toBe('2027-02-11');
    expect(again).toEqual(first);
    const notices = (r: typeof first) => r?.trace.flatMap((s) => (s.type === 'holiday' || s.type === 'makeup_workday' ? [s.notice.docNo] : []));
    expect(notices(first)).toEqual(['TEST-2027', 'TEST-2027']);
    expect(notices(second)).toEqual([]);
  });

  it('export each calendar’s own days', () => {
    const a = createCalendar({ schedules: [schedule2027] });
    const b = createCalendar({ schedules: [other2027] });
    const range = { from: '2027-02-01', to: '2027-02-28' };
    const [ra, rb] = [toHolidayRecords({ calendar: a, ...range }), toHolidayRecords({ calendar: b, ...range })];
    // Neither notice joins its break to the weekend (no 「与周末连休」, no 补休): the Saturday before each make-up Sunday stays a weekend day.
    expect(ra.map((r) => r.date)).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12', '2027-02-14']);
    expect(rb.map((r) => r.date)).toEqual(['2027-02-12', '2027-02-13', '2027-02-14', '2027-02-15', '2027-02-16', '2027-02-17', '2027-02-18', '2027-02-19', '2027-02-21']);
    expect(new Set([...ra, ...rb].map((r) => r.noticeDocNo))).toEqual(new Set(['TEST-2027', 'OTHER-2027']));
  });

  it('do not change when another calendar is made, nor change the default calendar', () => {
    const known = createCalendar({ asKnownOn: '2020-01-20' });
    const before = [known.isWorkingDay('2020-01-31'), defaultCalendar.isWorkingDay('2020-01-31'), known.holidaysOf(2020).length];
    const projected = createCalendar({ unpublishedYears: 'provisional', schedules: [other2027] });
    expect(projected.isWorkingDay('2028-01-01')).toBe(false);
    expect([known.isWorkingDay('2020-01-31'), defaultCalendar.isWorkingDay('2020-01-31'), known.holidaysOf(2020).length]).toEqual(before);
    expect(before).toEqual([true, false, 6]);
    expect(defaultCalendar.calendarCoverage()).toEqual({ from: '2004-01-01', to: '2026-12-31' });
  });
});
