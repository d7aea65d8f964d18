import type { Language } from '../../_internal/locale.js';
import type { OutOfRangeResult } from '../engine/outOfRangeResult.js';

/**
 * The explanation of an `out_of_range` result: the rule cannot be judged until the calendar has the missing years.
 *
 * @example
 * ```ts
 * explainOutOfRange({ ruleId: 'm13-contract-signing', status: 'out_of_range', code: 'CALENDAR_OUT_OF_RANGE', message: '…', years: [2027] }, 'en');
 * // "Cannot be judged yet (m13-contract-signing): the answer needs the holidays of 2027, …"
 * ```
 */
export function explainOutOfRange(result: OutOfRangeResult, locale: Language): string {
  const years = result.years.length > 0 ? result.years : undefined;
  if (locale === 'zh') {
    const which = years ? `${years.join('、')}年` : '所需年份';
    return `暂无法判断（${result.ruleId}）：计算需要${which}的放假安排，日历尚无该年数据。可补充该年的国务院办公厅放假安排通知（createCalendar({ schedules })，命令行 --schedules），或按《全国年节及纪念日放假办法》推算（unpublishedYears: 'provisional'，命令行 --provisional）后再核对。`;
  }
  const which = years ? years.join(', ') : 'the years it needs';
  return `Cannot be judged yet (${result.ruleId}): the answer needs the holidays of ${which}, which the calendar has no notice for. Add that year's State Council notice (createCalendar({ schedules }), --schedules on the command line) or project it from the law (unpublishedYears: 'provisional', --provisional), then check again.`;
}
