import { describe, expect, it } from 'vitest';
import { createCalendar, defaultCalendar, isWorkingDay, type ScheduleYear } from '../../src/calendar/index.js';
import { newYearDayOnly, schedule2027 } from '../fixtures/schedule2027.js';
import { caught } from '../fixtures/caught.js';
import { untyped } from '../fixtures/untyped.js';

/** The one notice of the 2027 fixture schedule, which the cases below vary. */
const [notice2027] = schedule2027.notices;
if (notice2027 === undefined) throw new Error('the 2027 fixture has no notice');

describe('createCalendar', () => {
  it('adds a year at runtime and answers across the year end', () => {
    const cal = createCalendar({ schedules: [schedule2027] });
    expect(cal.calendarCoverage()).toEqual({ from: '2004-01-01', to: '2027-12-31' });
    expect(cal.addWorkingDays('2026-12-28', 5)).toBe('2027-01-05');
    expect(cal.getDayInfo('2027-02-14')).toMatchObject({ kind: 'makeup_workday', source: { docNo: 'TEST-2027' } });
    expect(cal.holidaysOf(2027).map((h) => h.key)).toEqual(['new_year', 'spring_festival']);
  });

  it('never changes the default calendar', () => {
    createCalendar({ schedules: [schedule2027] });
    expect(() => isWorkingDay('2027-01-04')).toThrow(/outside the calendar/);
    expect(defaultCalendar.calendarCoverage().to).toBe('2026-12-31');
  });

  it('without options answers every covered day, holiday list and statutory list as the default calendar', () => {
    // The default calendar is built straight from the generated table, createCalendar() through the schedule path.
    const cal = createCalendar();
    expect(cal.calendarCoverage()).toEqual(defaultCalendar.calendarCoverage());
    const { from, to } = defaultCalendar.calendarCoverage();
    expect(cal.listDays(from, to)).toEqual(defaultCalendar.listDays(from, to));
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
      expect(cal.holidaysOf(year)).toEqual(defaultCalendar.holidaysOf(year));
      expect(cal.statutoryDaysOf(year)).toEqual(defaultCalendar.statutoryDaysOf(year));
    }
  });

  it('keeps two calendars with different schedules apart', () => {
    const withHoliday = createCalendar({ schedules: [schedule2027] });
    const without = createCalendar({ schedules: [newYearDayOnly(2027)] });
    expect(withHoliday.isWorkingDay('2027-02-08')).toBe(false);
    expect(without.isWorkingDay('2027-02-08')).toBe(true);
  });

  it('replaces a built-in year entirely', () => {
    const replaced = createCalendar({ schedules: [newYearDayOnly(2021)] });
    expect(replaced.isWorkingDay('2021-10-01')).toBe(true);
    expect(defaultCalendar.isWorkingDay('2021-10-01')).toBe(false);
  });

  it('rejects a bad schedule with an error naming every bad path', () => {
    const bad = { year: 2027, notices: [{ ...schedule2027.notices[0], publishedOn: '2026-02-30', holidays: [{ key: 'xmas', rest: [], makeup: ['2027-01-04'] }] }] };
    const error = caught(() => createCalendar({ schedules: [bad as unknown as ScheduleYear] }));
    expect(error.code).toBe('INVALID_SCHEDULE');
    expect(error.message).toMatch(/schedules\.0\.notices\.0\.publishedOn/);
    expect(error.message).toMatch(/schedules\.0\.notices\.0\.holidays\.0\.key/);
    expect(error.message).toMatch(/schedules\.0\.notices\.0\.holidays\.0\.rest/);
    expect((error.details['issues'] as unknown[]).length).toBeGreaterThanOrEqual(3);
  });

  it('rejects a make-up day on a weekday, a gap in the years and a day claimed twice', () => {
    const weekdayMakeup = { ...schedule2027, notices: [{ ...notice2027, holidays: [{ key: 'new_year' as const, rest: [{ from: '2027-01-01', to: '2027-01-01' }], makeup: ['2027-01-04'] }] }] };
    expect(caught(() => createCalendar({ schedules: [weekdayMakeup] })).message).toMatch(/2027-01-04 is a weekday/);
    expect(caught(() => createCalendar({ schedules: [{ ...schedule2027, year: 2029 }] })).message).toMatch(/outside the window|consecutive/);
    const clash = {
      ...schedule2027,
      notices: [{ ...notice2027, holidays: [...notice2027.holidays, { key: 'qingming' as const, rest: [{ from: '2027-02-12', to: '2027-02-13' }], makeup: [] }] }],
    };
    expect(caught(() => createCalendar({ schedules: [clash] })).message).toMatch(/2027-02-12 is claimed by both the 2027 spring_festival arrangement and the 2027 qingming arrangement/);
  });

  it('lets a next-year notice fix late-December days of the year before', () => {
    const lateDecember = { ...schedule2027, notices: [{ ...notice2027, holidays: [{ key: 'new_year' as const, rest: [{ from: '2026-12-31', to: '2027-01-01' }], makeup: [] }] }] };
    expect(createCalendar({ schedules: [lateDecember] }).isWorkingDay('2026-12-31')).toBe(false);
  });

  it('rejects options that are not an object or have unknown keys', () => {
    expect(caught(() => createCalendar(untyped(null))).code).toBe('INVALID_ARGUMENT');
    expect(caught(() => createCalendar(untyped({ schedule: [] }))).message).toMatch(/Unknown option `options.schedule`/);
    expect(caught(() => createCalendar({ schedules: untyped({}) })).code).toBe('INVALID_SCHEDULE');
  });
});
