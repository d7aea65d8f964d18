import type { ExplainLocale } from '../rules/formatDay.js';
import { UsageError } from './UsageError.js';

/** The explanation locale chosen by `--lang zh|en` (default zh). */
export function explainLocale(lang: string | undefined): ExplainLocale {
  if (lang === undefined || lang === 'zh' || lang === 'zh-CN') return 'zh-CN';
  if (lang === 'en') return 'en';
  throw new UsageError(`--lang is ${JSON.stringify(lang)}; valid values are zh and en.`);
}
