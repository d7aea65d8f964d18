import type { Language } from '../../_internal/locale.js';
import { STATUS_LABELS } from '../language/labels.js';
import { listOf } from './listOf.js';
import type { OutOfRangeResultOf } from '../schema/unjudgedResults.js';
import type { RuleDefinition } from '../ruleDefinitionSchema.js';

/** The missing years in words: `2027年`, `2026年、2027年`, `1990–2003年` (`2027`, `2026 and 2027`, `1990–2003`). */
function yearsText(years: readonly number[], locale: Language): string {
  const zh = locale === 'zh';
  // i ≥ 1 here.
  const consecutive = years.every((year, i) => i === 0 || year === (years[i - 1] as number) + 1);
  if (years.length > 3 && consecutive) return `${years[0]}–${years[years.length - 1]}${zh ? '年' : ''}`;
  return listOf(years.map((year) => (zh ? `${year}年` : `${year}`)), locale);
}

/**
 * The explanation of an `out_of_range` result for the person who reads it: the rule, by its name, cannot be judged
 * until the calendar has the public holidays of the missing years, which a State Council notice sets each year. No
 * API names: the developer's remedy (`createCalendar({ schedules })`…) is in the result's `message` and `details`.
 *
 * @param rule - The rule of the result.
 * @param result - The `out_of_range` result.
 * @param locale - The language.
 * @returns The explanation.
 * @example
 * ```ts
 * explainOutOfRange(getRule('m15-payment'), { ruleId: 'm15-payment', kind: 'deadline', status: 'out_of_range', code: 'CALENDAR_OUT_OF_RANGE', message: '…', years: [2027], details: {} }, 'en');
 * //=> 'Payment processing cannot be judged yet: the answer needs the public holidays of 2027, …'
 * ```
 */
export function explainOutOfRange(rule: RuleDefinition, result: Pick<OutOfRangeResultOf<string, string>, 'years'>, locale: Language): string {
  const years = result.years.length > 0 ? yearsText(result.years, locale) : undefined;
  if (locale === 'zh') {
    return `「${rule.name.zh}」${STATUS_LABELS.out_of_range.zh}：计算需要${years ?? '所需年份'}的放假安排（由国务院办公厅每年发布的放假通知规定），日历中尚无${years === undefined ? '这些' : '该年'}数据。相应通知补入日历后即可判断。`;
  }
  return `${rule.name.en} cannot be judged yet: the answer needs the public holidays of ${years ?? 'years'} (set each year by a notice of the General Office of the State Council), which the calendar does not have yet. It can be judged once that notice is added to the calendar.`;
}
