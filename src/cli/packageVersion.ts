import { readFileSync } from 'node:fs';

/**
 * The version of the installed package, from its package.json: next to `dist/` for the built CLI (`dist/cli.js`),
 * two levels up from the source (`src/cli/`).
 *
 * @internal
 */
export function packageVersion(): string {
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      const json = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as { name?: unknown; version?: unknown };
      if (json.name === 'yingshang' && typeof json.version === 'string') return json.version;
    } catch {
      // Not this one: try the next.
    }
  }
  return 'unknown';
}
