import { describe, expect, it } from 'vitest';
import { createCalendar, defaultCalendar, isYingshangError } from '../../src/calendar/index.js';
import { newYearDayOnly } from '../fixtures/schedule2027.js';

const provisional = createCalendar({ unpublishedYears: 'provisional' });

describe("createCalendar({ unpublishedYears: 'provisional' })", () => {
  it('keeps the default calendar strict', () => {
    expect(defaultCalendar.unpublishedYears).toBe('error');
    let error: unknown;
    try {
      defaultCalendar.addWorkingDays('2026-12-28', 5);
    } catch (e) {
      error = e;
    }
    expect(isYingshangError(error, 'CALENDAR_OUT_OF_RANGE')).toBe(true);
  });

  it('covers projected years to 2040 and answers the 2026-12-28 payment deadline provisionally', () => {
    expect(provisional.calendarCoverage()).toEqual({ from: '2004-01-01', to: '2040-12-31' });
    // 12-29, 12-30, 12-31, then 2027-01-01…03 is 元旦 (Friday to Sunday), so 01-04 and 01-05.
    expect(provisional.addWorkingDaysDetailed('2026-12-28', 5)).toEqual({ value: '2027-01-05', provisional: true, provisionalYears: [2027] });
    expect(provisional.countWorkingDaysDetailed('2026-12-28', '2027-01-05')).toEqual({ value: 5, provisional: true, provisionalYears: [2027] });
  });

  it('marks projected days and only them', () => {
    expect(provisional.getDayInfo('2027-01-01')).toMatchObject({ kind: 'holiday', holiday: { key: 'new_year' }, provisional: true, source: { docNo: 'PROVISIONAL-2027' } });
    expect(provisional.getDayInfo('2027-02-05')).toMatchObject({ kind: 'holiday', holiday: { key: 'spring_festival' }, provisional: true });
    expect(provisional.getDayInfo('2026-12-31').provisional).toBeUndefined();
    expect(provisional.addWorkingDaysDetailed('2026-09-29', 5)).toEqual({ value: '2026-10-12', provisional: false, provisionalYears: [] });
    expect(provisional.provisionalYearsBetween('2026-06-01', '2029-03-01')).toEqual([2027, 2028, 2029]);
  });

  it('answers official days exactly as the default calendar does', () => {
    for (const day of ['2021-10-09', '2020-02-01', '2026-02-14', '2015-09-03']) {
      expect(provisional.getDayInfo(day)).toEqual(defaultCalendar.getDayInfo(day));
    }
  });

  it('lets a published notice replace the projection of its year', () => {
    const cal = createCalendar({ schedules: [newYearDayOnly(2027)], unpublishedYears: 'provisional' });
    expect(cal.getDayInfo('2027-01-01')).toMatchObject({ source: { docNo: 'TEST-2027' } });
    expect(cal.getDayInfo('2027-01-01').provisional).toBeUndefined();
    expect(cal.getDayInfo('2028-01-01').provisional).toBe(true);
  });

  it('projects after the last notice known on a given day', () => {
    const cal = createCalendar({ asKnownOn: '2025-11-03', unpublishedYears: 'provisional' });
    expect(cal.getDayInfo('2026-02-16')).toMatchObject({ kind: 'holiday', provisional: true, source: { docNo: 'PROVISIONAL-2026' } });
  });

  it('rejects an unknown mode', () => {
    expect(() => createCalendar({ unpublishedYears: 'guess' as 'error' })).toThrow(/`options.unpublishedYears` is "guess"; valid values are 'error', 'provisional'\./);
  });
});
