import { describe, expect, it } from 'vitest';
import { evaluate, type BuiltInRuleId, type FactsOfId, type ThresholdResult } from '../../../src/index.js';

function threshold<const Id extends BuiltInRuleId>(id: Id, facts: FactsOfId<Id>): ThresholdResult {
  return evaluate(id, facts) as ThresholdResult;
}

describe('m15-prepayment-ratio: at least 30%, 50% for an SME, compared exactly', () => {
  const contract = '1000000.00';

  it('is not met at 29.99%, with the required amount and the shortfall in yuan', () => {
    expect(threshold('m15-prepayment-ratio', { contractAmount: contract, prepaymentAmount: '299900.00', supplierIsSme: false })).toMatchObject({
      status: 'not_met',
      actual: '0.299900',
      required: '0.300000',
      shortfall: '0.000100',
      requiredAmount: '300000.00',
      shortfallAmount: '100.00',
    });
  });

  it('is met at exactly 30.00% and at 30.01%', () => {
    const exact = threshold('m15-prepayment-ratio', { contractAmount: contract, prepaymentAmount: '300000.00', supplierIsSme: false });
    expect(exact).toMatchObject({ status: 'met', actual: '0.300000', requiredAmount: '300000.00' });
    expect(exact).not.toHaveProperty('shortfall');
    expect(exact).not.toHaveProperty('shortfallAmount');
    expect(threshold('m15-prepayment-ratio', { contractAmount: contract, prepaymentAmount: '300100.00', supplierIsSme: false })).toMatchObject({
      status: 'met',
      actual: '0.300100',
    });
  });

  it('is not met at 29.999%, which a 6-decimal ratio never rounds up to 30%', () => {
    expect(threshold('m15-prepayment-ratio', { contractAmount: '100000.00', prepaymentAmount: '29999.00', supplierIsSme: false })).toMatchObject({
      status: 'not_met',
      actual: '0.299990',
      requiredAmount: '30000.00',
      shortfallAmount: '1.00',
    });
    // One fen short of 30% of 333.33: 99.99 / 333.33 = 0.2999729…, shown rounded down.
    expect(threshold('m15-prepayment-ratio', { contractAmount: '333.33', prepaymentAmount: '99.99', supplierIsSme: false })).toMatchObject({
      status: 'not_met',
      actual: '0.299972',
      requiredAmount: '100.00',
      shortfallAmount: '0.01',
    });
  });

  it('rounds the required amount up to the fen (333.33 × 30% = 99.999 → 100.00)', () => {
    expect(threshold('m15-prepayment-ratio', { contractAmount: '333.33', prepaymentAmount: '100.00', supplierIsSme: false })).toMatchObject({
      status: 'met',
      actual: '0.300003',
      requiredAmount: '100.00',
    });
  });

  it('requires 50% from an SME supplier: one fen short is not met', () => {
    expect(threshold('m15-prepayment-ratio', { contractAmount: contract, prepaymentAmount: '499999.99', supplierIsSme: true })).toMatchObject({
      status: 'not_met',
      required: '0.500000',
      requiredAmount: '500000.00',
      shortfallAmount: '0.01',
    });
    const met = threshold('m15-prepayment-ratio', { contractAmount: contract, prepaymentAmount: '500000.00', supplierIsSme: true });
    expect(met).toMatchObject({ status: 'met', required: '0.500000' });
    expect(met.trace).toContainEqual({ type: 'limit', index: 0, value: '0.50' });
  });

  it('takes finite numbers as decimals, read as written', () => {
    expect(threshold('m15-prepayment-ratio', { contractAmount: 1000000, prepaymentAmount: 300000, supplierIsSme: false }).status).toBe('met');
    expect(threshold('m15-prepayment-ratio', { contractAmount: 0.1, prepaymentAmount: 0.03, supplierIsSme: false })).toMatchObject({ status: 'met', actual: '0.300000' });
    expect(threshold('m15-prepayment-ratio', { contractAmount: 1e21, prepaymentAmount: 3e20, supplierIsSme: false })).toMatchObject({
      status: 'met',
      requiredAmount: '300000000000000000000.00',
    });
  });
});

describe('m07-electricity-zero-investment: ≤ 160 kVA and a small or micro enterprise', () => {
  it('applies at 160 kVA exactly (及以下 includes 160) and not at 160.01', () => {
    expect(threshold('m07-electricity-zero-investment', { capacityKva: '160', enterpriseSize: 'small', customerInvestment: '0.00' })).toMatchObject({
      status: 'met',
      actual: '0.00',
      required: '0.00',
    });
    expect(threshold('m07-electricity-zero-investment', { capacityKva: 160.01, enterpriseSize: 'small', customerInvestment: '5000.00' }).status).toBe('not_applicable');
  });

  it('does not apply to medium or large enterprises', () => {
    for (const enterpriseSize of ['medium', 'large'] as const) {
      expect(threshold('m07-electricity-zero-investment', { capacityKva: 100, enterpriseSize, customerInvestment: 0 }).status).toBe('not_applicable');
    }
  });

  it('is not met when a micro enterprise pays anything outside the red line', () => {
    expect(threshold('m07-electricity-zero-investment', { capacityKva: 80, enterpriseSize: 'micro', customerInvestment: '0.01' })).toMatchObject({
      status: 'not_met',
      actual: '0.01',
      shortfall: '0.01',
    });
  });
});

describe('m07-no-outside-redline-cost', () => {
  it('is met at 0, not met above 0, and not applicable outside urban construction land', () => {
    expect(threshold('m07-no-outside-redline-cost', { withinUrbanConstructionLand: true, customerCost: '0.00' }).status).toBe('met');
    expect(threshold('m07-no-outside-redline-cost', { withinUrbanConstructionLand: true, customerCost: '1200.50' })).toMatchObject({ status: 'not_met', shortfall: '1200.50' });
    expect(threshold('m07-no-outside-redline-cost', { withinUrbanConstructionLand: false, customerCost: '1200.50' }).status).toBe('not_applicable');
  });
});

describe('counts of at most one', () => {
  it('m28-low-risk-inspections: 1 inspection is met, 2 are not', () => {
    expect(threshold('m28-low-risk-inspections', { inspections: 1 })).toMatchObject({ status: 'met', actual: '1', required: '1' });
    expect(threshold('m28-low-risk-inspections', { inspections: '2' })).toMatchObject({ status: 'not_met', actual: '2', shortfall: '1' });
    expect(threshold('m28-low-risk-inspections', { inspections: 0 }).status).toBe('met');
  });

  it('m27 and m29: one survey, one connection, one report', () => {
    expect(threshold('m27-low-risk-water-single-survey', { surveys: 2 }).status).toBe('not_met');
    expect(threshold('m27-low-risk-water-single-connection', { connections: 1 }).status).toBe('met');
    expect(threshold('m29-single-survey-report', { reports: 1 }).status).toBe('met');
    expect(threshold('m29-single-survey-report', { reports: 5 })).toMatchObject({ status: 'not_met', shortfall: '4' });
  });
});

describe('m21-licensing-intermediary-services-online: all items (100%)', () => {
  it('is met with every item on the market and not met with one missing', () => {
    expect(threshold('m21-licensing-intermediary-services-online', { onlineItems: 10, totalItems: 10 })).toMatchObject({ status: 'met', actual: '1.000000' });
    expect(threshold('m21-licensing-intermediary-services-online', { onlineItems: 9, totalItems: 10 })).toMatchObject({
      status: 'not_met',
      actual: '0.900000',
      requiredAmount: '10',
      shortfallAmount: '1',
    });
  });
});
