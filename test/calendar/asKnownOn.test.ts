import { describe, expect, it } from 'vitest';
import { createCalendar, isYingshangError } from '../../src/calendar/index.js';

describe('createCalendar({ asKnownOn })', () => {
  it('answers 2020-02-01 as a make-up working day before the extension and a rest day after it', () => {
    const before = createCalendar({ asKnownOn: '2020-01-20' });
    const after = createCalendar({ asKnownOn: '2020-01-28' });
    expect(before.getDayInfo('2020-02-01')).toMatchObject({ kind: 'makeup_workday', isWorkingDay: true });
    expect(after.getDayInfo('2020-02-01')).toMatchObject({ kind: 'holiday', isWorkingDay: false });
    expect(before.addWorkingDays('2020-01-23', 1)).toBe('2020-01-31');
    expect(after.addWorkingDays('2020-01-23', 1)).toBe('2020-02-03');
    expect(before.asKnownOn).toBe('2020-01-20');
  });

  it('counts a notice on the day it was published (2020-01-27)', () => {
    expect(createCalendar({ asKnownOn: '2020-01-26' }).isWorkingDay('2020-01-31')).toBe(true);
    expect(createCalendar({ asKnownOn: '2020-01-27' }).isWorkingDay('2020-01-31')).toBe(false);
  });

  it('knows 2015-09-03 as a working Thursday before the 2015-05-13 notice and a holiday after it', () => {
    expect(createCalendar({ asKnownOn: '2015-05-12' }).getDayInfo('2015-09-03').kind).toBe('workday');
    expect(createCalendar({ asKnownOn: '2015-05-12' }).isWorkingDay('2015-09-06')).toBe(false);
    expect(createCalendar({ asKnownOn: '2015-05-13' }).getDayInfo('2015-09-03')).toMatchObject({ kind: 'holiday', holiday: { key: 'victory_day_2015' } });
  });

  it('applies the 2019 Labour Day amendment only from its publication (2019-03-22)', () => {
    const original = createCalendar({ asKnownOn: '2019-03-21' });
    const amended = createCalendar({ asKnownOn: '2019-03-22' });
    expect(original.isWorkingDay('2019-05-02')).toBe(true);
    expect(amended.isWorkingDay('2019-05-02')).toBe(false);
    expect(original.holidaysOf(2019).find((h) => h.key === 'labour_day')?.history).toHaveLength(1);
  });

  it('does not cover a year whose notice was not yet published', () => {
    const cal = createCalendar({ asKnownOn: '2020-11-24' });
    expect(cal.calendarCoverage().to).toBe('2020-12-31');
    expect(createCalendar({ asKnownOn: '2020-11-25' }).calendarCoverage().to).toBe('2021-12-31');
    let error: unknown;
    try {
      cal.isWorkingDay('2021-01-04');
    } catch (e) {
      error = e;
    }
    expect(isYingshangError(error, 'CALENDAR_OUT_OF_RANGE')).toBe(true);
  });

  it('accepts a Date and rejects an impossible day or one before every notice', () => {
    expect(createCalendar({ asKnownOn: new Date('2020-01-27T00:30:00+08:00') }).asKnownOn).toBe('2020-01-27');
    expect(() => createCalendar({ asKnownOn: '2020-02-30' })).toThrow(/does not exist/);
    expect(() => createCalendar({ asKnownOn: '2000-01-01' })).toThrow(/before any notice/);
  });
});
