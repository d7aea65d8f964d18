import { fc, test } from '@fast-check/vitest';
import { format } from 'date-fns/format';
import { enUS } from 'date-fns/locale/en-US';
import { zhCN } from 'date-fns/locale/zh-CN';
import { describe } from 'vitest';
import { formatIsoDay, parseIsoDay } from '../../../src/_internal/dayNumber.js';
import type { Language } from '../../../src/_internal/locale.js';
import { formatDay, formatLastDay, formatRange } from '../../../src/rules/text/formatDay.js';

// date-fns, with its own locale data, is the independent reference for the dates `explain` writes.
const LOCALES = { 'zh': zhCN, en: enUS } as const;

/** A `Date` at local noon of a `'YYYY-MM-DD'` day, so that date-fns prints that day in any host time zone. */
function localNoon(iso: string): Date {
  const date = new Date(2000, 0, 1, 12);
  date.setFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return date;
}

const fnsFormat = (iso: string, pattern: string, locale: Language): string => format(localNoon(iso), pattern, { locale: LOCALES[locale] });

/** The range as date-fns patterns write it: years only when the two years differ, the month only when the months do. */
function fnsRange(from: string, to: string, locale: Language): string {
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const sameMonth = sameYear && from.slice(5, 7) === to.slice(5, 7);
  if (locale === 'zh') {
    const first = fnsFormat(from, sameYear ? 'M月d日' : 'uuuu年M月d日', locale);
    return from === to ? first : `${first}至${fnsFormat(to, sameMonth ? 'd日' : sameYear ? 'M月d日' : 'uuuu年M月d日', locale)}`;
  }
  const first = fnsFormat(from, sameYear ? 'MMMM d' : 'MMMM d, uuuu', locale);
  if (from === to) return first;
  return sameMonth ? `${first}–${fnsFormat(to, 'd', locale)}` : `${first} – ${fnsFormat(to, sameYear ? 'MMMM d' : 'MMMM d, uuuu', locale)}`;
}

const day = fc.integer({ min: parseIsoDay('1000-01-01'), max: parseIsoDay('9999-12-31') }).map(formatIsoDay);
const nearDay = fc.tuple(day, fc.integer({ min: 0, max: 400 })).map(([from, span]) => [from, formatIsoDay(Math.min(parseIsoDay(from) + span, parseIsoDay('9999-12-31')))] as const);
const locale = fc.constantFrom<Language>('zh', 'en');

describe('formatDay and formatRange write what date-fns writes', () => {
  test.prop([day, locale, fc.boolean()], { numRuns: 3_000 })('a day with its weekday, with or without the year', (iso, lang, short) => {
    const pattern = { 'zh': short ? 'M月d日（EEEE）' : 'uuuu年M月d日（EEEE）', en: short ? 'EEEE, MMMM d' : 'EEEE, MMMM d, uuuu' }[lang];
    return formatDay(iso, lang, short) === fnsFormat(iso, pattern, lang);
  });

  test.prop([day, locale], { numRuns: 1_000 })('a due date as the last day allowed, that day included', (iso, lang) => {
    const pattern = { 'zh': "'最迟于'uuuu年M月d日（EEEE'，含当日'）", en: "'by' EEEE, MMMM d, uuuu 'at the latest, that day included'" }[lang];
    return formatLastDay(iso, lang) === fnsFormat(iso, pattern, lang);
  });

  test.prop([nearDay, locale], { numRuns: 3_000 })('a range of days', ([from, to], lang) => formatRange(from, to, lang) === fnsRange(from, to, lang));
});
