import { describe, expect, it } from 'vitest';
import { createCalendar, getDayInfo, statutoryDaysOf } from '../../src/calendar/index.js';
import { daysBetween } from './export/days.js';
import { codeOf } from '../fixtures/codeOf.js';

/** The statutory days of a year, listed by hand from 第二条 of the 办法 in force and the lunar dates of that year. */
const HAND_LISTS: Readonly<Record<number, readonly string[]>> = {
  // 1999 text: 春节 初一至初三 (初一 = 1月22日), 劳动节 5月1日至3日.
  2004: ['2004-01-01', '2004-01-22', '2004-01-23', '2004-01-24', '2004-05-01', '2004-05-02', '2004-05-03', '2004-10-01', '2004-10-02', '2004-10-03'],
  // 2007 revision: 春节 除夕至初二 (除夕 = 2月6日); 清明 4月4日, 端午 6月8日, 中秋 9月14日.
  2008: ['2008-01-01', '2008-02-06', '2008-02-07', '2008-02-08', '2008-04-04', '2008-05-01', '2008-06-08', '2008-09-14', '2008-10-01', '2008-10-02', '2008-10-03'],
  // 中秋 on 10月3日: one day for two holidays.
  2009: ['2009-01-01', '2009-01-25', '2009-01-26', '2009-01-27', '2009-04-04', '2009-05-01', '2009-05-28', '2009-10-01', '2009-10-02', '2009-10-03'],
  // 2013 revision: 春节 初一至初三 (初一 = 1月31日); 除夕 1月30日 is no longer statutory.
  2014: ['2014-01-01', '2014-01-31', '2014-02-01', '2014-02-02', '2014-04-05', '2014-05-01', '2014-06-02', '2014-09-08', '2014-10-01', '2014-10-02', '2014-10-03'],
  // 中秋 on 10月1日.
  2020: ['2020-01-01', '2020-01-25', '2020-01-26', '2020-01-27', '2020-04-04', '2020-05-01', '2020-06-25', '2020-10-01', '2020-10-02', '2020-10-03'],
  // 2024 revision: 春节 除夕至初三 (除夕 = 1月28日), 劳动节 5月1日、2日; 中秋 10月6日.
  2025: [
    '2025-01-01', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-04-04', '2025-05-01', '2025-05-02', '2025-05-31',
    '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06',
  ],
  2026: [
    '2026-01-01', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-04-05', '2026-05-01', '2026-05-02', '2026-06-19',
    '2026-09-25', '2026-10-01', '2026-10-02', '2026-10-03',
  ],
};

/** 第二条's count of each year, less one in the two years 中秋 fell on 10月1日–3日. */
function lawCount(year: number): number {
  if (year <= 2007) return 10;
  if (year >= 2025) return 13;
  return year === 2009 || year === 2020 ? 10 : 11;
}

const YEARS = Array.from({ length: 2026 - 2004 + 1 }, (_, k) => 2004 + k);

describe('statutory holidays (第二条 of 《全国年节及纪念日放假办法》)', () => {
  it.each(Object.entries(HAND_LISTS))('lists the days of %s', (year, days) => {
    expect(statutoryDaysOf(Number(year))).toEqual(days);
  });

  it.each(YEARS)('has the count of the law in force in %i, and every day is a rest day of that year’s notice', (year) => {
    const days = statutoryDaysOf(year);
    expect(days).toHaveLength(lawCount(year));
    for (const day of days) {
      expect(day.startsWith(`${year}-`)).toBe(true);
      expect(getDayInfo(day)).toMatchObject({ statutory: true, isWorkingDay: false, kind: 'holiday' });
    }
  });

  it('marks no other day of the data statutory', () => {
    const marked = daysBetween('2004-01-01', '2026-12-31').filter((d) => getDayInfo(d).statutory);
    expect(marked).toEqual(YEARS.flatMap((y) => statutoryDaysOf(y)));
  });

  it('leaves out the rest days a notice added: 2015-09-03 and the 2020 春节 extension', () => {
    for (const day of ['2015-09-03', '2015-09-04', '2020-01-31', '2020-02-01', '2020-02-02']) {
      expect(getDayInfo(day)).toMatchObject({ statutory: false, isWorkingDay: false, kind: 'holiday' });
    }
    // The swapped weekdays around a statutory day are rest days but not statutory either.
    expect(getDayInfo('2025-10-07')).toMatchObject({ statutory: false, kind: 'holiday' });
    // 除夕 2014, statutory 2008–2013 and from 2025 but not under the 2013 text, was a working day.
    expect(getDayInfo('2014-01-30')).toMatchObject({ statutory: false, kind: 'workday' });
  });

  it('marks the statutory days of projected years, and each is a projected rest day', () => {
    const projected = createCalendar({ unpublishedYears: 'provisional' });
    const days = projected.statutoryDaysOf(2027);
    expect(days).toHaveLength(13);
    for (const day of days) expect(projected.getDayInfo(day)).toMatchObject({ statutory: true, isWorkingDay: false, provisional: true });
  });

  it('refuses a year without data or that is not an integer', () => {
    expect(codeOf(() => statutoryDaysOf(2027))).toBe('CALENDAR_OUT_OF_RANGE');
    expect(codeOf(() => statutoryDaysOf(2003))).toBe('CALENDAR_OUT_OF_RANGE');
    expect(codeOf(() => statutoryDaysOf(2021.5))).toBe('INVALID_ARGUMENT');
  });
});
