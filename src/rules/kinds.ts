import { averageKind } from './average/kind.js';
import { deadlineKind } from './deadline/kind.js';
import { targetKind } from './target/kind.js';
import { thresholdKind } from './threshold/kind.js';

/**
 * The kinds of rule, one line each: the engine (definitions, evaluation, explanations) reaches every kind through this
 * list (through `kindRegistry.ts`, which derives everything else from it), so a new kind is a new folder with its
 * `kind.ts` plus one line here.
 *
 * @example
 * ```ts
 * RULE_KINDS.map((k) => k.kind); //=> ['deadline', 'threshold', 'target', 'average']
 * ```
 */
export const RULE_KINDS = [deadlineKind, thresholdKind, targetKind, averageKind] as const;
