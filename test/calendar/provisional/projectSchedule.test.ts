/**
 * The projection of a year without a notice: back-tests against the official 2025 and 2026 schedules, the
 * 2027 cases of issue 6, and the principles of the law checked on every projectable year.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, formatIsoDay, isoWeekday, parseIsoDay } from '../../../src/_internal/dayNumber.js';
import { compileSchedule } from '../../../src/calendar/compileSchedule.js';
import { findOverlappingDays, findScheduleIssues } from '../../../src/calendar/findScheduleIssues.js';
import type { HolidayKey } from '../../../src/calendar/holidayKeys.js';
import { festivalDays } from '../../../src/calendar/provisional/festivalDays.js';
import { PROJECTABLE_YEARS, projectSchedule } from '../../../src/calendar/provisional/projectSchedule.js';
import { type HolidayArrangement, ScheduleYearSchema, type ScheduleYear } from '../../../src/calendar/scheduleSchema.js';
import { InvalidArgumentError } from '../../../src/errors/InvalidArgumentError.js';

type Status = 'working' | 'rest' | 'makeup';

const isWeekend = (day: number): boolean => isoWeekday(day) >= 6;
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const restDaysOf = (h: HolidayArrangement): number[] => h.rest.flatMap((r) => range(parseIsoDay(r.from), parseIsoDay(r.to)));

/** The arrangements in force in a schedule year: each notice's arrangement replaces the earlier one sharing a key. */
function arrangementsInForce(schedule: ScheduleYear): HolidayArrangement[] {
  const byKey = new Map<HolidayKey, HolidayArrangement>();
  for (const notice of schedule.notices) {
    for (const h of notice.holidays) for (const key of [h.key, ...(h.alsoKeys ?? [])]) byKey.set(key, h);
  }
  return [...new Set(byKey.values())];
}

/** The status every day the schedules mention; any other day is 'rest' on a weekend and 'working' otherwise. */
function statusesOf(schedules: readonly ScheduleYear[]): (day: number) => Status {
  const explicit = new Map<number, Status>();
  for (const h of schedules.flatMap(arrangementsInForce)) {
    for (const day of restDaysOf(h)) explicit.set(day, 'rest');
    for (const date of h.makeup) explicit.set(parseIsoDay(date), 'makeup');
  }
  return (day) => explicit.get(day) ?? (isWeekend(day) ? 'rest' : 'working');
}

function officialSchedule(year: number): ScheduleYear {
  return ScheduleYearSchema.parse(JSON.parse(readFileSync(`seeds/calendar/cn/${year}.json`, 'utf8')));
}

/** Every day of the year's schedule window (1 Dec of the year before to 31 Jan of the year after) whose status differs. */
function backTest(year: number): string[] {
  const official = statusesOf([officialSchedule(year)]);
  const projected = statusesOf([projectSchedule(year)]);
  return range(daysFromCivil(year - 1, 12, 1), daysFromCivil(year + 1, 1, 31))
    .filter((day) => official(day) !== projected(day))
    .map((day) => `${formatIsoDay(day)}: official ${official(day)}, projected ${projected(day)}`);
}

const withoutQuotes = (holidays: readonly HolidayArrangement[]): HolidayArrangement[] => holidays.map(({ quote: _quote, ...rest }) => rest);

describe('back-tests against the official schedules', () => {
  /** Days whose status differs from the official notice; the projection must not regress past these figures. */
  const BACK_TEST_FIGURES: Readonly<Record<number, number>> = { 2025: 0, 2026: 0 };

  it.each([2025, 2026])('%i: differing days', (year) => {
    const differences = backTest(year);
    expect(differences).toEqual([]);
    expect(differences.length).toBe(BACK_TEST_FIGURES[year]);
  });

  it.each([2025, 2026])('%i: the arrangements themselves equal the notice (rest ranges as written, make-up days, merged keys)', (year) => {
    expect(projectSchedule(year).notices[0]?.holidays).toEqual(withoutQuotes(officialSchedule(year).notices[0]?.holidays ?? []));
  });
});

describe('2027', () => {
  const schedule = projectSchedule(2027);
  const holiday = (key: HolidayKey): HolidayArrangement | undefined => schedule.notices[0]?.holidays.find((h) => h.key === key);
  const status = statusesOf([schedule]);

  it('元旦: Friday 2027-01-01 rests with the weekend, no make-up day', () => {
    expect(isoWeekday(parseIsoDay('2027-01-01'))).toBe(5);
    expect(holiday('new_year')).toEqual({ key: 'new_year', rest: [{ from: '2027-01-01', to: '2027-01-03' }], makeup: [] });
    expect(status(parseIsoDay('2026-12-31'))).toBe('working');
    expect(status(parseIsoDay('2027-01-04'))).toBe('working');
  });

  it('春节: the block starts on 除夕 2027-02-05 and runs 8 days, with a make-up day on each side', () => {
    expect(formatIsoDay(festivalDays(2027)?.chuxi ?? NaN)).toBe('2027-02-05');
    const sf = holiday('spring_festival');
    expect(sf?.rest[0]?.from).toBe('2027-02-05');
    for (const day of range(parseIsoDay('2027-02-05'), parseIsoDay('2027-02-12'))) expect(status(day), formatIsoDay(day)).toBe('rest');
    // Saturday 02-13 would be a lone working day between the block and Sunday, so Sunday 02-14 is worked and
    // Saturday joins the range (as Sunday 2026-02-15 did in the 2026 notice).
    expect(sf).toEqual({ key: 'spring_festival', rest: [{ from: '2027-02-05', to: '2027-02-13' }], makeup: ['2027-01-31', '2027-02-14'] });
    expect(status(parseIsoDay('2027-02-04'))).toBe('working');
    expect(status(parseIsoDay('2027-02-15'))).toBe('working');
  });

  it('the notice says it is a projection, with fixed provenance', () => {
    expect(schedule.notices).toHaveLength(1);
    expect(schedule.notices[0]).toMatchObject({
      kind: 'schedule',
      issuer: 'yingshang projection',
      docNo: 'PROVISIONAL-2027',
      publishedOn: '2026-01-01',
      url: 'https://www.gov.cn/zhengce/content/202411/content_6986380.htm',
    });
    expect(schedule.notices[0]?.title).toContain('非国务院办公厅通知');
    expect(projectSchedule(2027)).toEqual(schedule);
  });
});

describe('make-up days around neighbouring blocks', () => {
  it('2026: 国庆节 takes its make-up day before the 中秋 block, the nearest free weekend day (as the notice did)', () => {
    const holidays = projectSchedule(2026).notices[0]?.holidays ?? [];
    expect(holidays.find((h) => h.key === 'national_day')?.makeup).toEqual(['2026-09-20', '2026-10-10']);
  });

  it('2040: 国庆节 (longer) keeps its make-up day next to it, and 中秋 moves its own before it to stay within 6 working days', () => {
    const holidays = projectSchedule(2040).notices[0]?.holidays ?? [];
    expect(holidays.filter((h) => h.key === 'mid_autumn' || h.key === 'national_day')).toEqual([
      { key: 'mid_autumn', rest: [{ from: '2040-09-20', to: '2040-09-23' }], makeup: ['2040-09-16'] },
      { key: 'national_day', rest: [{ from: '2040-09-30', to: '2040-10-07' }], makeup: ['2040-09-29', '2040-10-13'] },
    ]);
  });
});

const projectableYears = range(PROJECTABLE_YEARS.from, PROJECTABLE_YEARS.to);

describe('every projectable year', () => {
  it('covers 2025 to 2040', () => {
    expect(PROJECTABLE_YEARS).toEqual({ from: 2025, to: 2040 });
  });

  it.each(projectableYears)('%i: passes ScheduleYearSchema, findScheduleIssues and the overlap check', (year) => {
    const schedule = projectSchedule(year);
    expect(ScheduleYearSchema.safeParse(schedule).success).toBe(true);
    expect(findScheduleIssues([schedule])).toEqual([]);
    expect(findOverlappingDays(compileSchedule(schedule))).toEqual([]);
  });

  it('has no two blocks of consecutive years overlapping', () => {
    expect(findOverlappingDays(projectableYears.flatMap((y) => compileSchedule(projectSchedule(y))))).toEqual([]);
  });

  it.each(projectableYears)('%i: every statutory day rests inside its own holiday’s block', (year) => {
    const days = festivalDays(year);
    if (days === undefined) throw new Error(`no festival days for ${year}`);
    const statutory: [HolidayKey, number[]][] = [
      ['new_year', [daysFromCivil(year, 1, 1)]],
      ['spring_festival', range(days.chuxi, days.chuxi + 3)],
      ['qingming', [days.qingming]],
      ['labour_day', range(daysFromCivil(year, 5, 1), daysFromCivil(year, 5, 2))],
      ['dragon_boat', [days.dragonBoat]],
      ['mid_autumn', [days.midAutumn]],
      ['national_day', range(daysFromCivil(year, 10, 1), daysFromCivil(year, 10, 3))],
    ];
    const holidays = projectSchedule(year).notices[0]?.holidays ?? [];
    for (const [key, statutoryDays] of statutory) {
      const block = holidays.find((h) => h.key === key || (h.alsoKeys ?? []).includes(key));
      for (const day of statutoryDays) expect(block && restDaysOf(block).includes(day), `${key} ${formatIsoDay(day)}`).toBe(true);
    }
  });

  it.each(projectableYears)('%i: each range is the block the notices state, plus at most the weekend rest days touching it', (year) => {
    const days = festivalDays(year);
    if (days === undefined) throw new Error(`no festival days for ${year}`);
    const oct1 = daysFromCivil(year, 10, 1);
    const may1 = daysFromCivil(year, 5, 1);
    const oneDay = (day: number): { length: number; contains: number[] } => ({ length: isoWeekday(day) === 3 ? 1 : 3, contains: [day] });
    /** 春节 8 days from 除夕; 国庆 7 from 10月1日, or 8 merged with 中秋; 劳动节 5; the others 3, or the Wednesday alone. */
    const expected: Partial<Record<HolidayKey, { length: number; contains: number[]; from?: number }>> = {
      new_year: oneDay(daysFromCivil(year, 1, 1)),
      spring_festival: { length: 8, contains: [days.chuxi], from: days.chuxi },
      qingming: oneDay(days.qingming),
      labour_day: { length: 5, contains: [may1, may1 + 1] },
      dragon_boat: oneDay(days.dragonBoat),
      mid_autumn: oneDay(days.midAutumn),
      national_day: { length: 7, contains: [oct1], from: oct1 },
    };
    for (const h of projectSchedule(year).notices[0]?.holidays ?? []) {
      const rest = restDaysOf(h);
      const spec = h.alsoKeys ? { length: 8, contains: [oct1], from: oct1 } : expected[h.key];
      if (spec === undefined) throw new Error(`unexpected holiday ${h.key}`);
      const { length, contains, from } = spec;
      const fits = (start: number): boolean =>
        contains.every((d) => d >= start && d < start + length) && rest.every((d) => (d >= start && d < start + length) || isWeekend(d));
      const starts = rest.filter((d) => rest.includes(d + length - 1) && (from === undefined || d === from));
      expect(starts.some(fits), `${h.key} ${h.rest[0]?.from}..${h.rest[0]?.to}`).toBe(true);
    }
  });

  it('loses exactly the 13 statutory working days a year (第二条, 第六条), as the 2025 and 2026 notices do', () => {
    const netLoss = (schedule: ScheduleYear): number => {
      const holidays = arrangementsInForce(schedule);
      return holidays.flatMap(restDaysOf).filter((d) => !isWeekend(d)).length - holidays.flatMap((h) => h.makeup).length;
    };
    expect([2025, 2026].map((y) => netLoss(officialSchedule(y)))).toEqual([13, 13]);
    for (const year of projectableYears) expect(netLoss(projectSchedule(year)), String(year)).toBe(13);
  });

  it('never has more than 6 consecutive working days before or after a holiday block (第七条), across year ends too', () => {
    const schedules = projectableYears.map(projectSchedule);
    const status = statusesOf(schedules);
    const offenders: string[] = [];
    for (const h of schedules.flatMap(arrangementsInForce)) {
      const rest = restDaysOf(h);
      let before = 0;
      for (let d = Math.min(...rest) - 1; status(d) !== 'rest'; d--) before++;
      let after = 0;
      for (let d = Math.max(...rest) + 1; status(d) !== 'rest'; d++) after++;
      if (before > 6 || after > 6) offenders.push(`${h.key} ${h.rest[0]?.from}: ${before} before, ${after} after`);
    }
    expect(offenders).toEqual([]);
  });

  it('never makes a make-up day a lone working day between two rest days', () => {
    const schedules = projectableYears.map(projectSchedule);
    const status = statusesOf(schedules);
    const lone = schedules
      .flatMap((s) => s.notices.flatMap((n) => n.holidays.flatMap((h) => h.makeup)))
      .filter((date) => status(parseIsoDay(date) - 1) === 'rest' && status(parseIsoDay(date) + 1) === 'rest');
    expect(lone).toEqual([]);
  });
});

describe('years it cannot project', () => {
  it('throws InvalidArgumentError for a year before the 2024 law or past the lunar table, and for a non-integer', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ max: PROJECTABLE_YEARS.from - 1 }), fc.integer({ min: PROJECTABLE_YEARS.to + 1 }), fc.double().filter((x) => !Number.isInteger(x))),
        (year) => {
          expect(() => projectSchedule(year)).toThrow(InvalidArgumentError);
        },
      ),
      { seed: 20270101 },
    );
  });
});
