import * as z from 'zod/mini';
import { DayAmountSchema, frozen, ruleFields, BilingualTextSchema } from '../schema/ruleFields.js';

/**
 * The mean of per-case durations (trigger day not counted, pauses excluded) compared with a limit: met when sum ≤ limit × count.
 *
 * @example
 * ```ts
 * AverageRuleSchema.safeParse(getRule('m06-electricity-10kv-average')).success; //=> true
 * ```
 */
export const AverageRuleSchema = frozen(
  z.strictObject({
    ...ruleFields,
    kind: z.literal('average'),
    /** The cases: `{ zh: '10千伏城镇用户', en: '10 kV urban users' }`. */
    subject: BilingualTextSchema,
    trigger: BilingualTextSchema,
    action: BilingualTextSchema,
    limit: frozen(z.strictObject({ amount: DayAmountSchema, unit: z.enum(['working_days', 'calendar_days']) })),
  }),
);

/** An average rule. */
export type AverageRule = z.infer<typeof AverageRuleSchema>;
