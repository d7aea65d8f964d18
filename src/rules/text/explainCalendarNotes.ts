import type { Language } from '../../_internal/locale.js';
import { formatDay, formatRange } from './formatDay.js';
import { listOf } from './listOf.js';
import type { CalendarNotes, NextNoticeWarning, ProvisionalCalendarWarning } from '../schema/calendarNotesSchema.js';

function yearList(years: readonly number[], locale: Language): string {
  return listOf(years.map((y) => (locale === 'zh' ? `${y}年` : String(y))), locale);
}

function provisionalNote(warning: ProvisionalCalendarWarning, kind: 'deadline' | 'average', locale: Language): string {
  const years = yearList(warning.years, locale);
  if (locale === 'zh') return `注意：${years}尚未发布国务院放假安排，以上${kind === 'deadline' ? '日期' : '用时'}按法定节假日规则推算，可能与正式通知不同。`;
  const plural = warning.years.length > 1;
  return `Note: the State Council has not published the holiday schedule${plural ? 's' : ''} for ${years} yet; the ${kind === 'deadline' ? 'dates' : 'durations'} above are provisional, projected from the statutory holidays, and may differ from the official notice${plural ? 's' : ''}.`;
}

function nextNoticeNote(warning: NextNoticeWarning, locale: Language): string {
  const days = formatRange(warning.days[0] ?? '', warning.days[warning.days.length - 1] ?? '', locale);
  const before = warning.year - 1;
  if (locale === 'zh') return `注意：日历尚未收录${warning.year}年的国务院放假安排，该通知仍可能调整${before}年${days}的上班或放假（2006、2007、2008、2012、2019年的通知都调整过上一年年底的日子），以上结果可能随之改变。`;
  return `Note: the calendar does not have the State Council's ${warning.year} holiday notice yet; that notice may still turn days of ${days}, ${before}, into working days or rest days (the notices for 2006, 2007, 2008, 2012 and 2019 each changed days at the end of the year before), so the answer above may change.`;
}

/**
 * What a result's calendar adds to its explanation: the day it was known on (only the notices published by then
 * count), then a note for each provisional year, then one when the next year's notice may still change the days of
 * late December the answer read. Empty when the result carries none of these.
 *
 * @param result - A deadline or average result.
 * @param locale - The language.
 * @returns Whole sentences, or `''`.
 *
 * @example
 * ```ts
 * explainCalendarNotes(evaluate('m15-payment', { start: '2026-12-28' }, { calendar: provisional }), 'zh');
 * //=> '注意：2027年尚未发布国务院放假安排，以上日期按法定节假日规则推算，可能与正式通知不同。'
 * ```
 */
export function explainCalendarNotes(result: CalendarNotes, locale: Language): string {
  const zh = locale === 'zh';
  const sentences: string[] = [];
  if (result.asKnownOn !== undefined) {
    const day = formatDay(result.asKnownOn, locale);
    sentences.push(zh ? `以上按${day}已发布的放假通知计算，此后发布或修改的通知未计入。` : `Computed as known on ${day}: notices published or amended after that day are not taken into account.`);
  }
  for (const warning of result.warnings ?? []) {
    if (warning.code === 'PROVISIONAL_CALENDAR') sentences.push(provisionalNote(warning, result.kind, locale));
    else if (warning.code === 'MAY_CHANGE_WITH_NEXT_NOTICE') sentences.push(nextNoticeNote(warning, locale));
  }
  return sentences.join(zh ? '' : ' ');
}
