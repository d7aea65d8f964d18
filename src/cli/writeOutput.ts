import type { CliIo } from './cliIo.js';

/**
 * Writes a command's result: one JSON document for `json`, one JSON line per item for `jsonl`,
 * or the text lines for people.
 *
 * @internal
 */
export function writeOutput(io: CliIo, format: 'text' | 'json' | 'jsonl', value: unknown, text: () => readonly string[]): void {
  if (format === 'json') io.stdout(`${JSON.stringify(value, null, 2)}\n`);
  else if (format === 'jsonl') for (const item of Array.isArray(value) ? value : [value]) io.stdout(`${JSON.stringify(item)}\n`);
  else io.stdout(`${text().join('\n')}\n`);
}
