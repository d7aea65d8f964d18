import { describe, expect, it } from 'vitest';
import { ruleJsonSchemas } from '../../../scripts/build/emitRuleSchemas.js';
import { listRules } from '../../../src/rules/index.js';

describe('the JSON Schemas of yingshang/rules', () => {
  const schemas = ruleJsonSchemas();

  it('covers rule definitions, each kind’s facts and every built-in threshold rule', () => {
    const thresholds = listRules().filter((r) => r.kind === 'threshold').map((r) => `threshold-facts.${r.id}`);
    expect(Object.keys(schemas).sort()).toEqual(['average-facts', 'deadline-facts', 'fixed-date-facts', 'rule-definition', 'target-facts', ...thresholds].sort());
    for (const doc of Object.values(schemas)) {
      expect(doc['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(doc['title']).toEqual(expect.any(String));
    }
  });

  it('writes dates as strict strings and carries no zod-only markers', () => {
    const text = JSON.stringify(schemas);
    expect(text).not.toContain('readOnly');
    expect(text).not.toContain('{}');
    const start = (schemas['deadline-facts']?.['properties'] as Record<string, unknown>)['start'];
    expect(start).toMatchObject({ type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
  });

  it('keeps the amount precision of threshold facts in the pattern', () => {
    const amount = (schemas['threshold-facts.m15-prepayment-ratio']?.['properties'] as Record<string, { anyOf: unknown[] }>)['contractAmount'];
    expect(amount?.anyOf).toContainEqual({ type: 'string', pattern: '^\\d+(?:\\.\\d{1,2})?$' });
  });
});
