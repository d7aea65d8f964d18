import * as z from 'zod/mini';
import { DecimalTextSchema } from '../schema/numberSchemas.js';
import { ThresholdStatusSchema } from '../schema/statusSchemas.js';

/**
 * The shape of a threshold result as `explain` reads it (fields it does not read are not checked).
 *
 * @example
 * ```ts
 * ThresholdResultSchema.safeParse({ ruleId: 'x', kind: 'threshold', status: 'met', actual: '1', required: '1', trace: [] }).success; //=> true
 * ```
 */
export const ThresholdResultSchema = z.object({
  ruleId: z.string(),
  kind: z.literal('threshold'),
  status: ThresholdStatusSchema,
  actual: DecimalTextSchema,
  required: DecimalTextSchema,
  shortfall: z.optional(DecimalTextSchema),
  requiredAmount: z.optional(DecimalTextSchema),
  shortfallAmount: z.optional(DecimalTextSchema),
  // `explain` reads the inputs and the limit's index; other steps pass.
  trace: z.array(z.object({ type: z.string(), values: z.optional(z.record(z.string(), z.union([z.string(), z.boolean()]))), index: z.optional(z.int()) })),
});
