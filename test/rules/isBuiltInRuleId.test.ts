import { describe, expect, it } from 'vitest';
import { getRule, isBuiltInRuleId, listRules } from '../../src/rules/index.js';

describe('isBuiltInRuleId', () => {
  it('is true for the id of every built-in rule, and getRule gives that rule', () => {
    for (const rule of listRules()) {
      const fromOutside: string = rule.id;
      expect(isBuiltInRuleId(fromOutside)).toBe(true);
      expect(getRule(fromOutside)).toBe(rule);
    }
  });

  it('is false for a near miss, which getRule refuses with UNKNOWN_RULE', () => {
    for (const nearMiss of ['m15-paymnet', 'm15-payment-', 'M15-payment', 'm15_payment', '']) {
      expect(isBuiltInRuleId(nearMiss)).toBe(false);
      expect(() => getRule(nearMiss)).toThrow(expect.objectContaining({ code: 'UNKNOWN_RULE' }));
    }
  });
});
