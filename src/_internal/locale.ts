/**
 * The language of every text the library writes for a person (explanations, exports, error messages, labels):
 * `'zh'` or `'zh-CN'` (the same, Simplified Chinese) or `'en'`. One name and one type across the API: the option is
 * `locale` everywhere, the CLI's flag `--lang`.
 *
 * @example
 * ```ts
 * const locale: Locale = 'zh';
 * labelOf('overdue', locale); //=> '已逾期'
 * ```
 */
export type Locale = 'zh' | 'zh-CN' | 'en';

/** Every {@link Locale}, in the order messages list them. */
export const LOCALES: readonly Locale[] = Object.freeze(['zh', 'zh-CN', 'en'] as const);

/** A {@link Locale} resolved to one of the two languages the texts are written in. */
export type Language = 'zh' | 'en';

/**
 * The language a locale is written in: `'zh'` for `'zh'` and `'zh-CN'`, `'en'` for `'en'`.
 *
 * @example
 * ```ts
 * languageOf('zh-CN'); //=> 'zh'
 * ```
 */
export function languageOf(locale: Locale): Language {
  return locale === 'en' ? 'en' : 'zh';
}
