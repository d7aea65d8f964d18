import { readOptions, type OptionRule } from '../../_internal/readOptions.js';
import { parseIsoDay } from '../../_internal/dayNumber.js';
import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import { outOfRangeError } from '../calendarMessages.js';
import { requireIsoDate } from '../requireIsoDate.js';
import { defaultCalendar } from '../defaultCalendar.js';
import { CALENDAR_OPTION } from '../isCalendar.js';
import type { Calendar, CalendarCoverage } from '../types.js';
import { LOCALES, languageOf, type Language, type Locale } from '../../_internal/locale.js';

/** Validated export options: the calendar, the range as `'YYYY-MM-DD'` and the language. */
export interface ExportSettings {
  readonly calendar: Calendar;
  readonly from: string;
  readonly to: string;
  readonly language: Language;
}

/** A day of the range, validated and checked against the coverage; the coverage's end when not given. */
function rangeEnd(value: unknown, fallback: string, coverage: CalendarCoverage, argument: string): string {
  if (value === undefined) return fallback;
  const iso = requireIsoDate(value as string, argument);
  if (iso < coverage.from || iso > coverage.to) throw outOfRangeError(parseIsoDay(iso), coverage, argument);
  return iso;
}

/**
 * Validates the options of an export: `calendar` (default `defaultCalendar`), whose coverage bounds the range and
 * fills in missing ends, the range, and the language.
 *
 * @param options - The caller's options, `undefined` for all defaults.
 * @param keys - The option names this export accepts besides `calendar` (`locale` only for iCalendar).
 * @returns The calendar, the range and the language of `locale` (`'zh'` by default).
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT when `options` is not an object, has a key not in `keys`, `calendar` is not a calendar, `from` is after `to`, or `locale` is not `'zh'`, `'zh-CN'` or `'en'`.
 * @throws {@link InvalidDateError} INVALID_DATE when `from` or `to` is not a real date.
 * @throws {@link CalendarOutOfRangeError} CALENDAR_OUT_OF_RANGE when `from` or `to` is outside the calendar's coverage.
 * @example
 * ```ts
 * readExportOptions({ from: '2021-01-01' }, ['from', 'to']); //=> { calendar: defaultCalendar, from: '2021-01-01', to: '2026-12-31', language: 'zh' }
 * ```
 */
export function readExportOptions(options: unknown, keys: readonly string[]): ExportSettings {
  const rules = Object.fromEntries<OptionRule>([['calendar', CALENDAR_OPTION], ...keys.map((key): [string, OptionRule] => [key, key === 'locale' ? { oneOf: LOCALES } : null])]);
  const { calendar = defaultCalendar, from: fromInput, to: toInput, locale = 'zh' } = readOptions(options, rules, "{ from: '2021-01-01', to: '2021-12-31' }");
  // readOptions has checked calendar (CALENDAR_OPTION) and locale (LOCALES); its record types them as unknown.
  const checked = { calendar: calendar as Calendar, language: languageOf(locale as Locale) };
  const coverage = checked.calendar.calendarCoverage();
  const from = rangeEnd(fromInput, coverage.from, coverage, 'options.from');
  const to = rangeEnd(toInput, coverage.to, coverage, 'options.to');
  if (from > to) {
    throw new InvalidArgumentError(`\`options.from\` (${from}) is after \`options.to\` (${to}); the range must run forwards.`, {
      argument: 'options.from',
      zh: { problem: `options.from（${from}）晚于 options.to（${to}）`, expected: '不晚于 options.to 的日期' },
    });
  }
  return { calendar: checked.calendar, from, to, language: checked.language };
}
