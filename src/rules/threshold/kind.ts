import type { KindModule } from '../engine/kindModule.js';
import type { ThresholdResult } from './resultSchema.js';
import { compileThreshold } from './compile.js';
import { ThresholdRuleSchema, type ThresholdRule } from './definitionSchema.js';
import { explainThreshold } from './explain.js';
import { ThresholdResultSchema } from './resultSchema.js';

/**
 * The threshold kind: exact decimal comparisons of a rule's inputs against its limits.
 *
 * @example
 * ```ts
 * thresholdKind.compile(getRule('m15-prepayment-ratio')).evaluate({ contractAmount: '100.00', prepaymentAmount: '30.00', supplierIsSme: false }, defaultCalendar, false).status; //=> 'met'
 * ```
 */
export const thresholdKind = {
  kind: 'threshold',
  definitionSchema: ThresholdRuleSchema,
  resultSchema: ThresholdResultSchema,
  compile: compileThreshold,
  explain: explainThreshold,
} as const satisfies KindModule<ThresholdRule, ThresholdResult>;
