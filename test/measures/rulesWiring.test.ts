import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/measures/ruleIdsByMeasure.js', () => ({
  RULE_IDS_BY_MEASURE: Object.freeze({ 13: Object.freeze(['procurement.contract_signing']), 15: Object.freeze(['procurement.payment', 'procurement.prepayment']) }),
}));

const { getMeasure, listMeasures } = await import('../../src/measures/index.js');

describe('measure rules, with the rules module filled in', () => {
  it('copies each measure’s rule ids from RULE_IDS_BY_MEASURE', () => {
    expect(getMeasure(13).rules).toEqual(['procurement.contract_signing']);
    expect(getMeasure(15).rules).toEqual(['procurement.payment', 'procurement.prepayment']);
  });

  it('gives the other measures an empty frozen list', () => {
    expect(getMeasure(14).rules).toEqual([]);
    expect(Object.isFrozen(getMeasure(14).rules)).toBe(true);
  });

  it('lists the measures with rules and those without', () => {
    expect(listMeasures({ hasRules: true }).map((m) => m.number)).toEqual([13, 15]);
    expect(listMeasures({ hasRules: false })).toHaveLength(51);
    expect(listMeasures({ hasRules: true, topic: 'procurement' }).map((m) => m.id)).toEqual(['m13', 'm15']);
  });
});
