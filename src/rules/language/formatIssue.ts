import { describeValue } from '../../_internal/describeValue.js';
import { LOCALES, languageOf, type Locale } from '../../_internal/locale.js';
import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import type { SchemaIssue } from '../../errors/ruleErrors.js';
import { issueText } from './issueText.js';

/**
 * One issue of an error's `details.issues` for the person who filled in the field, in Chinese or English: the
 * field by its name, then what is wrong with it. A form shows it next to the field the issue's `path` names.
 *
 * @param issue - An issue of an `INVALID_FACTS` or `INVALID_SCHEDULE` error (or a JSON copy of one).
 * @param locale - `'zh'` (default), `'zh-CN'` (the same) or `'en'`.
 * @returns The issue's text.
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT for an unknown locale or an issue without a `path` array.
 * @example
 * ```ts
 * formatIssue({ path: ['pauses', 0, 'from'], message: 'must not be after `to`', code: 'custom', params: { reason: 'after', field: 'to' } });
 * //=> '中止计时期间第1项的起始日：不能晚于结束日'
 * ```
 */
export function formatIssue(issue: SchemaIssue, locale: Locale = 'zh'): string {
  if (!LOCALES.includes(locale)) {
    throw new InvalidArgumentError(`\`locale\` is ${describeValue(locale)}; valid values are ${LOCALES.map((l) => `'${l}'`).join(', ')}.`, { argument: 'locale', value: describeValue(locale), valid: LOCALES });
  }
  const given: unknown = issue; // what a JavaScript caller passed, whatever the types say
  if (typeof given !== 'object' || given === null || !('path' in given) || !Array.isArray(given.path) || !('message' in given) || typeof given.message !== 'string') {
    throw new InvalidArgumentError(`\`issue\` must be an issue of an error's \`details.issues\` ({ path, message, code }), got ${describeValue(issue)}.`, { argument: 'issue', value: describeValue(issue), zh: { expected: '错误的 details.issues 中的一项（{ path, message, code }）' } });
  }
  return issueText(issue, languageOf(locale));
}
