import { percentOfShare } from '../text/explainWords.js';
import type { Language } from '../../_internal/locale.js';
import { formatDay, formatLastDay } from '../text/formatDay.js';
import type { TargetResult } from './resultSchema.js';
import type { TargetRule } from './definitionSchema.js';

const STATUS = {
  zh: { achieved: '已达成', on_track: '进度正常', behind: '进度落后于时间', missed: '到期未达成' },
  en: { achieved: 'achieved', on_track: 'on track', behind: 'behind schedule', missed: 'missed' },
} as const;

/**
 * Explains a target result: the target and due date, the value reached, progress against the time gone, the status.
 *
 * @param rule - The rule the result came from.
 * @param result - A target result (its trace adds the as-of day and the baseline).
 * @param locale - The language.
 * @returns The explanation.
 *
 * @example
 * ```ts
 * explainTarget(getRule('m22-intermediary-purchasers'), result, 'zh'); //=> '目标：最迟于2021年12月31日（星期五，含当日）中介服务采购人入驻数达到200家。……'
 * ```
 */
export function explainTarget(rule: TargetRule, result: TargetResult, locale: Language): string {
  const step = result.trace[0];
  // The target date is the last day allowed: told with 含当日 / "that day included", never as 「X前」.
  const due = formatLastDay(result.due, locale);
  const status = STATUS[locale][result.status];
  // Rounded so that the figures never contradict the verdict: progress down; time gone up when behind or missed
  // (progress < time, so floor < ceil), down when on track (progress ≥ time, so floor ≥ floor).
  const progress = percentOfShare(result.progress, 'floor');
  const time = percentOfShare(result.expectedProgress, result.status === 'on_track' ? 'floor' : 'ceil');
  const atLeast = rule.direction === 'at_least';
  if (locale === 'zh') {
    const u = rule.unit.zh;
    const from = step?.baseline === undefined || atLeast ? '' : `（起始${step.baseline}${u}）`;
    return `目标：${due}${rule.subject.zh}${atLeast ? '达到' : '降至'}${result.target}${u}。截至${formatDay(result.asOf, 'zh')}为${result.value}${u}${from}，完成进度${progress}，时间进度${time}：${status}。`;
  }
  const from = step?.baseline === undefined || atLeast ? '' : ` (from ${step.baseline})`;
  return `Target: ${rule.subject.en}, ${atLeast ? 'at least' : 'down to'} ${result.target} ${due}. As of ${formatDay(result.asOf, 'en')}: ${result.value}${from}, ${progress} done with ${time} of the time gone: ${status}.`;
}
