import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupThousands } from '../../../src/rules/text/explainWords.js';

describe('groupThousands', () => {
  it('puts a comma every three digits of the whole part, keeping the sign and the decimals', () => {
    expect(['0', '999', '1000', '1000000.00', '-1234567.5', '12.345678', '-100'].map(groupThousands)).toEqual(['0', '999', '1,000', '1,000,000.00', '-1,234,567.5', '12.345678', '-100']);
  });

  it('groups like the textbook regular expression, for any decimal', () => {
    const textbook = (text: string): string => {
      const [whole = '', decimals] = text.split('.');
      const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
      return decimals === undefined ? grouped : `${grouped}.${decimals}`;
    };
    const decimal = fc.tuple(fc.boolean(), fc.stringMatching(/^\d{1,40}$/), fc.option(fc.stringMatching(/^\d{1,8}$/))).map(([negative, whole, fraction]) => `${negative ? '-' : ''}${whole}${fraction === null ? '' : `.${fraction}`}`);
    fc.assert(fc.property(decimal, (text) => groupThousands(text) === textbook(text)));
  });

  it('groups a number of a million digits in linear time', () => {
    const started = performance.now();
    const grouped = groupThousands('9'.repeat(1e6));
    expect(grouped.length).toBe(1e6 + Math.floor((1e6 - 1) / 3));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
