import type { Language } from '../_internal/locale.js';
import { HOLIDAY_NAMES, type HolidayKey } from './holidayKeys.js';
import type { ScheduleIssue } from './findScheduleIssues.js';

/** A holiday arrangement of a year, as a person names it: `2027年国庆节+中秋节`. */
function arrangementZh(value: unknown): string {
  // An issue's value is what the schedule held; a key it names may be one the library does not know.
  const { year, keys } = (value ?? {}) as { readonly year?: number; readonly keys?: readonly string[] };
  return `${String(year)}年${(keys ?? []).map((key) => (Object.hasOwn(HOLIDAY_NAMES, key) ? HOLIDAY_NAMES[key as HolidayKey].zh : key)).join('、')}`;
}

/**
 * A problem of a schedule its shape cannot see (notice order, dates outside the year's window, make-up days on
 * weekdays, repeated or missing years, days two arrangements claim), in Chinese, from its `params`; `undefined` for
 * any other issue. The English words are the issue's `message`.
 *
 * @param issue - An issue of `findScheduleIssues`, `findOverlappingDays` or `createCalendar`.
 * @param language - The language.
 * @returns The words, without the path.
 *
 * @example
 * ```ts
 * scheduleIssueWords({ path: ['makeup', 0], message: '…', params: { reason: 'makeup_weekday', date: '2027-10-11' } }, 'zh');
 * //=> '2027-10-11是星期一至星期五中的一天：调休上班日应为星期六或星期日'
 * ```
 */
export function scheduleIssueWords(issue: ScheduleIssue, language: Language): string | undefined {
  const p = issue.params ?? {};
  if (language === 'en') return p['reason'] === undefined ? undefined : issue.message;
  const year = Number(p['year']);
  switch (p['reason']) {
    case 'notice_kind':
      return `应为${p['expected'] === 'schedule' ? '“安排”（schedule）' : '“调整”（amendment）'}：每年的第一份通知确定放假安排，之后的通知对其调整`;
    case 'notice_order':
      return `不能早于上一份通知的发布日${String(p['previous'])}：请按发布先后列出通知`;
    case 'outside_window':
      return `${String(p['date'])}不在${year}年放假安排的日期范围内（${year - 1}-12-01至${year + 1}-01-31）`;
    case 'makeup_weekday':
      return `${String(p['date'])}是星期一至星期五中的一天：调休上班日应为星期六或星期日`;
    case 'year_twice':
      return `${year}年出现了两次（另见第${Number(p['first']) + 1}项）`;
    case 'claimed_twice':
      return `${String(p['date'])}同时属于${arrangementZh(p['first'])}和${arrangementZh(p['second'])}两项放假安排`;
    case 'too_many':
      return `共${String(p['count'])}项，但每年最多一项，而放假安排只有${String(p['from'])}至${String(p['to'])}共${String(p['most'])}个年份`;
    case 'missing_years':
      return `所列年份应连续，但${(Array.isArray(p['years']) ? p['years'] : []).join('、')}年没有放假安排`;
  }
  return undefined;
}
