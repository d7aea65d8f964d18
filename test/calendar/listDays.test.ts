import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { countWorkingDays, createCalendar, getDayInfo, listDays, listWorkingDays } from '../../src/calendar/index.js';
import { daysBetween, shiftDay } from './export/days.js';
import { codeOf } from '../fixtures/codeOf.js';


describe('listDays and listWorkingDays', () => {
  it('lists the 2021 National Day block and the days around it (国办发明电〔2020〕27号)', () => {
    expect(listDays('2021-09-25', '2021-10-10').map((d) => `${d.date.slice(5)} ${d.kind}`)).toEqual([
      '09-25 weekend', '09-26 makeup_workday', '09-27 workday', '09-28 workday', '09-29 workday', '09-30 workday',
      '10-01 holiday', '10-02 holiday', '10-03 holiday', '10-04 holiday', '10-05 holiday', '10-06 holiday', '10-07 holiday',
      '10-08 workday', '10-09 makeup_workday', '10-10 weekend',
    ]);
    expect(listWorkingDays('2021-09-25', '2021-10-10')).toEqual([
      '2021-09-26', '2021-09-27', '2021-09-28', '2021-09-29', '2021-09-30', '2021-10-08', '2021-10-09',
    ]);
  });

  it('includes both ends, and a single day is a list of one', () => {
    expect(listDays('2021-10-09', '2021-10-09')).toEqual([getDayInfo('2021-10-09')]);
    expect(listWorkingDays('2021-10-09', '2021-10-09')).toEqual(['2021-10-09']);
    expect(listWorkingDays('2021-10-01', '2021-10-07')).toEqual([]);
    expect(listDays('2004-01-01', '2026-12-31')).toHaveLength(daysBetween('2004-01-01', '2027-01-01').length);
  });

  it('writes every covered day of the default calendar and of a custom one as its own date', () => {
    // The calendar builds all its 'YYYY-MM-DD' strings at once from its month table; each is checked against the
    // dates counted one by one with Date (independent of the calendar).
    const custom = createCalendar({ schedules: [] });
    for (const calendar of [undefined, custom]) {
      const { from, to } = calendar ? calendar.calendarCoverage() : { from: '2004-01-01', to: '2026-12-31' };
      const expected = daysBetween(from, shiftDay(to, 1));
      const listed = (calendar ? calendar.listDays(from, to) : listDays(from, to)).map((d) => d.date);
      expect(listed).toEqual(expected);
    }
  });

  test.prop([fc.integer({ min: 0, max: 8300 }), fc.integer({ min: 0, max: 60 })])('agrees with getDayInfo and countWorkingDays', (offset, span) => {
    const from = shiftDay('2004-01-01', offset);
    const to = shiftDay(from, span);
    const days = listDays(from, to);
    expect(days.map((d) => d.date)).toEqual(daysBetween(from, shiftDay(to, 1)));
    expect(days).toEqual(days.map((d) => getDayInfo(d.date)));
    const working = listWorkingDays(from, to);
    expect(working).toEqual(days.filter((d) => d.isWorkingDay).map((d) => d.date));
    expect(working.length).toBe(countWorkingDays(from, to) + (getDayInfo(from).isWorkingDay ? 1 : 0));
  });

  it('refuses a range running backwards, a day outside the data and an invalid date', () => {
    expect(codeOf(() => listDays('2021-10-02', '2021-10-01'))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => listWorkingDays('2021-10-02', '2021-10-01'))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => listDays('2026-12-30', '2027-01-02'))).toBe('CALENDAR_OUT_OF_RANGE');
    expect(codeOf(() => listWorkingDays('2021-02-29', '2021-03-01'))).toBe('INVALID_DATE');
  });

  it('lists projected days, marked provisional', () => {
    const days = createCalendar({ unpublishedYears: 'provisional' }).listDays('2026-12-31', '2027-01-01');
    expect(days.map((d) => d.provisional === true)).toEqual([false, true]);
  });
});
