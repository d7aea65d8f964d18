import type { Language } from '../../_internal/locale.js';
import { BUILT_IN_RULES } from '../catalogue/builtInRules.js';
import type { BilingualText } from '../../_internal/bilingualText.js';

/** The fields of facts, records and schedules by their names in the API, as a person reads them. */
const FIELDS: Readonly<Record<string, BilingualText>> = {
  start: { zh: '起算日', en: 'start day' },
  end: { zh: '完成日', en: 'completion day' },
  asOf: { zh: '判断日', en: 'as-of day' },
  pauses: { zh: '中止计时期间', en: 'pause' },
  from: { zh: '起始日', en: 'first day' },
  to: { zh: '结束日', en: 'last day' },
  reason: { zh: '原因', en: 'reason' },
  value: { zh: '完成数', en: 'value' },
  baseline: { zh: '基数', en: 'baseline' },
  cases: { zh: '办件', en: 'case' },
  awardNoticeIssuedOn: { zh: '中标（成交）通知书发出日', en: 'day the award notice was issued' },
  contractSignedOn: { zh: '合同签订日', en: 'day the contract was signed' },
  performanceCompletedOn: { zh: '合同履行完毕日', en: 'day the contract was performed' },
  acceptanceOrganizedOn: { zh: '组织验收日', en: 'day the acceptance was organised' },
  invoiceReceivedOn: { zh: '收到发票日', en: 'day the invoice was received' },
  paymentProcessedOn: { zh: '办理支付日', en: 'day the payment was processed' },
  utility: { zh: '接入类型（水、电、气）', en: 'utility' },
  category: { zh: '接入类别', en: 'category' },
  acceptedOn: { zh: '受理日', en: 'day the application was accepted' },
  completedOn: { zh: '办结日', en: 'day it was completed' },
  schedules: { zh: '放假安排', en: 'schedules' },
  notices: { zh: '通知', en: 'notice' },
  holidays: { zh: '节日安排', en: 'holiday' },
  rest: { zh: '放假日期', en: 'rest days' },
  makeup: { zh: '调休上班日', en: 'make-up working day' },
  year: { zh: '年份', en: 'year' },
  publishedOn: { zh: '发布日', en: 'publication day' },
  kind: { zh: '类型', en: 'kind' },
  date: { zh: '日期', en: 'date' },
  n: { zh: '天数', en: 'number of days' },
};

let known: Readonly<Record<string, BilingualText>> | undefined;

/** The table, with the inputs of the built-in threshold rules (`contractAmount` → 合同金额), built on first use. */
function fields(): Readonly<Record<string, BilingualText>> {
  if (known !== undefined) return known;
  const table: Record<string, BilingualText> = { ...FIELDS };
  for (const rule of BUILT_IN_RULES) {
    if (rule.kind !== 'threshold') continue;
    // Every threshold input has a label; the rule's literal inputs type does not say so as one record.
    for (const [name, spec] of Object.entries(rule.inputs as Readonly<Record<string, { readonly label: BilingualText }>>)) table[name] ??= spec.label;
  }
  return (known = table);
}

/**
 * A path of facts, a record or a schedule as a person reads it: `pauses.0.from` → `中止计时期间第1项的起始日`
 * (`first day of pause 1`). A name the table does not know is kept as it is.
 *
 * @param path - The path.
 * @param language - The language.
 * @returns The words, or `''` for the root.
 *
 * @example
 * ```ts
 * fieldName(['pauses', 0, 'from'], 'zh'); //=> '中止计时期间第1项的起始日'
 * ```
 */
export function fieldName(path: readonly (string | number)[], language: Language): string {
  const table = fields();
  const parts: string[] = [];
  for (const segment of path) {
    if (typeof segment === 'number') {
      const last = parts.pop() ?? '';
      parts.push(language === 'zh' ? `${last}第${segment + 1}项` : `${last} ${segment + 1}`.trim());
    // Object.hasOwn has just said it is there.
    } else parts.push(Object.hasOwn(table, segment) ? (table[segment] as BilingualText)[language] : segment);
  }
  if (language === 'zh') return parts.join('的');
  return parts.reverse().join(' of ');
}
