import * as z from 'zod/mini';
import { DateFactSchema as dateField } from '../schema/dateSchemas.js';
import { CountSchema } from '../schema/numberSchemas.js';

/**
 * Facts of a target: `{ value, asOf, baseline? }`, counts being whole numbers ≥ 0.
 *
 * @example
 * ```ts
 * TargetFactsSchema.safeParse({ value: 1.5, asOf: '2021-10-01' }).success; //=> false
 * ```
 */
export const TargetFactsSchema = z.strictObject({
  /** The count on `asOf`. */
  value: CountSchema,
  asOf: dateField,
  /** The count when the clock started; progress towards an `at_most` target is measured from it. */
  baseline: z.optional(CountSchema),
});

/** Facts of a target (the input of {@link TargetFactsSchema}). */
export type TargetFacts = Readonly<z.input<typeof TargetFactsSchema>>;
