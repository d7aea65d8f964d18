import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/rules/index.js';
import { checkZeroInvestment, labelOf, type ZeroInvestmentProject } from '../../src/utilities/index.js';
import { untyped } from '../fixtures/untyped.js';

const SMALL: ZeroInvestmentProject = { withinUrbanConstructionLand: true, customerCost: '0', capacityKva: '160', enterpriseSize: 'small', customerInvestment: '0.00' };

describe('checkZeroInvestment', () => {
  it('gives both measure-7 results exactly as evaluate does on the project’s fields', () => {
    for (const project of [SMALL, { ...SMALL, customerCost: '1200.50' }, { ...SMALL, capacityKva: 160.01, customerInvestment: 35000 }]) {
      const { withinUrbanConstructionLand, customerCost, capacityKva, enterpriseSize, customerInvestment } = project;
      expect(checkZeroInvestment(project).results).toEqual({
        'm07-no-outside-redline-cost': evaluate('m07-no-outside-redline-cost', { withinUrbanConstructionLand, customerCost }),
        'm07-electricity-zero-investment': evaluate('m07-electricity-zero-investment', { capacityKva, enterpriseSize, customerInvestment }),
      });
    }
  });

  it('is not met when either rule is not, met when one is and the other does not apply, not applicable when neither applies', () => {
    expect(checkZeroInvestment(SMALL).status).toBe('met');
    expect(checkZeroInvestment({ ...SMALL, customerInvestment: '1.00' }).status).toBe('not_met');
    expect(checkZeroInvestment({ ...SMALL, customerCost: '1.00', enterpriseSize: 'large' }).status).toBe('not_met');
    expect(checkZeroInvestment({ ...SMALL, enterpriseSize: 'medium', customerInvestment: '9.00' }).status).toBe('met');
    expect(checkZeroInvestment({ ...SMALL, withinUrbanConstructionLand: false, enterpriseSize: 'large' }).status).toBe('not_applicable');
  });

  it('reports every problem of the project at once at its path, unknown fields included', () => {
    try {
      checkZeroInvestment(untyped({ ...SMALL, customerCost: '-1', enterpriseSize: 'tiny', capacity: 100 }));
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_FACTS', message: expect.stringMatching(/^Invalid zero-investment project: /) as unknown });
      expect((error as { details: { issues: { path: string[] }[] } }).details.issues.map((i) => i.path.join('.'))).toEqual(['customerCost', 'enterpriseSize', 'capacity']);
    }
  });

  it('has the kind of both its rules, which says how to read its status', () => {
    const check = checkZeroInvestment({ withinUrbanConstructionLand: true, customerCost: '0', capacityKva: '160', enterpriseSize: 'micro', customerInvestment: '0' });
    expect(check.kind).toBe('threshold');
    expect(check.status).toBe('met');
    expect(labelOf(check.status, 'zh', check.kind)).toBe('达标');
  });
});
