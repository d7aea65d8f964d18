import { capitalise, countOf } from '../text/explainWords.js';
import type { Language } from '../../_internal/locale.js';
import type { AverageResult } from './resultSchema.js';
import type { AverageRule } from './definitionSchema.js';

/** `sum / count` to two decimals, rounded up, so that a mean over the limit never shows as equal to it. */
function meanText(mean: number, count: number): string {
  // mean = sum / count correctly rounded, so mean × count rounds back to the integer sum.
  const sum = Math.round(mean * count);
  const hundredths = Math.ceil((sum * 100) / count);
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}

/**
 * Explains an average result: the mean over the cases (with median, longest and how many were within the limit)
 * against the limit.
 *
 * @param rule - The rule the result came from.
 * @param result - An average result.
 * @param locale - The language.
 * @returns The explanation.
 *
 * @example
 * ```ts
 * explainAverage(getRule('m06-electricity-10kv-average'), result, 'en'); //=> '10 kV urban users (2 cases): mean 30.50 working days …'
 * ```
 */
export function explainAverage(rule: AverageRule, result: AverageResult, locale: Language): string {
  const { amount, unit } = rule.limit;
  const limit = countOf(amount, unit, locale);
  if (result.mean === null) {
    return locale === 'zh' ? `${rule.subject.zh}：没有案例，无法计算平均用时。` : `${rule.subject.en}: no cases, so no mean to compare with ${limit}.`;
  }
  const mean = meanText(result.mean, result.count);
  // Cases past the calendar's data are counted up to its last day: the figures are lower bounds.
  const atLeast = result.figuresAreLowerBounds === true;
  if (locale === 'zh') {
    const u = unit === 'working_days' ? '个工作日' : '天';
    if (atLeast) return `${rule.subject.zh}（共${result.count}例，部分案例超出日历数据范围，只计范围内的日期）${rule.action.zh}平均用时至少${mean}${u}，要求平均不超过${limit}：未达标。`;
    return `${rule.subject.zh}（共${result.count}例）${rule.action.zh}平均用时${mean}${u}（中位数${result.median}，最长${result.max}，${result.withinLimit}例不超过${limit}），要求平均不超过${limit}：${result.status === 'met' ? '达标' : '未达标'}。`;
  }
  const u = unit === 'working_days' ? 'working days' : 'calendar days';
  if (atLeast) return `${capitalise(rule.subject.en)} (${result.count} cases, some past the calendar's data, counted only up to its last day): mean at least ${mean} ${u} to ${rule.action.en}; the mean must be at most ${limit}: not met.`;
  return `${capitalise(rule.subject.en)} (${result.count} cases): mean ${mean} ${u} to ${rule.action.en} (median ${result.median}, longest ${result.max}, ${result.withinLimit} within ${limit}); the mean must be at most ${limit}: ${result.status === 'met' ? 'met' : 'not met'}.`;
}
