import { WEEKDAY_NAMES } from '../../_internal/dateNames.js';
import { isoWeekday, parseIsoDay } from '../../_internal/dayNumber.js';
import type { HolidayEvent } from './listHolidayEvents.js';
import type { Language } from '../../_internal/locale.js';

/** The words of an iCalendar event, in one language. */
export interface EventText {
  readonly summary: string;
  /** Lines of the description: what the days are, the notice that set them and, for an amended block, every notice. */
  readonly description: string;
}

interface Words {
  readonly weekdays: readonly string[];
  /** Added to the summary of a projected event, and the line that says why. */
  readonly provisional: readonly [suffix: string, line: string];
  summary(event: HolidayEvent): string;
  days(event: HolidayEvent, weekday: string): string;
  source(title: string, docNo: string, publishedOn: string): string;
  history(docNos: readonly string[]): string;
}

const WORDS: Readonly<Record<Language, Words>> = {
  zh: {
    weekdays: WEEKDAY_NAMES.zh,
    provisional: ['（推算）', '推算安排：尚无国务院办公厅通知，以正式通知为准。'],
    summary: (e) => `${e.block.name.zh} ${e.kind === 'holiday' ? '放假' : '调休上班'}`,
    days: (e, weekday) =>
      e.kind === 'makeup_workday'
        ? `${e.days[0]}（${weekday}）上班。`
        : e.days.length > 1
          ? `${e.days[0]}至${e.days.at(-1)}放假，共${e.days.length}天。`
          : `${e.days[0]}（${weekday}）放假。`,
    source: (title, docNo, publishedOn) => `依据：《${title}》（${docNo}，${publishedOn}发布）`,
    history: (docNos) => `历次通知：${docNos.join('；')}`,
  },
  en: {
    weekdays: WEEKDAY_NAMES.en,
    provisional: [' (provisional)', 'Provisional: projected; the State Council has not published the notice yet, and its notice prevails.'],
    summary: (e) => `${e.block.name.en}: ${e.kind === 'makeup_workday' ? 'make-up working day' : e.days.length > 1 ? 'days off' : 'day off'}`,
    days: (e, weekday) =>
      e.kind === 'makeup_workday'
        ? `${e.days[0]} (${weekday}) is a working day.`
        : e.days.length > 1
          ? `Days off from ${e.days[0]} to ${e.days.at(-1)}, ${e.days.length} days.`
          : `${e.days[0]} (${weekday}) is a day off.`,
    source: (title, docNo, publishedOn) => `Source: ${title} (${docNo}, published ${publishedOn})`,
    history: (docNos) => `Notices, oldest first: ${docNos.join('; ')}`,
  },
};

/**
 * The summary and description of an event in a language, naming the holiday, the days and the notice; a projected
 * event says so in both.
 *
 * @param event - A rest run or a make-up day.
 * @param language - `'zh'` or `'en'`.
 * @returns Plain text, not yet escaped for iCalendar.
 * @example
 * ```ts
 * const [makeup] = listHolidayEvents(undefined, { from: '2021-10-09', to: '2021-10-09' }, ['from', 'to']).events;
 * describeEvent(makeup, 'zh').summary; //=> '国庆节 调休上班'
 * ```
 */
export function describeEvent(event: HolidayEvent, language: Language): EventText {
  const words = WORDS[language];
  const { notice } = event;
  const { history } = event.block;
  const weekday = words.weekdays[isoWeekday(parseIsoDay(event.days[0] as string)) - 1] as string;
  const [suffix, provisionalLine] = words.provisional;
  const lines = [words.days(event, weekday), words.source(notice.title, notice.docNo, notice.publishedOn), notice.url];
  if (history.length > 1) lines.push(words.history(history.map((n) => n.docNo)));
  if (event.provisional) lines.unshift(provisionalLine);
  return { summary: `${words.summary(event)}${event.provisional ? suffix : ''}`, description: lines.join('\n') };
}
