import * as z from 'zod/mini';
import { IsoDateSchema } from '../schema/dateSchemas.js';
import { CountSchema } from '../schema/numberSchemas.js';
import { TargetStatusSchema } from '../schema/statusSchemas.js';

/**
 * The shape of a target result as `explain` reads it (fields it does not read are not checked).
 *
 * @example
 * ```ts
 * TargetResultSchema.safeParse({ ruleId: 'x', kind: 'target', status: 'achieved' }).success; //=> false
 * ```
 */
export const TargetResultSchema = z.object({
  ruleId: z.string(),
  kind: z.literal('target'),
  status: TargetStatusSchema,
  target: CountSchema,
  value: CountSchema,
  due: IsoDateSchema,
  progress: z.number(),
  expectedProgress: z.number(),
  asOf: z.optional(IsoDateSchema),
  trace: z.array(z.object({ asOf: IsoDateSchema, baseline: z.optional(CountSchema) })),
});
