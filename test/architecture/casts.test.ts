import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The folders of src/ whose casts this test reads (src/rules, src/procurement, src/utilities and src/sql have their own). */
const FOLDERS = ['src/cli', 'src/calendar', 'src/_internal', 'src/measures', 'src/errors'];

/** A type assertion other than `as const`: `as unknown`, `as never`, `as readonly …`, `as SomeType`. */
const CAST = /\bas (?:unknown|never|readonly|[A-Z][A-Za-z]*[a-z][A-Za-z<>[\]]*)\b/u;

/** Every .ts file under `folder`. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(folder, name));
}

/** The casts of a file's code (comment lines left out) with no `//` comment on their line or the three lines above. */
function unexplainedCasts(file: string): string[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  return lines.flatMap((line, i) => {
    const code = line.trim();
    if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*') || !CAST.test(code)) return [];
    const explained = lines.slice(Math.max(0, i - 3), i + 1).some((l) => l.includes('//'));
    return explained ? [] : [`${file}:${i + 1}: ${code}`];
  });
}

describe('casts outside the rules, the façades and the SQL', () => {
  it('each say why, in a comment, the types cannot carry the value', () => {
    expect(FOLDERS.flatMap(sourceFiles).flatMap(unexplainedCasts)).toEqual([]);
  });

  it('are found by the pattern this test reads them with', () => {
    expect(['x as never', 'x as unknown as number', 'x as readonly string[]', 'x as Calendar'].every((c) => CAST.test(c))).toBe(true);
    expect(['[1] as const', 'such as 2027', 'the same as before'].some((c) => CAST.test(c))).toBe(false);
  });
});
