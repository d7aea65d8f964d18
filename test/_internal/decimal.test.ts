import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareDecimals,
  decimalOfNumber,
  divideDecimals,
  formatDecimal,
  multiplyDecimals,
  parseDecimal,
  roundDecimal,
  subtractDecimals,
  toDecimal,
} from '../../src/_internal/decimal.js';

const d = (text: string) => toDecimal(text);

describe('exact decimals', () => {
  it('reads plain numerals and nothing else', () => {
    expect(parseDecimal('1000000.00')).toEqual({ units: 100000000n, scale: 2 });
    expect(parseDecimal('-0.5')).toEqual({ units: -5n, scale: 1 });
    for (const bad of ['', '.5', '5.', '1e3', '+1', ' 1', '1,000', '０']) expect(parseDecimal(bad)).toBeUndefined();
  });

  it('reads a number as its shortest round-trip text', () => {
    expect(decimalOfNumber(0.1)).toEqual({ units: 1n, scale: 1 });
    expect(decimalOfNumber(0.1 + 0.2)).toEqual({ units: 30000000000000004n, scale: 17 });
    expect(decimalOfNumber(1e21)).toEqual({ units: 10n ** 21n, scale: 0 });
    expect(decimalOfNumber(1.5e-7)).toEqual({ units: 15n, scale: 8 });
    expect(decimalOfNumber(-0)).toEqual({ units: 0n, scale: 0 });
    expect(decimalOfNumber(Number.NaN)).toBeUndefined();
    expect(() => toDecimal(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('compares across scales', () => {
    expect(compareDecimals(d('0.30'), d('0.3'))).toBe(0);
    expect(compareDecimals(d('0.2999999'), d('0.3'))).toBe(-1);
    expect(compareDecimals(d('160.01'), d('160'))).toBe(1);
  });

  it('rounds and divides toward −∞ or +∞', () => {
    expect(formatDecimal(roundDecimal(d('99.999'), 2, 'ceil'))).toBe('100.00');
    expect(formatDecimal(roundDecimal(d('99.999'), 2, 'floor'))).toBe('99.99');
    expect(formatDecimal(roundDecimal(d('-0.005'), 2, 'floor'))).toBe('-0.01');
    expect(formatDecimal(roundDecimal(d('-0.005'), 2, 'ceil'))).toBe('0.00');
    expect(formatDecimal(divideDecimals(d('1'), d('3'), 6, 'floor'))).toBe('0.333333');
    expect(formatDecimal(divideDecimals(d('1'), d('3'), 6, 'ceil'))).toBe('0.333334');
    expect(formatDecimal(divideDecimals(d('-1'), d('3'), 2, 'floor'))).toBe('-0.34');
    expect(formatDecimal(subtractDecimals(d('0.3'), d('0.2999')))).toBe('0.0001');
    expect(formatDecimal(multiplyDecimals(d('333.33'), d('0.30')))).toBe('99.9990');
  });

  it('formats what it parses', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.nat({ max: 8 }), (units, scale) => {
        const text = formatDecimal({ units, scale });
        expect(parseDecimal(text)).toEqual({ units, scale });
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('divides exactly: floor(a/b) × b ≤ a < (floor(a/b) + 1 ulp) × b', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), (a, b) => {
        const q = divideDecimals({ units: a, scale: 2 }, { units: b, scale: 2 }, 6, 'floor');
        expect(compareDecimals(multiplyDecimals(q, { units: b, scale: 2 }), { units: a, scale: 2 })).toBeLessThanOrEqual(0);
        expect(compareDecimals(multiplyDecimals({ units: q.units + 1n, scale: 6 }, { units: b, scale: 2 }), { units: a, scale: 2 })).toBe(1);
      }),
      { numRuns: 500, seed: 8 },
    );
  });
});
