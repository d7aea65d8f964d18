import type { ThresholdRule } from './definitionSchema.js';

/**
 * The hot-path reader of a threshold rule's facts: reads the common shape (a plain object with every input, decimals
 * as plain strings of at most 15 whole digits, booleans, enum values) without zod. It accepts only what the rule's
 * facts schema accepts, whose output is the same values; on anything else it gives `undefined` and the caller falls
 * back to zod for the full report.
 *
 * @param inputs - The rule's inputs.
 * @returns The reader.
 *
 * @example
 * ```ts
 * thresholdFactsReader(getRule('m15-prepayment-ratio').inputs)({ contractAmount: '100.00', prepaymentAmount: '30.00', supplierIsSme: false }); //=> { contractAmount: '100.00', prepaymentAmount: '30.00', supplierIsSme: false }
 * ```
 */
export function thresholdFactsReader(inputs: ThresholdRule['inputs']): (facts: unknown) => Readonly<Record<string, unknown>> | undefined {
  const checks = Object.entries(inputs).map(([name, spec]): readonly [string, (value: unknown) => boolean] => {
    if (spec.type === 'boolean') return [name, (v) => typeof v === 'boolean'];
    if (spec.type === 'enum') return [name, (v) => typeof v === 'string' && spec.values.includes(v)];
    const pattern = new RegExp(`^\\d{1,15}${spec.decimals === 0 ? '' : `(?:\\.\\d{1,${spec.decimals}})?`}$`);
    return [name, (v) => typeof v === 'string' && pattern.test(v) && (!spec.positive || /[1-9]/.test(v))];
  });
  const count = checks.length;
  return (facts) => {
    if (typeof facts !== 'object' || facts === null) return undefined;
    const proto: unknown = Object.getPrototypeOf(facts);
    if (proto !== Object.prototype && proto !== null) return undefined;
    // An object with a plain prototype (checked just above): its fields can be read by name.
    const record = facts as Readonly<Record<string, unknown>>;
    let keys = 0;
    for (const key in record) {
      if (!Object.hasOwn(inputs, key)) return undefined;
      keys++;
    }
    if (keys !== count) return undefined;
    for (const [name, check] of checks) if (!check(record[name])) return undefined;
    return record;
  };
}
