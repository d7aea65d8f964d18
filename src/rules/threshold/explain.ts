import { capitalise, groupThousands, percentOfFraction } from '../text/explainWords.js';
import type { Language } from '../../_internal/locale.js';
import type { ThresholdResult, ThresholdTraceStep } from './resultSchema.js';
import type { BilingualText } from '../../_internal/bilingualText.js';
import type { ThresholdRule } from './definitionSchema.js';

function pick(text: BilingualText, locale: Language): string {
  return locale === 'zh' ? text.zh : text.en;
}

/** A decimal input's value with its unit: `'1,000,000.00元'`, `'160.00 kVA'`, `'2次'`; English counts go bare (`'2'`), which reads right for one and many. */
function quantity(rule: ThresholdRule, name: string, value: string, locale: Language): string {
  const spec = rule.inputs[name];
  if (spec?.type !== 'decimal') return value;
  if (locale === 'zh') return `${groupThousands(value)}${spec.unit.zh}`;
  return spec.decimals === 0 ? groupThousands(value) : `${groupThousands(value)} ${spec.unit.en}`;
}

/**
 * Explains a threshold result: the compared quantity (for a ratio, with its two amounts), the limit that applies and
 * why, and the verdict with the shortfall (for a ratio, also in the numerator's unit).
 *
 * @param rule - The rule the result came from.
 * @param result - A threshold result (its trace adds the amounts and the limit's condition).
 * @param locale - The language.
 * @returns The explanation.
 *
 * @example
 * ```ts
 * explainThreshold(getRule('m28-low-risk-inspections'), result, 'en'); //=> 'The number of quality and safety inspections is 2; it must be at most 1: not met, 1 over.'
 * ```
 */
export function explainThreshold(rule: ThresholdRule, result: ThresholdResult, locale: Language): string {
  const zh = locale === 'zh';
  if (result.status === 'not_applicable' && rule.applicability) {
    return zh ? `不适用：${rule.applicability.label.zh}。` : `Not applicable: ${rule.applicability.label.en}.`;
  }
  const step = <T extends ThresholdTraceStep['type']>(type: T) => result.trace.find((s): s is Extract<ThresholdTraceStep, { readonly type: T }> => s.type === type);
  const inputs = step('inputs')?.values;
  const limitLabel = rule.limits[step('limit')?.index ?? -1]?.label;
  const { subject } = rule;
  const atLeast = rule.comparison === 'at_least';
  const ratio = !('input' in subject);
  const show = (value: string): string => (ratio ? percentOfFraction(value) : quantity(rule, subject.input, value, locale));
  let basis = '';
  if (!('input' in subject) && inputs) {
    const part = (name: string): string => {
      const spec = rule.inputs[name];
      return `${spec ? pick(spec.label, locale) : name}${zh ? '' : ' '}${quantity(rule, name, String(inputs[name]), locale)}`;
    };
    basis = zh ? `（${part(subject.numerator)} ÷ ${part(subject.denominator)}）` : ` (${part(subject.numerator)} ÷ ${part(subject.denominator)})`;
  }
  const why = limitLabel ? (zh ? `（${limitLabel.zh}）` : ` (${limitLabel.en})`) : '';
  const shortfall = result.shortfall === undefined ? '' : show(result.shortfall);
  const numerator = 'input' in subject ? undefined : rule.inputs[subject.numerator];
  const amounts =
    result.requiredAmount !== undefined && result.shortfallAmount !== undefined && !('input' in subject) && numerator
      ? { name: pick(numerator.label, locale), required: quantity(rule, subject.numerator, result.requiredAmount, locale), gap: quantity(rule, subject.numerator, result.shortfallAmount, locale) }
      : undefined;
  if (zh) {
    const verdict =
      result.status === 'met'
        ? '达标'
        : `未达标，${atLeast ? '还差' : '超出'}${shortfall}${amounts ? `；${amounts.name}${atLeast ? '至少' : '至多'}应为${amounts.required}，${atLeast ? '还差' : '超出'}${amounts.gap}` : ''}`;
    return `${subject.label.zh}为${show(result.actual)}${basis}，要求${atLeast ? '不低于' : '不超过'}${show(result.required)}${why}：${verdict}。`;
  }
  const verdict =
    result.status === 'met'
      ? 'met'
      : `not met, ${shortfall} ${atLeast ? 'short' : 'over'}${amounts ? `; the ${amounts.name} must be ${atLeast ? 'at least' : 'at most'} ${amounts.required}, ${amounts.gap} ${atLeast ? 'more' : 'less'}` : ''}`;
  return `${capitalise(subject.label.en)} is ${show(result.actual)}${basis}; it must be ${atLeast ? 'at least' : 'at most'} ${show(result.required)}${why}: ${verdict}.`;
}
