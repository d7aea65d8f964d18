import { daysFromCivil } from '../_internal/dayNumber.js';
import type { HolidayKey } from './holidayKeys.js';
import { FESTIVAL_DAYS_YEARS, festivalDays } from './provisional/festivalDays.js';

/**
 * One version of 《全国年节及纪念日放假办法》, 第二条 (全体公民放假的节日), from the year it took effect.
 * The 1949 text (政务院, 1949-12-23: 新年1天, 春节3天, 劳动节1天, 国庆2天) predates the data and is not listed.
 */
interface LawVersion {
  /** First calendar year the version governs. */
  readonly from: number;
  /** 春节 as offsets from 农历除夕 (0 = 除夕, 1 = 正月初一, …). */
  readonly springFestival: readonly number[];
  /** Days of 劳动节 from 5月1日. */
  readonly labourDays: number;
  /** Whether 清明节, 端午节 and 中秋节 are statutory (from 2008). */
  readonly lunarOneDayHolidays: boolean;
}

/** Newest first. */
const LAW_VERSIONS: readonly LawVersion[] = [
  // 国务院令第795号 (2024-11-10), in force from 2025-01-01: 春节 除夕至初三, 劳动节 5月1日、2日.
  { from: 2025, springFestival: [0, 1, 2, 3], labourDays: 2, lunarOneDayHolidays: true },
  // 国务院令第644号 (2013-12-11), in force from 2014-01-01: 春节 初一至初三.
  { from: 2014, springFestival: [1, 2, 3], labourDays: 1, lunarOneDayHolidays: true },
  // 国务院令第513号 (2007-12-14), in force from 2008-01-01: 春节 除夕至初二; 清明、端午、中秋 added; 劳动节 1天.
  { from: 2008, springFestival: [0, 1, 2], labourDays: 1, lunarOneDayHolidays: true },
  // 国务院令第270号 (1999-09-18): 春节 初一至初三, 劳动节 5月1日至3日.
  { from: 2000, springFestival: [1, 2, 3], labourDays: 3, lunarOneDayHolidays: false },
];

/** The years {@link statutoryDayNumbers} knows, both inclusive: the data's first year to the lunar table's last. */
export const STATUTORY_DAY_YEARS: { readonly from: number; readonly to: number } = Object.freeze({ from: 2004, to: FESTIVAL_DAYS_YEARS.to });

/**
 * The statutory holidays of a year, each with the holiday it belongs to (a day two holidays share, 中秋 on a 国庆
 * day, appears once per holiday), from 第二条 of the 办法 in force that year.
 *
 * @param year - A year in {@link STATUTORY_DAY_YEARS}.
 * @returns `[day number, holiday key]` pairs in the order of 第二条, or `undefined` outside {@link STATUTORY_DAY_YEARS}.
 * @example
 * ```ts
 * statutoryDaysByHoliday(2020)?.filter(([, key]) => key === 'mid_autumn').length; // 1
 * ```
 */
export function statutoryDaysByHoliday(year: number): readonly (readonly [number, HolidayKey])[] | undefined {
  const festivals = year >= STATUTORY_DAY_YEARS.from ? festivalDays(year) : undefined;
  const law = LAW_VERSIONS.find((v) => v.from <= year);
  if (festivals === undefined || law === undefined) return undefined;
  const days: [number, HolidayKey][] = [[daysFromCivil(year, 1, 1), 'new_year']];
  for (const offset of law.springFestival) days.push([festivals.chuxi + offset, 'spring_festival']);
  if (law.lunarOneDayHolidays) days.push([festivals.qingming, 'qingming']);
  const may1 = daysFromCivil(year, 5, 1);
  for (let k = 0; k < law.labourDays; k++) days.push([may1 + k, 'labour_day']);
  if (law.lunarOneDayHolidays) days.push([festivals.dragonBoat, 'dragon_boat'], [festivals.midAutumn, 'mid_autumn']);
  const oct1 = daysFromCivil(year, 10, 1);
  for (let k = 0; k < 3; k++) days.push([oct1 + k, 'national_day']);
  return days;
}

/**
 * The statutory holidays (法定节假日) of a year: the days 第二条 of 《全国年节及纪念日放假办法》 in force that year
 * gives every citizen off (1999 text 2004–2007: 10 days; 2007 revision from 2008 and 2013 revision from 2014:
 * 11; 2024 revision from 2025: 13), with the lunar days read from the generated lunar table. A day that two
 * holidays share (中秋 on 10月3日 in 2009, on 10月1日 in 2020) is listed once.
 *
 * @param year - A year in {@link STATUTORY_DAY_YEARS}.
 * @returns Day numbers (days since 1970-01-01), ascending, or `undefined` for a year outside {@link STATUTORY_DAY_YEARS}.
 * @example
 * ```ts
 * statutoryDayNumbers(2025)?.length; // 13
 * statutoryDayNumbers(2003); // undefined
 * ```
 */
export function statutoryDayNumbers(year: number): readonly number[] | undefined {
  const days = statutoryDaysByHoliday(year);
  return days && [...new Set(days.map(([day]) => day))].sort((a, b) => a - b);
}
