/**
 * Writes the golden messages: every error code's message on its representative cases (scripts/generate/messageCases.ts)
 * and every label, one file per language, so that any change to a text a person reads shows as a reviewed diff.
 * `npm run data:check` compares them.
 *
 * Usage: `npm run golden:messages` (write, deliberately, after reading the diff) or with `--check` (exit 1 when stale).
 */
import { formatError, LABELS, STATUS_LABELS_BY_KIND, labelOf, type LabelKey } from '../../src/rules/index.js';
import { errorOf, MESSAGE_CASES } from './messageCases.js';
import { runAsScript, writeGenerated } from './writeGenerated.js';

/** The golden files, relative to the package root. */
export const MESSAGES_GOLDEN_PATHS = { zh: 'test/rules/golden/messages.zh.txt', en: 'test/rules/golden/messages.en.txt' } as const;

/**
 * The golden text of one language: each case's header (code, what it is, who reads it) and message, then every label.
 *
 * @param locale - The language.
 * @returns The file's content.
 */
export function renderMessages(locale: 'zh' | 'en'): string {
  const errors = MESSAGE_CASES.map((c) => `## ${c.code} · ${c.title} · for ${c.audience === 'person' ? 'a person' : 'a developer'}\n${formatError(errorOf(c), locale)}\n`);
  const labels = (Object.keys(LABELS) as LabelKey[]).map((key) => `${key}: ${labelOf(key, locale)}`);
  const byKind = Object.entries(STATUS_LABELS_BY_KIND).flatMap(([kind, table]) =>
    Object.keys(table).map((status) => `${status} (${kind}): ${labelOf(status as LabelKey, locale, kind as never)}`),
  );
  return `${errors.join('\n')}\n# Labels\n${labels.join('\n')}\n\n# Labels of a status for a kind of rule\n${byKind.join('\n')}\n`;
}

/**
 * Writes (or with `check` compares) the golden messages in both languages.
 *
 * @param check - Compare with the files on disk instead of writing them.
 * @returns `false` when checking and a file is stale.
 */
export function generateMessagesGolden(check: boolean): boolean {
  const ok = (['zh', 'en'] as const).map((locale) => writeGenerated(MESSAGES_GOLDEN_PATHS[locale], renderMessages(locale), { check, command: 'npm run golden:messages' }));
  return ok.every(Boolean);
}

runAsScript(import.meta.url, generateMessagesGolden);
