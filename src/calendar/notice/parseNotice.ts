import { readOptions } from '../../_internal/readOptions.js';
import { describeValue } from '../../_internal/describeValue.js';
import { parseInput } from '../../_internal/parseInput.js';
import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import { compileSchedule } from '../compileSchedule.js';
import { findOverlappingDays, findScheduleIssues, type ScheduleIssue } from '../findScheduleIssues.js';
import type { HolidayKey } from '../holidayKeys.js';
import { scheduleIssueWords } from '../scheduleIssueWords.js';
import { ScheduleYearSchema, type HolidayNotice, type ScheduleYear } from '../scheduleSchema.js';
import { builtInNoticesOf } from './builtInNoticesOf.js';
import { checkNoticeAgainstLaw } from './checkNoticeAgainstLaw.js';
import { invalidNotice } from './invalidNotice.js';
import { noticeMetadata } from './noticeMetadata.js';
import { projectionDifferences, type ProjectionDifference } from './projectionDifferences.js';
import { readNoticeItem, type BaseArrangement } from './readNoticeItem.js';
import { resolvedDays } from './resolvedDays.js';
import { splitNoticeText } from './splitNoticeText.js';
import { foldNoticeText } from './foldNoticeText.js';
import type { ParseNoticeOptions } from './parseNoticeOptions.js';

export type { ParseNoticeOptions } from './parseNoticeOptions.js';

/** What {@link parseNotice} returns. */
export interface ParsedNotice {
  /** The year in the seed shape (`seeds/calendar/cn/<year>.json`), ready for `createCalendar({ schedules })`. */
  readonly schedule: ScheduleYear;
  /**
   * The days where the notice and the provisional projection of its year (`unpublishedYears: 'provisional'`)
   * differ, ascending; `null` for a year the projection does not cover (before 2025 or after 2040).
   */
  readonly differencesFromProjection: readonly ProjectionDifference[] | null;
}

const NOTICE_OPTIONS = {
  year: { test: Number.isInteger, expected: { zh: '整数年份，如 2027', en: 'an integer year such as 2027' } },
  docNo: null,
  publishedOn: null,
  url: null,
  title: null,
  amends: null,
} as const;

/** Checks the options of `parseNotice`: only its own keys, and `year` an integer. */
function checkOptions(options: unknown): asserts options is ParseNoticeOptions {
  readOptions(options, NOTICE_OPTIONS, "{ url: 'https://…' }");
}

/** The schedule year: the option, the title's (关于2027年…), or the latest year written out in the items. */
function yearOf(flat: string, items: readonly string[], options: ParseNoticeOptions): number {
  if (options.year !== undefined) return options.year;
  const titled = /关于(?:调整|延长)?(\d{4})年/u.exec(flat);
  if (titled) return Number(titled[1]);
  const years = items.flatMap((item) => [...foldNoticeText(item).matchAll(/(\d{4})年\d{1,2}月\d{1,2}日/gu)].map((m) => Number(m[1])));
  if (years.length === 0) {
    throw invalidNotice(
      { en: 'the text does not say which year it arranges', zh: '文本没有写明安排的是哪一年' },
      { en: 'a title such as 「国务院办公厅关于2027年部分节假日安排的通知」, or the `year` option', zh: '形如「国务院办公厅关于2027年部分节假日安排的通知」的标题' },
    );
  }
  return Math.max(...years);
}

/** The sentence an issue of the schedule points at (its arrangement's quote), if any. */
function sentenceOf(schedule: ScheduleYear, issue: ScheduleIssue): string | undefined {
  const [notices, n, holidays, h] = issue.path;
  if (notices !== 'notices' || holidays !== 'holidays') return undefined;
  return schedule.notices[n as number]?.holidays[h as number]?.quote;
}

/** Validates the parsed year as `createCalendar({ schedules })` does; every problem is an INVALID_NOTICE error. */
function validate(schedule: ScheduleYear): ScheduleYear {
  const parsed = parseInput(ScheduleYearSchema, schedule, []);
  if (!parsed.success) {
    // A failed parse has at least one issue.
    const issue = parsed.issues[0] as ScheduleIssue;
    throw invalidNotice(
      { en: `${issue.path.join('.')}: ${issue.message}`, zh: `读出的放假安排不完整（${issue.path.join('.')}）` },
      { en: 'a notice whose fields fit the schedule shape (ScheduleYearSchema)', zh: '内容完整的放假通知' },
      sentenceOf(schedule, issue),
    );
  }
  const issue = findScheduleIssues([schedule], () => [])[0] ?? findOverlappingDays(compileSchedule(schedule))[0];
  if (issue) {
    throw invalidNotice(
      { en: issue.message, zh: scheduleIssueWords(issue, 'zh') ?? issue.message },
      { en: 'a schedule createCalendar({ schedules }) accepts', zh: '日期前后一致、可以加入日历的放假安排' },
      sentenceOf(schedule, issue),
    );
  }
  return parsed.data;
}

/**
 * Reads the text of a State Council holiday notice (国务院办公厅关于XXXX年部分节假日安排的通知: the whole notice as
 * published, or just its numbered items) into a schedule year in the seed shape, each holiday with its own sentence
 * as `quote`. It reads every form the notices have used since 2004 (「1月1日放假」, 「…至…放假调休，共3天」, dates in
 * the year before, 「与周末连休」, 「不调休」, merged 中秋节、国庆节 blocks, 「…（星期日）、…（周六）上班」, 「…补休」,
 * the 2015 纪念日 and 2020 延长 notices), in full- or half-width forms and with stray spaces and line breaks.
 *
 * The result is validated as `createCalendar({ schedules })` validates, and against 《全国年节及纪念日放假办法》 in
 * force that year: every statutory day of an arranged holiday is a rest day (and a whole notice arranges every
 * holiday), no make-up day is a weekday, no two blocks overlap. A weekday named beside a date must be right.
 *
 * @param text - The notice's text.
 * @param options - `year`, `docNo`, `publishedOn`, `url`, `title` where the text does not give them; `amends`: the
 *   schedule year an amendment amends.
 * @returns `{ schedule, differencesFromProjection }`.
 * @throws {@link InvalidNoticeError} INVALID_NOTICE naming the sentence and what was expected; never a partial schedule.
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT when `text` is not a string or `options` is malformed.
 * @example
 * ```ts
 * const { schedule, differencesFromProjection } = parseNotice('一、元旦：1月1日（周五）放假1天，不调休。', {
 *   year: 2027, title: '国务院办公厅关于2027年部分节假日安排的通知（示例）', docNo: 'EXAMPLE', publishedOn: '2026-11-01', url: 'https://example.org',
 * });
 * schedule.notices[0]?.holidays[0]?.rest; //=> [{ from: '2027-01-01', to: '2027-01-01' }]
 * differencesFromProjection?.[0]; //=> { date: '2027-01-02', notice: 'weekend', projection: 'holiday' }
 * parseNotice('一、元旦：2月30日放假。', { year: 2027, title: 'T', docNo: 'D', publishedOn: '2026-11-01', url: 'https://example.org' }); //=> throws INVALID_NOTICE
 * ```
 */
export function parseNotice(text: string, options: ParseNoticeOptions = {}): ParsedNotice {
  if (typeof text !== 'string') throw new InvalidArgumentError(`\`text\` must be the notice's text as a string, got ${describeValue(text)}.`, { argument: 'text', zh: { expected: '通知的文本（字符串）' } });
  checkOptions(options);
  const { flat, items } = splitNoticeText(text);
  if (items.length === 0) {
    throw invalidNotice(
      { en: 'no holiday item found', zh: '没有找到放假安排的条目' },
      {
        en: 'numbered items such as 「一、元旦：1月1日放假，共1天。」 (the text of a 国务院办公厅关于…年部分节假日安排的通知)',
        zh: '国务院办公厅关于某年部分节假日安排的通知的正文，含「一、元旦：1月1日放假，共1天。」这样的编号条目',
      },
    );
  }
  const lastItem = foldNoticeText(items[items.length - 1] as string);
  const afterAt = flat.lastIndexOf(lastItem);
  const header = noticeMetadata(flat, afterAt >= 0 ? flat.slice(afterAt + lastItem.length) : '', options);
  const year = yearOf(flat, items, options);
  const earlier = header.kind === 'amendment' ? (options.amends?.notices ?? builtInNoticesOf(year, header.publishedOn)) : [];
  if (options.amends !== undefined && options.amends.year !== year) {
    throw new InvalidArgumentError(`\`options.amends\` is the schedule of ${options.amends.year}, but the notice amends ${year}.`, {
      argument: 'options.amends',
      zh: { problem: `options.amends 是${options.amends.year}年的放假安排，而通知调整的是${year}年` },
    });
  }
  const before = earlier.length > 0 ? resolvedBase(year, earlier) : () => undefined;
  const notice: HolidayNotice = { ...header, holidays: items.map((quote) => readNoticeItem(quote, { year, title: header.title, baseOf: before })) };
  if (header.kind === 'amendment' && earlier.length === 0) {
    throw invalidNotice(
      { en: `an amendment of ${year}, but the schedule it amends is unknown`, zh: `这是对${year}年放假安排的调整，但被调整的放假安排未知` },
      { en: 'the schedule year as the `amends` option', zh: '先有该年的放假安排' },
    );
  }
  const schedule = validate({ year, notices: [...earlier, notice] });
  const days = resolvedDays(schedule);
  const wholeNotice = header.kind === 'schedule' && /关于\d{4}年部分节假日安排的通知/u.test(flat);
  checkNoticeAgainstLaw(schedule, days, wholeNotice);
  return { schedule, differencesFromProjection: projectionDifferences(year, days) };
}

/** The arrangement in force for each holiday before the amendment. */
function resolvedBase(year: number, notices: readonly HolidayNotice[]): (key: HolidayKey) => BaseArrangement | undefined {
  const days = compileSchedule({ year, notices: [...notices] });
  return (key) => {
    const arrangements = days.flatMap((n) => n.holidays).filter((h) => h.keys.includes(key));
    return arrangements[arrangements.length - 1];
  };
}
