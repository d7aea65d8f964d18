import type { ExplainLocale } from '../rules/index.js';
import { UsageError } from './UsageError.js';

/** The language chosen by `--lang zh|en` (`zh-CN` is accepted for `zh`; default Chinese). */
export function explainLocale(lang: string | undefined): ExplainLocale {
  if (lang === undefined || lang === 'zh' || lang === 'zh-CN') return 'zh-CN';
  if (lang === 'en') return 'en';
  throw new UsageError(`--lang is ${JSON.stringify(lang)}; valid values are zh (or zh-CN) and en.`);
}
