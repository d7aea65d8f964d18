import type { Language } from '../../_internal/locale.js';
import type { RuleDefinition } from '../ruleDefinitionSchema.js';

/**
 * The explanation of a record's rule that has not started (`not_started` with `waitingFor`, from `checkProcurement`):
 * what it waits for, in the rule's own words — a deadline's trigger day, a threshold's missing input.
 *
 * @param rule - The rule of the result.
 * @param waitingFor - The record field that starts it.
 * @param locale - The language.
 * @returns The explanation.
 * @example
 * ```ts
 * explainNotStarted(getRule('m15-payment'), 'invoiceReceivedOn', 'en');
 * //=> 'Payment processing has not started: its period counts from the day the invoice was received, and the record has no such day yet.'
 * ```
 */
export function explainNotStarted(rule: RuleDefinition, waitingFor: string, locale: Language): string {
  const zh = locale === 'zh';
  if (rule.kind === 'deadline' && rule.timing === 'period') {
    const trigger = zh ? rule.trigger.zh : rule.trigger.en;
    return zh ? `「${rule.name.zh}」尚未开始：期限自${trigger}之日起算，记录中还没有这一日期。` : `${rule.name.en} has not started: its period counts from the day ${trigger}, and the record has no such day yet.`;
  }
  const input = rule.kind === 'threshold' && Object.hasOwn(rule.inputs, waitingFor) ? rule.inputs[waitingFor]?.label : undefined;
  if (input !== undefined) return zh ? `「${rule.name.zh}」尚未开始：记录中还没有${input.zh}。` : `${rule.name.en} has not started: the record has no ${input.en} yet.`;
  return zh ? `「${rule.name.zh}」尚未开始：记录中还没有判断所需的数据。` : `${rule.name.en} has not started: the record does not have what it needs yet.`;
}
