import * as z from 'zod/mini';
import { endNotBeforeStart, PausesSchema } from '../days/pauseSchema.js';
import { DateFactSchema as dateField } from '../schema/dateSchemas.js';
import { readonlyArray } from '../schema/readonlyArray.js';

/**
 * One case of an average rule; `end` must not be before `start`.
 *
 * @example
 * ```ts
 * AverageCaseSchema.safeParse({ start: '2021-03-05', end: '2021-03-02' }).success; //=> false
 * ```
 */
export const AverageCaseSchema = z.strictObject({ start: dateField, end: dateField, pauses: PausesSchema }).check(endNotBeforeStart);

/** One case of an average rule: trigger day, completion day and pauses (the input of {@link AverageCaseSchema}). */
export type AverageCase = Readonly<z.input<typeof AverageCaseSchema>>;

/**
 * Facts of an average rule: `{ cases: [{ start, end, pauses? }] }`.
 *
 * @example
 * ```ts
 * AverageFactsSchema.safeParse({ cases: [] }).success; //=> true
 * ```
 */
export const AverageFactsSchema = z.strictObject({ cases: readonlyArray(AverageCaseSchema) });

/** Facts of an average rule (the input of {@link AverageFactsSchema}). */
export type AverageFacts = Readonly<z.input<typeof AverageFactsSchema>>;
