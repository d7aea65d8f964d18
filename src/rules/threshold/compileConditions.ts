import { compareDecimals, toDecimal, type Decimal } from '../../_internal/decimal.js';
import type { ThresholdCondition } from './definitionSchema.js';

/** Threshold input values after reading: exact decimals, booleans, enum strings. */
export type InputValues = Readonly<Record<string, Decimal | boolean | string>>;

function compileCondition(condition: ThresholdCondition): (values: InputValues) => boolean {
  const read = (values: InputValues): unknown => values[condition.input];
  if ('equals' in condition) return (values) => read(values) === condition.equals;
  // defineRule checked that a oneOf condition is on an enum input and a comparison on a decimal one.
  if ('oneOf' in condition) return (values) => condition.oneOf.includes(read(values) as string);
  const [bound, accept]: [string, (c: number) => boolean] =
    'atMost' in condition
      ? [condition.atMost, (c) => c <= 0]
      : 'atLeast' in condition
        ? [condition.atLeast, (c) => c >= 0]
        : 'lessThan' in condition
          ? [condition.lessThan, (c) => c < 0]
          : [condition.moreThan, (c) => c > 0];
  const limit = toDecimal(bound);
  // A comparison is on a decimal input (checked by defineRule).
  return (values) => accept(compareDecimals(read(values) as Decimal, limit));
}

/**
 * Turns conditions into one predicate that holds when all of them hold. Decimal comparisons are exact.
 *
 * @param conditions - Validated conditions (their inputs exist and fit the operator).
 * @returns The predicate.
 *
 * @example
 * ```ts
 * compileConditions([{ input: 'capacityKva', atMost: '160' }])({ capacityKva: { units: 16000n, scale: 2 } }); //=> true
 * ```
 */
export function compileConditions(conditions: readonly ThresholdCondition[]): (values: InputValues) => boolean {
  const predicates = conditions.map(compileCondition);
  return (values) => predicates.every((p) => p(values));
}
