import type { AverageFacts } from './average/factsSchema.js';
import type { DeadlineFacts, FixedDateFacts } from './deadline/factsSchema.js';
import type { TargetFacts } from './target/factsSchema.js';
import type { AverageResult } from './average/resultSchema.js';
import type { DeadlineResult } from './deadline/resultSchema.js';
import type { TargetResult } from './target/resultSchema.js';
import type { ThresholdResult } from './threshold/resultSchema.js';
import type { DecimalInput, ThresholdFactsOf } from './threshold/factsSchema.js';

/**
 * The facts a rule takes, from its definition: a period deadline takes {@link DeadlineFacts}, a fixed date
 * {@link FixedDateFacts}, a threshold one field per input, a target {@link TargetFacts}, an average {@link AverageFacts}.
 * A rule whose type is a union (any `RuleDefinition`, the rule of an id known only at run time, as `getRule(s)` or an
 * id narrowed by `isBuiltInRuleId` give) takes `unknown` facts: they are validated at run time, as always.
 */
// The test: one rule type is the intersection of its members (itself); a union of rule types is not (their
// intersection, with clashing `id`s or `kind`s, is `never`).
export type FactsOf<R> = [R] extends [(R extends unknown ? (rule: R) => void : never) extends (rule: infer Each) => void ? Each : never]
  ? R extends { readonly kind: 'deadline'; readonly timing: 'period' }
    ? DeadlineFacts
    : R extends { readonly kind: 'deadline' }
      ? FixedDateFacts
      : R extends { readonly kind: 'threshold'; readonly inputs: infer I }
        ? string extends keyof I
          ? Readonly<Record<string, DecimalInput | boolean>>
          : ThresholdFactsOf<I>
        : R extends { readonly kind: 'target' }
          ? TargetFacts
          : R extends { readonly kind: 'average' }
            ? AverageFacts
            : never
  : unknown;

/** The result a rule gives, from its kind. */
export type ResultOf<R> = R extends { readonly kind: 'deadline' }
  ? DeadlineResult
  : R extends { readonly kind: 'threshold' }
    ? ThresholdResult
    : R extends { readonly kind: 'target' }
      ? TargetResult
      : R extends { readonly kind: 'average' }
        ? AverageResult
        : never;
