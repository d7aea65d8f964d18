import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULES } from '../../../src/rules/catalogue/builtInRules.js';
import type { ThresholdRule } from '../../../src/rules/threshold/definitionSchema.js';
import { thresholdFactsSchema } from '../../../src/rules/threshold/factsSchema.js';
import { thresholdFactsReader } from '../../../src/rules/threshold/factsReader.js';

describe('the fast threshold facts reader agrees with zod', () => {
  const value = fc.oneof(
    fc.constantFrom('1000000.00', '0.00', '0', '30', '300000.5', '1.005', '-1', '１', '1e5', '', '0.000001', 'small', 'micro', 'large'),
    fc.boolean(),
    fc.double(),
    fc.constant(undefined),
    fc.constant(null),
  );
  for (const rule of BUILT_IN_RULES.filter((r) => r.kind === 'threshold')) {
    it(`accepts only what the facts schema of ${rule.id} accepts, with the same values`, () => {
      const read = thresholdFactsReader(rule.inputs);
      const schema = thresholdFactsSchema(rule.inputs);
      const names = Object.keys(rule.inputs);
      const facts = fc.oneof(fc.dictionary(fc.constantFrom(...names, 'extra'), value), fc.record(Object.fromEntries(names.map((n) => [n, value]))), fc.anything());
      fc.assert(
        fc.property(facts, (input) => {
          const fast = read(input);
          if (fast === undefined) return;
          const slow = schema.safeParse(input);
          expect(slow.success).toBe(true);
          if (slow.success) expect(fast).toEqual(slow.data);
        }),
        { numRuns: 3000, seed: 113 },
      );
    });
  }

  for (const rule of BUILT_IN_RULES.filter((r) => r.kind === 'threshold')) {
    it(`on the common shape, accepts exactly what the facts schema of ${rule.id} accepts`, () => {
      const read = thresholdFactsReader(rule.inputs);
      const schema = thresholdFactsSchema(rule.inputs);
      // The common shape: every input, decimals as plain strings of at most 15 whole digits, booleans, enum values.
      const inputs: ThresholdRule['inputs'] = rule.inputs;
      const plain = Object.fromEntries(
        Object.entries(inputs).map(([name, spec]) => [
          name,
          spec.type === 'boolean'
            ? fc.boolean()
            : spec.type === 'enum'
              ? fc.oneof(fc.constantFrom(...spec.values), fc.constant('other'))
              : fc.oneof(fc.stringMatching(/^\d{1,15}(\.\d{1,3})?$/), fc.constantFrom('0', '0.00', '-1')),
        ]),
      );
      fc.assert(
        fc.property(fc.record(plain), (input) => {
          const slow = schema.safeParse(input);
          const fast = read(input);
          expect(fast !== undefined).toBe(slow.success);
          if (slow.success) expect(fast).toEqual(slow.data);
        }),
        { numRuns: 2000, seed: 113 },
      );
    });
  }
});
