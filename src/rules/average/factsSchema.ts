import * as z from 'zod/mini';
import type { DateInput } from '../../calendar/types.js';
import { endNotBeforeStart, PausesSchema, type Pause } from '../deadline/factsSchema.js';
import { DateFactSchema as dateField } from '../schema/dateSchemas.js';

/** One case of an average rule: trigger day, completion day and pauses. */
export interface AverageCase {
  readonly start: DateInput;
  readonly end: DateInput;
  readonly pauses?: readonly Pause[];
}

/** Facts of an average rule. */
export interface AverageFacts {
  readonly cases: readonly AverageCase[];
}

/**
 * One case of an average rule; `end` must not be before `start`.
 *
 * @example
 * ```ts
 * AverageCaseSchema.safeParse({ start: '2021-03-05', end: '2021-03-02' }).success; //=> false
 * ```
 */
export const AverageCaseSchema = z.strictObject({ start: dateField, end: dateField, pauses: PausesSchema }).check(endNotBeforeStart);

/**
 * Facts of an average rule: `{ cases: [{ start, end, pauses? }] }`.
 *
 * @example
 * ```ts
 * AverageFactsSchema.safeParse({ cases: [] }).success; //=> true
 * ```
 */
export const AverageFactsSchema = z.strictObject({ cases: z.array(AverageCaseSchema) });
