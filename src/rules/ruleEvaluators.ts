import type { RuleEvaluator } from './engine/ruleEvaluator.js';
import { kindModuleOf } from './kindRegistry.js';
import type { RuleDefinition } from './ruleDefinitionSchema.js';

/**
 * The one cache of evaluators: each definition known to be valid and frozen (the built-ins and every `defineRule`
 * result), with its evaluator once built (`null` until its first use). Other objects are validated on every use.
 */
const evaluators = new WeakMap<RuleDefinition, RuleEvaluator<RuleDefinition> | null>();

/**
 * Marks a validated, deeply frozen definition as trusted; its evaluator is built by its kind on first use.
 *
 * @param rule - A definition that satisfies the rule schema and can never change.
 * @returns `rule`.
 *
 * @example
 * ```ts
 * const rule = trustRule(deepFreeze(RuleDefinitionSchema.parse(json)));
 * trustedEvaluatorOf(rule)?.rule === rule; //=> true
 * ```
 */
export function trustRule<R extends RuleDefinition>(rule: R): R {
  if (!evaluators.has(rule)) evaluators.set(rule, null);
  return rule;
}

/**
 * The evaluator of a trusted definition (built once by its kind's `compile`, then cached), or `undefined` for an
 * object that is not trusted.
 *
 * @param rule - Any object.
 * @returns The evaluator, or `undefined`.
 *
 * @example
 * ```ts
 * trustedEvaluatorOf({ id: 'x' }); //=> undefined (not trusted)
 * ```
 */
export function trustedEvaluatorOf(rule: object): RuleEvaluator<RuleDefinition> | undefined {
  const known = evaluators.get(rule as RuleDefinition);
  if (known !== null) return known;
  const definition = rule as RuleDefinition;
  // A kind's `compile` gives an evaluator whose `rule` is the definition it was given.
  const built = kindModuleOf(definition.kind).compile(definition) as RuleEvaluator<RuleDefinition>;
  evaluators.set(definition, built);
  return built;
}
