import * as z from 'zod/mini';
import { parseIsoDay } from '../../_internal/dayNumber.js';
import { IsoDateSchema } from '../schema/dateSchemas.js';
import { frozen, ruleFields, BilingualTextSchema } from '../schema/ruleFields.js';

/**
 * A count to reach (`at_least`) or to bring down to (`at_most`) by `due`, with progress judged against the share of
 * the time from `startsOn` to `due` that has passed.
 *
 * @example
 * ```ts
 * TargetRuleSchema.safeParse(getRule('m51-bankruptcy-clearance')).success; //=> true
 * ```
 */
export const TargetRuleSchema = frozen(
  z
    .strictObject({
      ...ruleFields,
      kind: z.literal('target'),
      /** What is counted: `{ zh: '中介服务采购人入驻数', en: 'purchasers on the intermediary market' }`. */
      subject: BilingualTextSchema,
      /** The counting word: `{ zh: '家', en: 'purchasers' }`. */
      unit: BilingualTextSchema,
      direction: z.enum(['at_least', 'at_most']),
      target: z.int().check(z.gte(0), z.lte(Number.MAX_SAFE_INTEGER)),
      /** The day the clock starts (the plan took effect on 2021-08-01). */
      startsOn: IsoDateSchema,
      /** The last day, included. */
      due: IsoDateSchema,
    })
    .check(z.refine((rule) => parseIsoDay(rule.startsOn) <= parseIsoDay(rule.due), { error: 'must not be after `due`', path: ['startsOn'] })),
);

/** A target rule. */
export type TargetRule = z.infer<typeof TargetRuleSchema>;
