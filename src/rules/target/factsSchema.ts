import * as z from 'zod/mini';
import type { DateInput } from '../../calendar/types.js';
import { DateFactSchema as dateField } from '../schema/dateSchemas.js';
import { CountSchema } from '../schema/numberSchemas.js';

/** Facts of a target. */
export interface TargetFacts {
  /** The count on `asOf`. */
  readonly value: number;
  readonly asOf: DateInput;
  /** The count when the clock started; progress towards an `at_most` target is measured from it. */
  readonly baseline?: number;
}

/**
 * Facts of a target: `{ value, asOf, baseline? }`, counts being whole numbers ≥ 0.
 *
 * @example
 * ```ts
 * TargetFactsSchema.safeParse({ value: 1.5, asOf: '2021-10-01' }).success; //=> false
 * ```
 */
export const TargetFactsSchema = z.strictObject({ value: CountSchema, asOf: dateField, baseline: z.optional(CountSchema) });
