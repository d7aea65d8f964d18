import * as z from 'zod/mini';
import { calendarNotesShape } from '../schema/calendarNotesSchema.js';
import { CountSchema } from '../schema/numberSchemas.js';
import { AverageStatusSchema } from '../schema/statusSchemas.js';

/**
 * The shape of an average result as `explain` reads it (fields it does not read are not checked); `mean` is `null`
 * exactly when there are no cases.
 *
 * @example
 * ```ts
 * AverageResultSchema.safeParse({ ruleId: 'x', kind: 'average', status: 'no_data', mean: null, median: null, max: null, count: 0, withinLimit: 0 }).success; //=> true
 * ```
 */
export const AverageResultSchema = z
  .object({
    ruleId: z.string(),
    ...calendarNotesShape,
    kind: z.literal('average'),
    status: AverageStatusSchema,
    mean: z.nullable(z.number()),
    median: z.nullable(z.number()),
    max: z.nullable(z.number()),
    count: CountSchema,
    withinLimit: CountSchema,
    figuresAreLowerBounds: z.optional(z.literal(true)),
  })
  .check(z.refine((r) => (r.mean === null) === (r.count === 0), { error: 'must be null exactly when `count` is 0', path: ['mean'] }));
