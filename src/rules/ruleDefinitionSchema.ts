import * as z from 'zod/mini';
import { eachKind } from './kindRegistry.js';

// The schema of each kind lives in the kind's folder; this file joins those of RULE_KINDS and re-exports them for the public index.
export { RuleIdSchema, LegalBasisSchema, type LegalBasis } from './schema/ruleFields.js';
export {
  RollModeSchema,
  PeriodLimitSchema,
  PeriodDeadlineRuleSchema,
  FixedDateDeadlineRuleSchema,
  DeadlineRuleSchema,
  type PeriodDeadlineRule,
  type FixedDateDeadlineRule,
  type DeadlineRule,
  type PeriodLimit,
} from './deadline/definitionSchema.js';
export {
  LimitValueSchema,
  ThresholdInputSpecSchema,
  ThresholdInputsSchema,
  ThresholdConditionSchema,
  ThresholdSubjectSchema,
  ThresholdLimitSchema,
  ThresholdRuleSchema,
  type ThresholdRule,
  type ThresholdInputSpec,
  type ThresholdCondition,
} from './threshold/definitionSchema.js';
export { TargetRuleSchema, type TargetRule } from './target/definitionSchema.js';
export { AverageRuleSchema, type AverageRule } from './average/definitionSchema.js';

/**
 * Any rule definition, as plain JSON. `defineRule` validates with this schema; the built-in rules satisfy it.
 *
 * @example
 * ```ts
 * RuleDefinitionSchema.safeParse({ id: 'x', kind: 'deadline' }).success; //=> false
 * ```
 */
export const RuleDefinitionSchema = z.discriminatedUnion('kind', eachKind('definitionSchema'));

/** Any rule definition. */
export type RuleDefinition = z.infer<typeof RuleDefinitionSchema>;
