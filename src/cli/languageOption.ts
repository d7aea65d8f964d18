import { languageOf, type Language } from '../rules/internal.js';
import { UsageError } from './UsageError.js';

/**
 * The language chosen by `--lang zh|zh-CN|en` (`zh-CN` is the same as `zh`; default Chinese).
 *
 * @internal
 */
export function languageOption(lang: string | undefined): Language {
  if (lang === undefined) return 'zh';
  if (lang === 'zh' || lang === 'zh-CN' || lang === 'en') return languageOf(lang);
  throw new UsageError(`--lang is ${JSON.stringify(lang)}; valid values are zh (or zh-CN) and en.`, `--lang 的值 ${JSON.stringify(lang)} 无效；可用的值：zh（或 zh-CN）、en。`);
}
