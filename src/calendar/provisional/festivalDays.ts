import { daysFromCivil } from '../../_internal/dayNumber.js';
import { LUNAR_DATES, LUNAR_DATES_FIRST_YEAR } from './lunarDates.generated.js';

/** The days (day numbers since 1970-01-01) that fix the movable statutory holidays of one Gregorian year. */
export interface FestivalDays {
  /** 除夕: the last day of the lunar year that ends in this Gregorian year's spring. */
  readonly chuxi: number;
  /** 清明: the day of the 清明 solar term. */
  readonly qingming: number;
  /** 端午: 五月初五. */
  readonly dragonBoat: number;
  /** 中秋: 八月十五. */
  readonly midAutumn: number;
}

/** The Gregorian years {@link festivalDays} knows, both inclusive. */
export const FESTIVAL_DAYS_YEARS: { readonly from: number; readonly to: number } = Object.freeze({
  from: LUNAR_DATES_FIRST_YEAR,
  to: LUNAR_DATES_FIRST_YEAR + LUNAR_DATES.length - 1,
});

/**
 * The days of 除夕, 清明, 端午 and 中秋 in a Gregorian year, read from the table generated at development time
 * (`scripts/generate/generateLunarTable.ts`), so no lunar-calendar code ships.
 *
 * @param year - A Gregorian year.
 * @returns The four days as day numbers, or `undefined` for a year outside {@link FESTIVAL_DAYS_YEARS}.
 * @example
 * ```ts
 * const days = festivalDays(2027);
 * formatIsoDay(days!.chuxi); // '2027-02-05'
 * ```
 */
export function festivalDays(year: number): FestivalDays | undefined {
  const row = LUNAR_DATES[year - LUNAR_DATES_FIRST_YEAR];
  if (row === undefined) return undefined;
  const jan1 = daysFromCivil(year, 1, 1);
  const [chuxi, qingming, dragonBoat, midAutumn] = row;
  return { chuxi: jan1 + chuxi, qingming: jan1 + qingming, dragonBoat: jan1 + dragonBoat, midAutumn: jan1 + midAutumn };
}
