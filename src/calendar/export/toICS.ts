import { formatIsoDay, parseIsoDay } from '../../_internal/dayNumber.js';
import { describeEvent } from './describeEvent.js';
import { escapeIcsText } from './escapeIcsText.js';
import { foldIcsLine } from './foldIcsLine.js';
import { listHolidayEvents, type HolidayEvent } from './listHolidayEvents.js';
import type { Language } from '../../_internal/locale.js';
import type { NextNotice } from '../types.js';
import type { ICSOptions } from './types.js';

const ICS_KEYS = ['from', 'to', 'locale'];
const PRODID = '-//yingshang//Chinese working-day calendar//EN';
const CALENDAR_NAMES: Readonly<Record<Language, string>> = { zh: '中国法定节假日安排', en: 'China public holidays' };
/** The BCP 47 tag of each language, for the `LANGUAGE` parameter. */
const LANGUAGE_TAGS: Readonly<Record<Language, string>> = { zh: 'zh-CN', en: 'en' };

/** `'YYYY-MM-DD'` as an iCalendar DATE, `YYYYMMDD`. */
function icsDate(iso: string): string {
  return iso.replace(/-/g, '');
}

/** The content lines of one event, unfolded. */
function eventLines(event: HolidayEvent, language: Language): string[] {
  const { block, days, kind, notice } = event;
  const first = days[0] as string;
  const { summary, description } = describeEvent(event, language);
  return [
    'BEGIN:VEVENT',
    `UID:${icsDate(first)}-${block.key}-${kind === 'holiday' ? 'rest' : 'makeup'}@yingshang`,
    `DTSTAMP:${icsDate(notice.publishedOn)}T000000Z`,
    `SEQUENCE:${block.history.indexOf(notice)}`,
    `DTSTART;VALUE=DATE:${icsDate(first)}`,
    `DTEND;VALUE=DATE:${icsDate(formatIsoDay(parseIsoDay(days.at(-1) as string) + 1))}`,
    `SUMMARY;LANGUAGE=${LANGUAGE_TAGS[language]}:${escapeIcsText(summary)}`,
    `DESCRIPTION;LANGUAGE=${LANGUAGE_TAGS[language]}:${escapeIcsText(description)}`,
    `URL:${notice.url}`,
    `STATUS:${event.provisional ? 'TENTATIVE' : 'CONFIRMED'}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/**
 * The tentative event over 26–31 December of the last year with a notice, when the export reaches those days: the
 * next year's notice, not in the calendar, may still make them working days or rest days.
 */
function nextNoticeLines({ year, mayChangeFrom, mayChangeTo }: NextNotice, language: Language): string[] {
  const before = year - 1;
  const [summary, description] =
    language === 'en'
      ? [`${year} holiday notice not yet published: may change these days`, `The State Council's notice for ${year} is not in the calendar yet. It may still make days of December 26–31, ${before}, working days or rest days, as the notices for 2006, 2007, 2008, 2012 and 2019 did at the end of the year before.`]
      : [`${year}年放假安排尚未收录：这几天可能调整`, `日历尚未收录国务院办公厅${year}年部分节假日安排的通知。该通知仍可能调整${before}年12月26日至31日的上班或放假，2006、2007、2008、2012、2019年的通知都调整过上一年年底的日子。`];
  return [
    'BEGIN:VEVENT',
    `UID:${icsDate(mayChangeFrom)}-next-notice-${year}@yingshang`,
    `DTSTAMP:${icsDate(mayChangeFrom)}T000000Z`,
    `DTSTART;VALUE=DATE:${icsDate(mayChangeFrom)}`,
    `DTEND;VALUE=DATE:${icsDate(formatIsoDay(parseIsoDay(mayChangeTo) + 1))}`,
    `SUMMARY;LANGUAGE=${LANGUAGE_TAGS[language]}:${escapeIcsText(summary)}`,
    `DESCRIPTION;LANGUAGE=${LANGUAGE_TAGS[language]}:${escapeIcsText(description)}`,
    'STATUS:TENTATIVE',
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/**
 * The rest days and make-up working days of a calendar as an iCalendar feed (RFC 5545), for calendar applications
 * and any system that reads `.ics`: one all-day event per run of consecutive rest days of a holiday block and one
 * per make-up working day (调休上班), each with the notice that set its days (a run of rest days is cut where that
 * notice changes: 2020 春节 is 01-24…01-30, of the 2019 notice, and 01-31…02-02, of the extension). Lines end with
 * CRLF and are folded at 75 octets without splitting a UTF-8 character.
 *
 * An event is included when any of its days lies in `from`…`to`, and is never cut. Each event has a stable `UID`
 * (`<first day>-<holiday key>-rest|makeup@yingshang`), `SEQUENCE` = the place of its notice among the notices of its
 * block (0 for the original) and `DTSTAMP` = that notice's publication date (00:00 UTC), so the same data always
 * gives the same bytes, an amendment leaves the events of the days it did not change as they were, and the events
 * of the days it set carry it. Events of projected years (a calendar made with
 * `unpublishedYears: 'provisional'`) are `STATUS:TENTATIVE` and say so in their summary; the others are
 * `STATUS:CONFIRMED`. When the range reaches 26–31 December of the last year with a notice, one more event over those
 * days, `STATUS:TENTATIVE` with UID `<first day>-next-notice-<year>@yingshang`, says that the next year's notice (not
 * in the calendar) may still change them. See docs/calendar-export.md.
 *
 * @param options - `calendar` (default `defaultCalendar`), `from` and `to` (default: the calendar's coverage), `locale` (`'zh'` by default, `'zh-CN'` the same, or `'en'`).
 * @returns The `.ics` text (UTF-8, CRLF line endings).
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT when `options` is not an object, has an unknown key, `calendar` is not a calendar, `from` is after `to`, or `locale` is not `'zh'`, `'zh-CN'` or `'en'`.
 * @throws {@link InvalidDateError} INVALID_DATE when `from` or `to` is not a real date.
 * @throws {@link CalendarOutOfRangeError} CALENDAR_OUT_OF_RANGE when `from` or `to` is outside the calendar's coverage.
 * @example
 * ```ts
 * const ics = toICS({ from: '2021-10-01', to: '2021-10-31', locale: 'en' });
 * ics.match(/^SUMMARY.*$/gm); //=> ['SUMMARY;LANGUAGE=en:National Day: days off', 'SUMMARY;LANGUAGE=en:National Day: make-up working day']
 * ```
 */
export function toICS(options?: ICSOptions): string {
  const { calendar, events, language, from, to } = listHolidayEvents(options, ICS_KEYS);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${CALENDAR_NAMES[language]}`];
  const { nextNotice } = calendar;
  // The next-notice event, in date order among the others, when the range reaches its days.
  let pending = from <= nextNotice.mayChangeTo && to >= nextNotice.mayChangeFrom;
  for (const event of events) {
    if (pending && (event.days[0] as string) > nextNotice.mayChangeFrom) {
      lines.push(...nextNoticeLines(nextNotice, language));
      pending = false;
    }
    lines.push(...eventLines(event, language));
  }
  if (pending) lines.push(...nextNoticeLines(nextNotice, language));
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('');
}
