/**
 * A kind is a folder plus one line: this test adds a throw-away kind ("countdown": a number of days, and the facts say
 * how many were used) to the one list of kinds, src/rules/kinds.ts, and nothing else. Everything the engine does with
 * a kind then works for it through the public API: defineRule validates it, evaluate judges it, explain reads and words
 * its result, and a bad definition or result is refused as for the built-in kinds, which still work beside it.
 */
import { describe, expect, it, vi } from 'vitest';
import type * as zod from 'zod/mini';
import type * as kinds from '../../src/rules/kinds.js';
import { untyped } from '../fixtures/untyped.js';

vi.mock('../../src/rules/kinds.js', async (importOriginal) => {
  const z = await import('zod/mini');
  const { RULE_KINDS } = await importOriginal<typeof kinds>();
  const CountdownRuleSchema = z.strictObject({ id: z.string(), kind: z.literal('countdown'), days: z.int().check(z.gte(0)) });
  const CountdownResultSchema = z.object({ ruleId: z.string(), kind: z.literal('countdown'), status: z.enum(['met', 'missed']), left: z.int() });
  const UsedSchema = z.strictObject({ used: z.int().check(z.gte(0)) });
  type CountdownRule = zod.output<typeof CountdownRuleSchema>;
  const countdownKind = {
    kind: 'countdown',
    definitionSchema: CountdownRuleSchema,
    resultSchema: CountdownResultSchema,
    compile: (rule: CountdownRule) => ({
      rule,
      evaluate: (facts: unknown) => {
        const left = rule.days - UsedSchema.parse(facts).used;
        // Not one of the built-in kinds' result types, which `RuleResult` lists: the cast says so.
        return { ruleId: rule.id, kind: 'countdown', status: left >= 0 ? 'met' : 'missed', left, trace: [] };
      },
    }),
    explain: (_rule: CountdownRule, result: { readonly left: number }, locale: string) => (locale === 'zh' ? `还剩${String(result.left)}天。` : `${String(result.left)} days left.`),
  };
  // The one line a new kind adds.
  return { RULE_KINDS: [...RULE_KINDS, countdownKind] };
});

const { defineRule, evaluate, explain, RuleDefinitionSchema } = await import('../../src/index.js');

const definition: unknown = { id: 'countdown-10', kind: 'countdown', days: 10 };

describe('a throw-away kind, added by one line to the list of kinds', () => {
  it('is a rule definition: defineRule and RuleDefinitionSchema take it, and refuse a bad one', () => {
    expect(RuleDefinitionSchema.safeParse(definition).success).toBe(true);
    expect(defineRule(definition)).toEqual(definition);
    expect(() => defineRule({ id: 'countdown-bad', kind: 'countdown', days: -1 })).toThrow(expect.objectContaining({ code: 'INVALID_RULE' }));
  });

  it('is evaluated by its own compile', () => {
    const rule = defineRule(definition);
    expect(evaluate(rule, { used: 4 })).toEqual({ ruleId: 'countdown-10', kind: 'countdown', status: 'met', left: 6, trace: [] });
    expect(evaluate(rule, { used: 12 })).toMatchObject({ status: 'missed', left: -2 });
  });

  it('is explained by its own explain, after its own result schema read the result', () => {
    const rule = defineRule(definition);
    const result = evaluate(rule, { used: 4 });
    expect(explain(result, { rule })).toBe('还剩6天。');
    expect(explain(result, { rule, locale: 'en' })).toBe('6 days left.');
    expect(() => explain(untyped({ ...result, left: 'six' }), { rule })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('leaves the built-in kinds as they were', () => {
    expect(evaluate('m15-payment', { start: '2021-09-29', end: '2021-10-12' }).status).toBe('met');
  });
});
