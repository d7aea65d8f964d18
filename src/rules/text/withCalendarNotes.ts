import type { CalendarNotes } from '../schema/calendarNotesSchema.js';
import { explainCalendarNotes } from './explainCalendarNotes.js';
import type { Language } from '../../_internal/locale.js';

/**
 * An explanation followed by what the calendar adds to it (provisional years, pauses after the due date, days the
 * next notice may change), for the kinds that read the calendar.
 *
 * @param text - The explanation of the result itself.
 * @param result - The deadline or average result.
 * @param locale - The language.
 * @returns `text`, with the notes after it when there are any.
 *
 * @example
 * ```ts
 * withCalendarNotes('已按期完成。', evaluate('m15-payment', { start: '2021-09-29', end: '2021-10-12' }), 'zh'); //=> '已按期完成。'
 * ```
 */
export function withCalendarNotes(text: string, result: CalendarNotes, locale: Language): string {
  const notes = explainCalendarNotes(result, locale);
  return notes === '' ? text : `${text}${locale === 'zh' ? '' : ' '}${notes}`;
}
