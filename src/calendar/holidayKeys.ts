import type { BilingualText } from '../_internal/bilingualText.js';

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

/** The name of each holiday key, in Chinese and English; the holiday labels of `labelOf`. */
export const HOLIDAY_NAMES: Readonly<Record<HolidayKey, BilingualText>> = Object.freeze({
  new_year: Object.freeze({ zh: '元旦', en: "New Year's Day" }),
  spring_festival: Object.freeze({ zh: '春节', en: 'Spring Festival' }),
  qingming: Object.freeze({ zh: '清明节', en: 'Qingming Festival' }),
  labour_day: Object.freeze({ zh: '劳动节', en: 'Labour Day' }),
  dragon_boat: Object.freeze({ zh: '端午节', en: 'Dragon Boat Festival' }),
  mid_autumn: Object.freeze({ zh: '中秋节', en: 'Mid-Autumn Festival' }),
  national_day: Object.freeze({ zh: '国庆节', en: 'National Day' }),
  victory_day_2015: Object.freeze({
    zh: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日',
    en: '70th Anniversary of the Victory of the Chinese People’s War of Resistance against Japanese Aggression',
  }),
});
