import type { Language } from '../../_internal/locale.js';

/**
 * Items as a list in a sentence: `'2027、2028'` in Chinese, `'2027, 2028 and 2029'` in English.
 *
 * @param items - At least one item, in order.
 * @param locale - The language.
 * @returns The list.
 * @example
 * ```ts
 * listOf(['2027', '2028', '2029'], 'en'); //=> '2027, 2028 and 2029'
 * listOf(['2027年', '2028年'], 'zh'); //=> '2027年、2028年'
 * ```
 */
export function listOf(items: readonly string[], locale: Language): string {
  if (locale === 'zh' || items.length < 2) return items.join('、');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
