import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntegerHistogram } from '../../../src/rules/batch/integerHistogram.js';

describe('IntegerHistogram', () => {
  it('gives the statistics of the sorted values, whether they are small, large or negative', () => {
    // Values on both sides of the histogram's dense range (0 … 1023) and of zero.
    const value = fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1000, max: 1100 }), fc.integer({ min: -50, max: 100_000 }));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 60 }), (values) => {
        const histogram = new IntegerHistogram();
        for (const v of values) histogram.add(v);
        const sorted = [...values].sort((a, b) => a - b);
        const n = sorted.length;
        const at = (rank: number): number => sorted[rank - 1] as number;
        expect(histogram.stats()).toEqual({
          count: n,
          mean: values.reduce((a, b) => a + b, 0) / n,
          median: n % 2 === 1 ? at((n + 1) / 2) : (at(n / 2) + at(n / 2 + 1)) / 2,
          // The nearest-rank 90th percentile: the value of rank ⌈0.9 n⌉.
          p90: at(Math.ceil((9 * n) / 10)),
          min: sorted[0],
          max: sorted[n - 1],
        });
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });

  it('has no statistics before the first value', () => {
    expect(new IntegerHistogram().stats()).toBeNull();
  });
});
