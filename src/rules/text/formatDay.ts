import { isoWeekday, parseIsoDay } from '../../_internal/dayNumber.js';
import { MONTH_NAMES_EN, WEEKDAY_NAMES } from '../../_internal/dateNames.js';
import type { Language } from '../../_internal/locale.js';


/** The parts of a `'YYYY-MM-DD'` day: the year as written (four digits), the month and the day without leading zeros. */
function partsOf(iso: string): { year: string; month: number; day: number } {
  return { year: iso.slice(0, 4), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/** `'2021年10月12日'`, `'10月12日'` or `'12日'` (`'October 12, 2021'`, `'October 12'` or `'12'`) by what is shown. */
function formatDate(iso: string, locale: Language, show: 'year' | 'month' | 'day'): string {
  const { year, month, day } = partsOf(iso);
  if (locale === 'zh') return show === 'day' ? `${day}日` : `${show === 'year' ? `${year}年` : ''}${month}月${day}日`;
  return show === 'day' ? `${day}` : `${MONTH_NAMES_EN[month - 1]} ${day}${show === 'year' ? `, ${year}` : ''}`;
}

/**
 * A day with its weekday, e.g. `'2021年10月12日（星期二）'` or `'Tuesday, October 12, 2021'`; `short` drops the year.
 * Computed from the day number, so nothing depends on the host time zone.
 *
 * @param iso - A real date, `'YYYY-MM-DD'` (`explain` prints only dates its result schema checked).
 * @param locale - The language.
 * @param short - Without the year.
 * @returns The formatted day.
 *
 * @example
 * ```ts
 * formatDay('2021-10-09', 'zh', true); //=> '10月9日（星期六）'
 * ```
 */
export function formatDay(iso: string, locale: Language, short = false): string {
  const weekday = WEEKDAY_NAMES[locale][isoWeekday(parseIsoDay(iso)) - 1];
  const date = formatDate(iso, locale, short ? 'month' : 'year');
  return locale === 'zh' ? `${date}（${weekday}）` : `${weekday}, ${date}`;
}

/**
 * A due date told as the last day allowed, that day included, in the words of the web page:
 * `'最迟于2021年10月12日（星期二，含当日）'` or `'by Tuesday, October 12, 2021 at the latest, that day included'`.
 * 「X前」 or a bare "by X" could be read as X excluded.
 *
 * @param iso - The due date, `'YYYY-MM-DD'`.
 * @param locale - The language.
 * @returns The words for the due date.
 *
 * @example
 * ```ts
 * formatLastDay('2021-10-12', 'zh'); //=> '最迟于2021年10月12日（星期二，含当日）'
 * ```
 */
export function formatLastDay(iso: string, locale: Language): string {
  const weekday = WEEKDAY_NAMES[locale][isoWeekday(parseIsoDay(iso)) - 1];
  const date = formatDate(iso, locale, 'year');
  return locale === 'zh' ? `最迟于${date}（${weekday}，含当日）` : `by ${weekday}, ${date} at the latest, that day included`;
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
export function formatRange(from: string, to: string, locale: Language): string {
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const sameMonth = sameYear && from.slice(5, 7) === to.slice(5, 7);
  const first = formatDate(from, locale, sameYear ? 'month' : 'year');
  if (from === to) return first;
  const last = formatDate(to, locale, sameMonth ? 'day' : sameYear ? 'month' : 'year');
  if (locale === 'zh') return `${first}至${last}`;
  return sameMonth ? `${first}–${last}` : `${first} – ${last}`;
}
