import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC_PATH, renderRulesDoc } from '../../scripts/generate/generateRulesDoc.js';

describe('docs/rules.md', () => {
  it('is up to date with the rules and their examples (regenerate with `tsx scripts/generate/generateRulesDoc.ts`)', () => {
    expect(readFileSync(new URL(`../../${DOC_PATH}`, import.meta.url), 'utf8')).toBe(renderRulesDoc());
  });
});
