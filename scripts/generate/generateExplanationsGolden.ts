/**
 * Writes the golden explanations: one explanation per built-in rule and status, in Chinese and in English, so that
 * any change to a text shows as a reviewed diff (test/rules/explanationsGolden.test.ts compares them).
 *
 * Usage: `npm run golden:explanations` (write, deliberately, after reading the diff) or with `--check` (exit 1 when stale).
 */
import { evaluate, explain } from '../../src/rules/index.js';
import { explanationCases } from './explanationCases.js';
import { runAsScript, writeGenerated } from './writeGenerated.js';

/** The golden files, relative to the package root. */
export const GOLDEN_PATHS = { 'zh-CN': 'test/rules/golden/explanations.zh.txt', en: 'test/rules/golden/explanations.en.txt' } as const;

/**
 * The golden text of one language: for each case a header line (rule, status, facts), its explanation, a blank line.
 * Each case is evaluated with a trace; the status must be the one the case is for.
 *
 * @param locale - The language.
 * @returns The file's content.
 */
export function renderExplanations(locale: 'zh-CN' | 'en'): string {
  const blocks = explanationCases().map(({ ruleId, status, facts }) => {
    const result = evaluate(ruleId, facts);
    if (result.status !== status) throw new Error(`${ruleId}: the facts ${JSON.stringify(facts)} give ${result.status}, not ${status}.`);
    return `## ${ruleId} · ${status} · ${JSON.stringify(facts)}\n${explain(result, { locale })}\n`;
  });
  return blocks.join('\n');
}

/**
 * Writes (or with `check` compares) the golden explanations in both languages.
 *
 * @param check - Compare with the files on disk instead of writing them.
 * @returns `false` when checking and a file is stale.
 */
export function generateExplanationsGolden(check: boolean): boolean {
  const ok = (['zh-CN', 'en'] as const).map((locale) => writeGenerated(GOLDEN_PATHS[locale], renderExplanations(locale), { check, command: 'npm run golden:explanations' }));
  return ok.every(Boolean);
}

runAsScript(import.meta.url, generateExplanationsGolden);
