import type { Language } from '../../_internal/locale.js';
import type { OutOfRangeResult } from '../engine/outOfRangeResult.js';
import { ruleById } from '../catalogue/builtInRules.js';
import { STATUS_LABELS } from '../language/labels.js';
import { listOf } from './listOf.js';

/**
 * The explanation of an `out_of_range` result, for the person reading it: the rule (by its name) cannot be judged
 * until the calendar has the missing years, and what adds them. API names stay in the result's `message`, for developers.
 *
 * @example
 * ```ts
 * explainOutOfRange({ ruleId: 'm13-contract-signing', status: 'out_of_range', code: 'CALENDAR_OUT_OF_RANGE', message: '…', years: [2027] }, 'zh');
 * // '政府采购合同签订暂无法判断：计算需要2027年的放假安排，…'
 * ```
 */
export function explainOutOfRange(result: OutOfRangeResult, locale: Language): string {
  const years = result.years.length > 0 ? result.years : undefined;
  const name = ruleById.get(result.ruleId)?.name[locale];
  const status = STATUS_LABELS.out_of_range[locale];
  if (locale === 'zh') {
    const which = years ? listOf(years.map((y) => `${y}年`), 'zh') : '所需年份';
    return `${name ? `「${name}」` : '该规则'}${status}：计算需要${which}的放假安排，日历尚无该年的国务院办公厅通知。补充该年的放假通知，或按《全国年节及纪念日放假办法》推算（推算结果以正式通知为准）后，再核对一次。`;
  }
  const which = years ? listOf(years.map(String), 'en') : 'the years it needs';
  return `${name ?? 'This rule'} ${status.toLowerCase()}: the answer needs the holidays of ${which}, which the calendar has no State Council notice for. Add that year's notice, or project it from the statutory holidays (the projection gives way to the notice), then check again.`;
}
