/** Stable keys of the holidays in the State Council schedules. */
export const HOLIDAY_KEYS = Object.freeze([
  'new_year',
  'spring_festival',
  'qingming',
  'labour_day',
  'dragon_boat',
  'mid_autumn',
  'national_day',
  'victory_day_2015',
] as const);

/** A stable holiday key, e.g. `'spring_festival'`. */
export type HolidayKey = (typeof HOLIDAY_KEYS)[number];

/** Chinese and English names of each holiday key. */
export const HOLIDAY_NAMES: Readonly<Record<HolidayKey, { readonly nameZh: string; readonly nameEn: string }>> = Object.freeze({
  new_year: Object.freeze({ nameZh: '元旦', nameEn: "New Year's Day" }),
  spring_festival: Object.freeze({ nameZh: '春节', nameEn: 'Spring Festival' }),
  qingming: Object.freeze({ nameZh: '清明节', nameEn: 'Qingming Festival' }),
  labour_day: Object.freeze({ nameZh: '劳动节', nameEn: 'Labour Day' }),
  dragon_boat: Object.freeze({ nameZh: '端午节', nameEn: 'Dragon Boat Festival' }),
  mid_autumn: Object.freeze({ nameZh: '中秋节', nameEn: 'Mid-Autumn Festival' }),
  national_day: Object.freeze({ nameZh: '国庆节', nameEn: 'National Day' }),
  victory_day_2015: Object.freeze({
    nameZh: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日',
    nameEn: '70th Anniversary of the Victory of the Chinese People’s War of Resistance against Japanese Aggression',
  }),
});
