import type { HolidayKey } from '../holidayKeys.js';

/** The names a notice uses for each holiday. */
const NAMES: readonly (readonly [RegExp, HolidayKey])[] = [
  [/元旦|新年/u, 'new_year'],
  [/春节/u, 'spring_festival'],
  [/清明/u, 'qingming'],
  [/劳动节|五一/u, 'labour_day'],
  [/端午/u, 'dragon_boat'],
  [/中秋/u, 'mid_autumn'],
  [/国庆|十一/u, 'national_day'],
  [/抗日战争|抗战胜利|反法西斯战争胜利/u, 'victory_day_2015'],
];

/**
 * The holidays a piece of text names, in the order it names them (「中秋节、国庆节」 is mid_autumn then national_day).
 *
 * @example
 * ```ts
 * holidayKeysIn('六、中秋节、国庆节'); // ['mid_autumn', 'national_day']
 * ```
 */
export function holidayKeysIn(text: string): HolidayKey[] {
  const found: [number, HolidayKey][] = [];
  for (const [pattern, key] of NAMES) {
    const at = text.search(pattern);
    if (at >= 0) found.push([at, key]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, key]) => key);
}
