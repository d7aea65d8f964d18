import { describe, expect, it } from 'vitest';
import { addCalendarDays, addWorkingDays, countWorkingDays, getDayInfo, holidaysOf, isWorkingDay, nextWorkingDay, previousWorkingDay } from '../../src/calendar/index.js';

// Hand-checked cases. §8 refers to ../shared/reference/legal-semantics.md; the rest were counted by hand
// from the notices named beside them.
describe('worked examples of legal-semantics §8 (2021, 国办发明电〔2020〕27号)', () => {
  it('rolls a 20-day period ending inside the National Day block to the day after the block', () => {
    expect(addCalendarDays('2021-09-11', 20)).toBe('2021-10-08');
  });
  it('rolls a period ending on a Saturday to Monday, but not under the statutory-holidays-only reading', () => {
    expect(addCalendarDays('2021-06-06', 20)).toBe('2021-06-28');
    expect(addCalendarDays('2021-06-06', 20, { roll: 'statutory_holidays_only' })).toBe('2021-06-26');
    expect(addCalendarDays('2021-06-06', 20, { roll: 'none' })).toBe('2021-06-26');
  });
  it('rolls a 30-day period out of the Spring Festival block', () => {
    expect(addCalendarDays('2021-01-16', 30)).toBe('2021-02-18');
    expect(addCalendarDays('2021-01-16', 30, { roll: 'statutory_holidays_only' })).toBe('2021-02-18');
  });
  it('counts the make-up Saturday 2021-10-09 in a 5-working-day payment period', () => {
    expect(addWorkingDays('2021-09-29', 5)).toBe('2021-10-12');
    expect(countWorkingDays('2021-09-29', '2021-10-12')).toBe(5);
  });
  it('gives 2021-10-15 for 7 working days from 2021-09-30', () => {
    expect(addWorkingDays('2021-09-30', 7)).toBe('2021-10-15');
  });
  it('gives 2021-10-08 for 1 working day from 2021-09-30', () => {
    expect(addWorkingDays('2021-09-30', 1)).toBe('2021-10-08');
  });
  it('counts the make-up Saturday 2021-02-20 in an 8-working-day connection period', () => {
    expect(addWorkingDays('2021-02-09', 8)).toBe('2021-02-25');
  });
});

describe('make-up working days (调休上班)', () => {
  it('treats a make-up Saturday as a working day that belongs to its holiday', () => {
    const info = getDayInfo('2021-10-09');
    expect(info).toMatchObject({ weekday: 6, isWorkingDay: true, kind: 'makeup_workday', holiday: { key: 'national_day' } });
    expect(info.source?.docNo).toBe('国办发明电〔2020〕27号');
  });
  it('does not roll a calendar-day period whose last day is a make-up Saturday', () => {
    // 2021-09-26 (Sunday) + 13 days = 2021-10-09 (Saturday, 调休上班).
    expect(addCalendarDays('2021-09-26', 13)).toBe('2021-10-09');
  });
  it('does not count the start day even when it is a make-up working day', () => {
    expect(addWorkingDays('2021-10-09', 1)).toBe('2021-10-11');
    expect(countWorkingDays('2021-10-09', '2021-10-09')).toBe(0);
  });
  it('marks an ordinary Saturday as a weekend with no holiday and no source', () => {
    const info = getDayInfo('2021-10-16');
    expect(info.kind).toBe('weekend');
    expect(info.holiday).toBeUndefined();
    expect(info.source).toBeUndefined();
  });
  it('marks weekend days inside a holiday block as holiday, not weekend', () => {
    expect(getDayInfo('2021-10-02')).toMatchObject({ weekday: 6, kind: 'holiday', isWorkingDay: false });
  });
});

describe('blocks that span a year end', () => {
  it('puts 2011-12-31 (Saturday, make-up day of the 2012 元旦 block) in the 2012 schedule', () => {
    expect(getDayInfo('2011-12-31')).toMatchObject({ kind: 'makeup_workday', holiday: { key: 'new_year' } });
    expect(holidaysOf(2012).find((h) => h.key === 'new_year')?.makeupDays).toContain('2011-12-31');
  });
  it('counts working days across the 2011/2012 year end', () => {
    // 12-30 (Fri) start; 12-31 (Sat, 调休上班) = 1; 01-01..01-03 rest; 01-04 = 2.
    expect(addWorkingDays('2011-12-30', 2)).toBe('2012-01-04');
    expect(nextWorkingDay('2011-12-30')).toBe('2011-12-31');
  });
  it('puts the 2008 元旦 block (2007-12-30 to 2008-01-01) in the 2008 schedule', () => {
    expect(getDayInfo('2007-12-31')).toMatchObject({ kind: 'holiday', holiday: { key: 'new_year' } });
    expect(getDayInfo('2007-12-29')).toMatchObject({ kind: 'makeup_workday' });
    expect(holidaysOf(2008).find((h) => h.key === 'new_year')?.restDays).toEqual(['2007-12-30', '2007-12-31', '2008-01-01']);
  });
});

describe('amended schedules', () => {
  it('applies the 2020 Spring Festival extension: 2020-02-01 is a rest day, not a make-up day', () => {
    expect(getDayInfo('2020-02-01')).toMatchObject({ kind: 'holiday', isWorkingDay: false });
    expect(getDayInfo('2020-02-01').source?.publishedOn).toBe('2020-01-27');
    expect(nextWorkingDay('2020-01-23')).toBe('2020-02-03');
    const spring = holidaysOf(2020).find((h) => h.key === 'spring_festival');
    expect(spring?.restDays.at(-1)).toBe('2020-02-02');
    expect(spring?.makeupDays).toEqual(['2020-01-19']);
    expect(spring?.history.map((n) => n.publishedOn)).toEqual(['2019-11-21', '2020-01-27']);
  });
  it('makes 2015-09-03 to 2015-09-05 a rest block and 2015-09-06 (Sunday) a working day', () => {
    expect(getDayInfo('2015-09-03')).toMatchObject({ kind: 'holiday', holiday: { key: 'victory_day_2015' } });
    expect(isWorkingDay('2015-09-04')).toBe(false);
    expect(getDayInfo('2015-09-06')).toMatchObject({ kind: 'makeup_workday', isWorkingDay: true });
    expect(addWorkingDays('2015-09-02', 1)).toBe('2015-09-06');
  });
  it('applies the 2019 Labour Day amendment (5月1日至4日, 4月28日 and 5月5日 上班)', () => {
    expect(isWorkingDay('2019-05-02')).toBe(false);
    expect(isWorkingDay('2019-05-04')).toBe(false);
    expect(isWorkingDay('2019-04-28')).toBe(true);
    expect(isWorkingDay('2019-05-05')).toBe(true);
    expect(holidaysOf(2019).find((h) => h.key === 'labour_day')?.history).toHaveLength(2);
  });
});

describe('leap days', () => {
  it('handles 2020-02-29 (Saturday) inside the extended Spring Festival aftermath as an ordinary weekend', () => {
    expect(getDayInfo('2020-02-29')).toMatchObject({ weekday: 6, kind: 'weekend' });
  });
  it('counts through 2024-02-29 (Thursday, a working day)', () => {
    expect(isWorkingDay('2024-02-29')).toBe(true);
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2023-02-28', 1)).toBe('2023-03-01');
  });
  it('goes backwards over a long break', () => {
    expect(previousWorkingDay('2020-02-03')).toBe('2020-01-23');
    expect(addWorkingDays('2021-10-08', -1)).toBe('2021-09-30');
  });
});

describe('the statutory-holidays-only roll', () => {
  it('rolls out of a holiday block to the day after it even when that day is a weekend', () => {
    // 2023 中秋节、国庆节: 9月29日至10月6日放假调休; 10月7日（星期六）、8日（星期日）上班 — so the day after is a working Saturday.
    expect(addCalendarDays('2023-09-20', 10, { roll: 'statutory_holidays_only' })).toBe('2023-10-07');
  });
});
