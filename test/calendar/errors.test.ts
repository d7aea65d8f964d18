import { describe, expect, it } from 'vitest';
import * as calendar from '../../src/calendar/index.js';
import { addCalendarDays, addWorkingDays, countWorkingDays, getDayInfo, holidaysOf, isWorkingDay, isYingshangError, nextWorkingDay } from '../../src/calendar/index.js';
import { caught } from '../fixtures/caught.js';

describe('invalid dates', () => {
  const cases: [unknown, RegExp][] = [
    ['2021-02-29', /February 2021 has 28 days/],
    ['2021-2-30', /February 2021 has 28 days, not 30/],
    ['2021-13-01', /months are 1–12/],
    ['', /not a date written year first/],
    ['09/28/2021', /not a date written year first/],
    ['21-09-28', /not a date written year first/],
    [new Date(Number.NaN), /invalid Date/],
    [20210101, /number 20210101, not a date/],
    [null, /null, not a date/],
    [undefined, /undefined, not a date/],
  ];
  it.each(cases)('rejects %s with INVALID_DATE and says what is valid', (input, reason) => {
    const error = caught(() => isWorkingDay(input as string));
    expect(error.code).toBe('INVALID_DATE');
    expect(error.name).toBe('InvalidDateError');
    expect(error.message).toMatch(reason);
    expect(error.message).toMatch(/Expected a real date written year first \('YYYY-MM-DD', .*'YYYY年M月D日', 'YYYYMMDD'/);
  });

  it('names the argument that was wrong', () => {
    expect(caught(() => countWorkingDays('2021-01-04', '2021-02-30')).message).toMatch(/^`end`/);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, '3', 2 ** 60])('rejects the day count %s with INVALID_DATE', (n) => {
    const error = caught(() => addWorkingDays('2021-01-04', n as number));
    expect(error.code).toBe('INVALID_DATE');
    expect(error.message).toMatch(/finite integer/);
  });

  it('rejects a negative calendar-day period and an unknown roll mode', () => {
    expect(caught(() => addCalendarDays('2021-01-04', -1)).code).toBe('INVALID_DATE');
    const error = caught(() => addCalendarDays('2021-01-04', 1, { roll: 'previous' as 'none' }));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.message).toMatch(/'next_working_day', 'none', 'statutory_holidays_only'/);
  });

  it('rejects a year that is not an integer', () => {
    expect(caught(() => holidaysOf(2021.5)).code).toBe('INVALID_ARGUMENT');
  });
});

describe('dates outside the data', () => {
  it('throws CALENDAR_OUT_OF_RANGE for a day after the coverage, naming the coverage', () => {
    const error = caught(() => isWorkingDay('2027-01-04'));
    expect(error.code).toBe('CALENDAR_OUT_OF_RANGE');
    expect(error.message).toMatch(/2004-01-01 to 2026-12-31/);
    expect(error.message).toMatch(/none for 2027/);
  });

  it('throws rather than guess when an answer would pass over a day outside the data', () => {
    expect(caught(() => addWorkingDays('2026-12-28', 5)).code).toBe('CALENDAR_OUT_OF_RANGE');
    expect(caught(() => nextWorkingDay('2026-12-31')).code).toBe('CALENDAR_OUT_OF_RANGE');
    expect(caught(() => addWorkingDays('2004-01-05', -3)).code).toBe('CALENDAR_OUT_OF_RANGE');
    expect(caught(() => addCalendarDays('2026-12-20', 20)).code).toBe('CALENDAR_OUT_OF_RANGE');
    expect(caught(() => getDayInfo('2003-12-31')).code).toBe('CALENDAR_OUT_OF_RANGE');
    expect(caught(() => holidaysOf(2027)).code).toBe('CALENDAR_OUT_OF_RANGE');
  });

  it('answers up to the last covered day', () => {
    expect(addWorkingDays('2026-12-28', 3)).toBe('2026-12-31');
    expect(calendar.calendarCoverage()).toEqual({ from: '2004-01-01', to: '2026-12-31' });
  });
});

describe('the error type guard', () => {
  it('recognises the library errors by brand, with or without a code', () => {
    const error = caught(() => isWorkingDay('nope'));
    expect(isYingshangError(error)).toBe(true);
    expect(isYingshangError(error, 'INVALID_DATE')).toBe(true);
    expect(isYingshangError(error, 'CALENDAR_OUT_OF_RANGE')).toBe(false);
    expect(isYingshangError(new Error('INVALID_DATE'))).toBe(false);
    expect(isYingshangError({ code: 'INVALID_DATE', name: 'YingshangError' })).toBe(false);
    expect(isYingshangError(null)).toBe(false);
  });
});

describe('frozen answers', () => {
  it('returns frozen day infos, blocks and coverage that a consumer cannot change for another', () => {
    const info = getDayInfo('2021-10-01');
    expect(Object.isFrozen(info)).toBe(true);
    expect(Object.isFrozen(info.holiday)).toBe(true);
    expect(Object.isFrozen(holidaysOf(2021))).toBe(true);
    expect(Object.isFrozen(holidaysOf(2021)[0]?.restDays)).toBe(true);
    expect(Object.isFrozen(calendar.calendarCoverage())).toBe(true);
    expect(Object.isFrozen(calendar.defaultCalendar)).toBe(true);
  });
});
