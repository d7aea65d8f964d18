import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explanationCases } from '../../scripts/generate/explanationCases.js';
import { GOLDEN_PATHS, renderExplanations } from '../../scripts/generate/generateExplanationsGolden.js';
import { listRules } from '../../src/rules/index.js';

const STATUSES = {
  deadline: ['met', 'missed', 'pending', 'overdue', 'not_started'],
  threshold: ['met', 'not_met', 'not_applicable'],
  target: ['achieved', 'on_track', 'behind', 'missed'],
  average: ['met', 'not_met', 'no_data'],
} as const;

describe('golden explanations (regenerate deliberately with `npm run golden:explanations`, then review the diff)', () => {
  it.each(['zh-CN', 'en'] as const)('match %s word for word', (locale) => {
    expect(renderExplanations(locale)).toBe(readFileSync(new URL(`../../${GOLDEN_PATHS[locale]}`, import.meta.url), 'utf8'));
  });

  it('cover every built-in rule in every status it can have', () => {
    const covered = new Set(explanationCases().map((c) => `${c.ruleId} ${c.status}`));
    for (const rule of listRules()) {
      const expected = STATUSES[rule.kind].filter(
        (status) =>
          !(rule.kind === 'deadline' && rule.timing === 'fixed_date' && status === 'not_started') &&
          !(rule.kind === 'threshold' && status === 'not_applicable' && (rule as { readonly applicability?: unknown }).applicability === undefined),
      );
      for (const status of expected) expect(covered.has(`${rule.id} ${status}`), `${rule.id} ${status}`).toBe(true);
    }
  });
});
