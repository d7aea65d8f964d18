import type * as z from 'zod/mini';
import type { Language } from '../../_internal/locale.js';
import type { RuleEvaluator } from './ruleEvaluator.js';

/**
 * Everything the engine needs of one kind of rule, all from the kind's own folder (`deadline/kind.ts`…): its
 * definition schema, how a definition becomes an evaluator, the shape of its results as `explain` reads them, and how
 * a result is worded. `src/rules/kinds.ts` lists the kinds; the engine reaches them only through that list.
 *
 * @example
 * ```ts
 * const countdown = {
 *   kind: 'countdown',
 *   definitionSchema: z.strictObject({ id: z.string(), kind: z.literal('countdown') }),
 *   compile: (rule) => ({ rule, evaluate: () => ({ ruleId: rule.id, kind: 'countdown', status: 'met' }) }),
 *   resultSchema: z.object({ ruleId: z.string(), kind: z.literal('countdown'), status: z.literal('met') }),
 *   explain: (rule) => `${rule.id} 已满足`,
 * } satisfies KindModule<{ id: string; kind: 'countdown' }, { ruleId: string; kind: 'countdown'; status: 'met' }>;
 * ```
 */
export interface KindModule<Rule extends { readonly kind: string } = { readonly kind: string }, Result = unknown> {
  /** The `kind` of the kind's definitions and results. */
  readonly kind: Rule['kind'];
  /** The schema of a definition of this kind (an object schema, or a union of them, with a literal `kind`). */
  readonly definitionSchema: z.ZodMiniType<Rule>;
  /** The shape of a result of this kind as `explain` reads it (what `evaluate` gives, or it after a JSON round trip). */
  readonly resultSchema: z.ZodMiniType;
  /**
   * Turns a validated definition into its evaluator.
   *
   * @param rule - A definition that satisfies `definitionSchema`.
   */
  compile(rule: Rule): RuleEvaluator<Rule>;
  /**
   * Words a result of a rule of this kind.
   *
   * @param rule - The rule the result came from.
   * @param result - A result that satisfies `resultSchema`.
   * @param locale - The language.
   */
  explain(rule: Rule, result: Result, locale: Language): string;
}
