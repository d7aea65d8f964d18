// Per-function and per-locale entry points: the `date-fns` and `date-fns/locale` barrels load hundreds of modules.
import { format } from 'date-fns/format';
import { enUS } from 'date-fns/locale/en-US';
import { zhCN } from 'date-fns/locale/zh-CN';

/** The languages of `explain`. */
export type ExplainLocale = 'zh-CN' | 'en';

/** A `Date` at local noon of a `'YYYY-MM-DD'` day, so date-fns prints that day in any host time zone. */
function localNoon(iso: string): Date {
  const date = new Date(2000, 0, 1, 12);
  // `setFullYear`, not the constructor, which reads years 0–99 as 1900–1999.
  date.setFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return date;
}

const FULL = { 'zh-CN': 'uuuu年M月d日（EEEE）', en: 'EEEE, MMMM d, uuuu' } as const;
const SHORT = { 'zh-CN': 'M月d日（EEEE）', en: 'EEEE, MMMM d' } as const;
const LOCALES = { 'zh-CN': zhCN, en: enUS } as const;

/**
 * A day with its weekday, e.g. `'2021年10月12日（星期二）'` or `'Tuesday, October 12, 2021'`; `short` drops the year.
 *
 * @param iso - `'YYYY-MM-DD'`.
 * @param locale - The language.
 * @param short - Without the year.
 * @returns The formatted day.
 *
 * @example
 * ```ts
 * formatDay('2021-10-09', 'zh-CN', true); //=> '10月9日（星期六）'
 * ```
 */
export function formatDay(iso: string, locale: ExplainLocale, short = false): string {
  return format(localNoon(iso), (short ? SHORT : FULL)[locale], { locale: LOCALES[locale] });
}

/**
 * A range of days without weekdays, as short as it reads well: `'10月1日至7日'`, `'9月30日至10月2日'`,
 * `'October 1–7'`, `'September 30 – October 2'`; with years when they differ; one day alone when `from` = `to`.
 *
 * @param from - First day, `'YYYY-MM-DD'`.
 * @param to - Last day, `'YYYY-MM-DD'`.
 * @param locale - The language.
 * @returns The formatted range.
 *
 * @example
 * ```ts
 * formatRange('2021-10-01', '2021-10-07', 'en'); //=> 'October 1–7'
 * ```
 */
export function formatRange(from: string, to: string, locale: ExplainLocale): string {
  const a = localNoon(from);
  const b = localNoon(to);
  const options = { locale: LOCALES[locale] };
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const sameMonth = sameYear && from.slice(5, 7) === to.slice(5, 7);
  if (locale === 'zh-CN') {
    const first = format(a, sameYear ? 'M月d日' : 'uuuu年M月d日', options);
    if (from === to) return first;
    return `${first}至${format(b, sameMonth ? 'd日' : sameYear ? 'M月d日' : 'uuuu年M月d日', options)}`;
  }
  const first = format(a, sameYear ? 'MMMM d' : 'MMMM d, uuuu', options);
  if (from === to) return first;
  return sameMonth ? `${first}–${format(b, 'd', options)}` : `${first} – ${format(b, sameYear ? 'MMMM d' : 'MMMM d, uuuu', options)}`;
}
