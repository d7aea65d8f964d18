/**
 * The generated lunar table (src/calendar/provisional/lunarDates.generated.ts, computed with tyme4ts) against
 * two sources independent of tyme4ts:
 *
 * 1. the State Council notices themselves: the dates their text names (「2月6日（除夕）」, 「6月2日放假」…), quoted
 *    verbatim from our seeds, and for every year the statutory days lying inside the rest block the notice
 *    gives that holiday;
 * 2. the chinese-days package (devDependency), whose lunar calendar is a packed month-length table and whose
 *    solar terms come from a closed formula, for every year of the table. chinese-days reads dates with local
 *    getters, so it is asked under Asia/Shanghai (with test/crosscheck/chineseDaysOracle.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, formatIsoDay, parseIsoDay } from '../../../src/_internal/dayNumber.js';
import type { HolidayKey } from '../../../src/calendar/holidayKeys.js';
import { FESTIVAL_DAYS_YEARS, festivalDays, type FestivalDays } from '../../../src/calendar/provisional/festivalDays.js';
import { ScheduleYearSchema, type ScheduleYear } from '../../../src/calendar/scheduleSchema.js';
import { withChineseDaysInShanghai } from '../../crosscheck/chineseDaysOracle.js';

const SEED_DIR = 'seeds/calendar/cn';
const seeds: readonly ScheduleYear[] = readdirSync(SEED_DIR)
  .filter((f) => /^\d{4}\.json$/.test(f))
  .sort()
  .map((f) => ScheduleYearSchema.parse(JSON.parse(readFileSync(`${SEED_DIR}/${f}`, 'utf8'))));

function daysOf(year: number): FestivalDays {
  const days = festivalDays(year);
  if (days === undefined) throw new Error(`no festival days for ${year}`);
  return days;
}

/** A day the notice text names, as `field` of {@link FestivalDays} plus `offset` days (初一 = 除夕 + 1, 初七 = 除夕 + 7). */
interface NamedDay {
  readonly year: number;
  readonly field: keyof FestivalDays;
  readonly offset: number;
  readonly date: string;
  /** Verbatim from the seed's `quote` of that holiday. */
  readonly quote: string;
}

const NAMED_DAYS: readonly NamedDay[] = [
  { year: 2004, field: 'chuxi', offset: 1, date: '2004-01-22', quote: '1月22日—28日（即农历大年初一至初七）' },
  { year: 2006, field: 'chuxi', offset: 1, date: '2006-01-29', quote: '1月29日—2月4日（即农历大年初一至初七）' },
  { year: 2007, field: 'chuxi', offset: 1, date: '2007-02-18', quote: '2月18日—24日（即农历大年初一至初七）' },
  { year: 2008, field: 'chuxi', offset: 0, date: '2008-02-06', quote: '2月6日（除夕）' },
  { year: 2008, field: 'qingming', offset: 0, date: '2008-04-04', quote: '4月4日（清明节）为法定节假日' },
  { year: 2008, field: 'dragonBoat', offset: 0, date: '2008-06-08', quote: '6月8日（农历五月初五，端午节）' },
  { year: 2008, field: 'midAutumn', offset: 0, date: '2008-09-14', quote: '9月14日（农历八月十五，中秋节）' },
  { year: 2009, field: 'chuxi', offset: 0, date: '2009-01-25', quote: '1月25日（星期日、农历除夕）' },
  { year: 2009, field: 'qingming', offset: 0, date: '2009-04-04', quote: '4月4日（星期六、农历清明当日）' },
  { year: 2009, field: 'dragonBoat', offset: 0, date: '2009-05-28', quote: '5月28日（星期四、农历端午当日）' },
  { year: 2011, field: 'chuxi', offset: 0, date: '2011-02-02', quote: '2月2日（农历除夕）' },
  { year: 2014, field: 'qingming', offset: 0, date: '2014-04-05', quote: '4月5日放假' },
  { year: 2014, field: 'dragonBoat', offset: 0, date: '2014-06-02', quote: '6月2日放假' },
  { year: 2014, field: 'midAutumn', offset: 0, date: '2014-09-08', quote: '9月8日放假' },
  { year: 2015, field: 'qingming', offset: 0, date: '2015-04-05', quote: '4月5日放假' },
  { year: 2015, field: 'dragonBoat', offset: 0, date: '2015-06-20', quote: '6月20日放假' },
  { year: 2015, field: 'midAutumn', offset: 0, date: '2015-09-27', quote: '9月27日放假' },
  { year: 2016, field: 'qingming', offset: 0, date: '2016-04-04', quote: '4月4日放假' },
  { year: 2018, field: 'dragonBoat', offset: 0, date: '2018-06-18', quote: '6月18日放假' },
  { year: 2018, field: 'midAutumn', offset: 0, date: '2018-09-24', quote: '9月24日放假' },
  { year: 2019, field: 'qingming', offset: 0, date: '2019-04-05', quote: '4月5日放假' },
  { year: 2019, field: 'dragonBoat', offset: 0, date: '2019-06-07', quote: '6月7日放假' },
  { year: 2019, field: 'midAutumn', offset: 0, date: '2019-09-13', quote: '9月13日放假' },
  { year: 2020, field: 'chuxi', offset: 9, date: '2020-02-02', quote: '2月2日（农历正月初九' },
  { year: 2023, field: 'qingming', offset: 0, date: '2023-04-05', quote: '4月5日放假' },
  { year: 2024, field: 'chuxi', offset: 0, date: '2024-02-09', quote: '除夕（2月9日）' },
  { year: 2024, field: 'dragonBoat', offset: 0, date: '2024-06-10', quote: '6月10日放假' },
  { year: 2025, field: 'chuxi', offset: 0, date: '2025-01-28', quote: '1月28日（农历除夕' },
  { year: 2025, field: 'chuxi', offset: 7, date: '2025-02-04', quote: '2月4日（农历正月初七' },
  { year: 2026, field: 'chuxi', offset: 7, date: '2026-02-23', quote: '23日（农历正月初七' },
];

const KEY_OF_FIELD: Readonly<Record<keyof FestivalDays, HolidayKey>> = {
  chuxi: 'spring_festival',
  qingming: 'qingming',
  dragonBoat: 'dragon_boat',
  midAutumn: 'mid_autumn',
};

/** The quotes and rest days of a holiday in a seed year, over all its notices (amendments included). */
function arrangementsOf(year: number, key: HolidayKey): { quotes: string[]; restDays: Set<number> } {
  const seed = seeds.find((s) => s.year === year);
  const quotes: string[] = [];
  let restDays = new Set<number>();
  for (const notice of seed?.notices ?? []) {
    for (const h of notice.holidays) {
      if (h.key !== key && !(h.alsoKeys ?? []).includes(key)) continue;
      if (h.quote !== undefined) quotes.push(h.quote);
      // An amendment's arrangement replaces the earlier one.
      restDays = new Set(h.rest.flatMap((r) => Array.from({ length: parseIsoDay(r.to) - parseIsoDay(r.from) + 1 }, (_, i) => parseIsoDay(r.from) + i)));
    }
  }
  return { quotes, restDays };
}

describe('the lunar table against the dates the State Council notices name', () => {
  it.each(NAMED_DAYS)('$year $field + $offset = $date', ({ year, field, offset, date, quote }) => {
    expect(arrangementsOf(year, KEY_OF_FIELD[field]).quotes.some((q) => q.includes(quote))).toBe(true);
    expect(formatIsoDay(daysOf(year)[field] + offset)).toBe(date);
  });
});

describe('the lunar table against the rest blocks of every notice', () => {
  const seedYears = seeds.map((s) => s.year);

  it('covers every seed year', () => {
    expect(seedYears[0]).toBeGreaterThanOrEqual(FESTIVAL_DAYS_YEARS.from);
    expect(seedYears[seedYears.length - 1]).toBeLessThanOrEqual(FESTIVAL_DAYS_YEARS.to);
  });

  it.each(seedYears)('%i: 正月初一 to 初三 rest inside the 春节 block, and 除夕 too in the years it is statutory', (year) => {
    const { chuxi } = daysOf(year);
    const { restDays } = arrangementsOf(year, 'spring_festival');
    for (let day = chuxi + 1; day <= chuxi + 3; day++) expect(restDays.has(day), formatIsoDay(day)).toBe(true);
    // 除夕 is statutory under the 2007 text (2008–2013) and the 2024 text (2025 on).
    if ((year >= 2008 && year <= 2013) || year >= 2025) expect(restDays.has(chuxi), formatIsoDay(chuxi)).toBe(true);
  });

  it.each(seedYears.filter((y) => y >= 2008))('%i: 清明, 端午 and 中秋 rest inside their blocks', (year) => {
    const days = daysOf(year);
    for (const field of ['qingming', 'dragonBoat', 'midAutumn'] as const) {
      expect(arrangementsOf(year, KEY_OF_FIELD[field]).restDays.has(days[field]), `${field} ${formatIsoDay(days[field])}`).toBe(true);
    }
  });
});

interface ChineseDays {
  getSolarDateFromLunar(lunarDate: string): { date: string };
  getSolarTermDate(year: number, month: number, term: 'pure_brightness'): string;
}

/** chinese-days' 除夕, 清明, 端午 and 中秋 for each year, computed under Asia/Shanghai. */
function chineseDaysFestivals(years: readonly number[]): Map<number, Record<keyof FestivalDays, string>> {
  return withChineseDaysInShanghai((loaded) => {
    const cd = loaded as ChineseDays;
    return new Map(
      years.map((y) => [
        y,
        {
          chuxi: formatIsoDay(parseIsoDay(cd.getSolarDateFromLunar(`${y}-01-01`).date) - 1),
          qingming: cd.getSolarTermDate(y, 4, 'pure_brightness'),
          dragonBoat: cd.getSolarDateFromLunar(`${y}-05-05`).date,
          midAutumn: cd.getSolarDateFromLunar(`${y}-08-15`).date,
        },
      ]),
    );
  });
}

describe('the lunar table against chinese-days', () => {
  const years = Array.from({ length: FESTIVAL_DAYS_YEARS.to - FESTIVAL_DAYS_YEARS.from + 1 }, (_, i) => FESTIVAL_DAYS_YEARS.from + i);

  it(`agrees on all four days of every year ${FESTIVAL_DAYS_YEARS.from}–${FESTIVAL_DAYS_YEARS.to}`, () => {
    const theirs = chineseDaysFestivals(years);
    const ours = new Map(
      years.map((y) => {
        const d = daysOf(y);
        return [y, { chuxi: formatIsoDay(d.chuxi), qingming: formatIsoDay(d.qingming), dragonBoat: formatIsoDay(d.dragonBoat), midAutumn: formatIsoDay(d.midAutumn) }];
      }),
    );
    expect(ours).toEqual(theirs);
  });

  it('covers 2004–2040 and nothing else', () => {
    expect(FESTIVAL_DAYS_YEARS).toEqual({ from: 2004, to: 2040 });
    expect(festivalDays(2003)).toBeUndefined();
    expect(festivalDays(2041)).toBeUndefined();
    expect(festivalDays(2027.5)).toBeUndefined();
  });

  it.each(years)('%i: each day falls in its possible season', (year) => {
    const d = daysOf(year);
    const between = (day: number, from: [number, number], to: [number, number]): boolean =>
      day >= daysFromCivil(year, ...from) && day <= daysFromCivil(year, ...to);
    expect(between(d.chuxi, [1, 20], [2, 19])).toBe(true);
    expect(between(d.qingming, [4, 4], [4, 6])).toBe(true);
    expect(between(d.dragonBoat, [5, 26], [6, 26])).toBe(true);
    expect(between(d.midAutumn, [9, 7], [10, 8])).toBe(true);
  });
});
