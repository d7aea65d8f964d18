import { describeValue } from '../../_internal/describeValue.js';
import { LOCALES, languageOf, type Locale } from '../../_internal/locale.js';
import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import type { RuleKind } from '../ruleResult.js';
import type { BilingualText } from '../../_internal/bilingualText.js';
import { LABELS, RULE_KIND_LABELS, STATUS_LABELS_BY_KIND, type LabelKey } from './labels.js';

/**
 * The word a person reads for a status, a kind of rule, a kind of day, a unit or a holiday, in Chinese or English:
 * the same words `explain`, the CLI and the web page use. A status means what it means for a deadline unless `kind`
 * names the kind of rule it belongs to (a threshold's `met` is 达标) or `'procurement'` (a record as a whole).
 *
 * @param key - A status (`'overdue'`), a kind of rule (`'threshold'`), a kind of day (`'makeup_workday'`), a unit
 *   (`'working_days'`) or a holiday key (`'national_day'`).
 * @param locale - `'zh'` (default), `'zh-CN'` (the same) or `'en'`.
 * @param kind - For a status: the kind of rule of the result, or `'procurement'` for a record's overall status.
 * @returns The label.
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT for an unknown key or locale.
 * @example
 * ```ts
 * labelOf('overdue', 'zh-CN'); //=> '已逾期'
 * labelOf('met', 'zh', 'threshold'); //=> '达标'
 * labelOf('makeup_workday', 'en'); //=> 'Make-up working day'
 * labelOf('national_day'); //=> '国庆节'
 * ```
 */
export function labelOf(key: LabelKey, locale: Locale = 'zh', kind?: RuleKind | 'procurement'): string {
  if (!LOCALES.includes(locale)) {
    throw new InvalidArgumentError(`\`locale\` is ${describeValue(locale)}; valid values are ${LOCALES.map((l) => `'${l}'`).join(', ')}.`, { argument: 'locale', value: describeValue(locale), valid: LOCALES });
  }
  // Every kind of rule is a valid kind (a deadline's statuses are the general words), and so is a procurement record.
  const known = typeof kind === 'string' && (Object.hasOwn(RULE_KIND_LABELS, kind) || Object.hasOwn(STATUS_LABELS_BY_KIND, kind));
  const byKind: Readonly<Record<string, BilingualText>> | undefined = known && Object.hasOwn(STATUS_LABELS_BY_KIND, kind) ? STATUS_LABELS_BY_KIND[kind] : undefined;
  if (kind !== undefined && !known) {
    const kinds = [...new Set([...Object.keys(RULE_KIND_LABELS), ...Object.keys(STATUS_LABELS_BY_KIND)])];
    throw new InvalidArgumentError(`\`kind\` is ${describeValue(kind)}; valid values are ${kinds.map((k) => `'${k}'`).join(', ')}.`, { argument: 'kind', value: describeValue(kind), valid: kinds });
  }
  // Only a string can name a label: any other key is looked up nowhere (an object would be turned into a string).
  const label = typeof key !== 'string' ? undefined : ((byKind !== undefined && Object.hasOwn(byKind, key) ? byKind[key] : undefined) ?? (Object.hasOwn(LABELS, key) ? LABELS[key] : undefined));
  if (label === undefined) {
    throw new InvalidArgumentError(`\`key\` is ${describeValue(key)}: not a status, kind of rule, kind of day, unit or holiday key.`, { argument: 'key', value: describeValue(key), zh: { expected: '状态、规则种类、日期种类、单位或节日的键' } });
  }
  return label[languageOf(locale)];
}
