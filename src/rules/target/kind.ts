import type { KindModule } from '../engine/kindModule.js';
import type { TargetResult } from './resultSchema.js';
import { compileTarget } from './compile.js';
import { TargetRuleSchema, type TargetRule } from './definitionSchema.js';
import { explainTarget } from './explain.js';
import { TargetResultSchema } from './resultSchema.js';

/**
 * The target kind: a count to reach (or stay under) by a due date, with progress on the way.
 *
 * @example
 * ```ts
 * targetKind.kind; //=> 'target'
 * ```
 */
export const targetKind = {
  kind: 'target',
  definitionSchema: TargetRuleSchema,
  resultSchema: TargetResultSchema,
  compile: compileTarget,
  explain: explainTarget,
} as const satisfies KindModule<TargetRule, TargetResult>;
