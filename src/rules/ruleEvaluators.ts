import type { RuleEvaluator } from './engine/ruleEvaluator.js';
import { kindModuleOf } from './kindRegistry.js';
import type { RuleDefinition } from './ruleDefinitionSchema.js';

/**
 * The one cache of evaluators: each definition known to be valid and frozen (the built-ins and every `defineRule`
 * result), with its evaluator once built (`null` until its first use). Other objects are validated on every use.
 */
const evaluators = new WeakMap<RuleDefinition, RuleEvaluator<RuleDefinition> | null>();

/** The same cache by built-in id, so that `evaluate('m15-payment', …)` costs one lookup (the hot path of `evaluate`). */
const evaluatorsById = new Map<string, RuleEvaluator<RuleDefinition>>();

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
  // A WeakMap lookup by any object; only trusted definitions are keys, and only they are read further.
  const known = evaluators.get(rule as RuleDefinition);
  if (known !== null) return known;
  const definition = rule as RuleDefinition;
  // A kind's `compile` gives an evaluator whose `rule` is the definition it was given.
  const built = kindModuleOf(definition.kind).compile(definition) as RuleEvaluator<RuleDefinition>;
  evaluators.set(definition, built);
  return built;
}

/**
 * The evaluator of a built-in rule by its id, from the same cache (built on first use).
 *
 * @param id - A rule id.
 * @param builtInRule - Its built-in definition (`getRule`, which throws UNKNOWN_RULE for an unknown id); asked only the first time.
 * @returns The evaluator.
 *
 * @example
 * ```ts
 * builtInEvaluatorOf('m15-payment', getRule).rule.id; //=> 'm15-payment'
 * ```
 */
export function builtInEvaluatorOf(id: string, builtInRule: (id: string) => RuleDefinition): RuleEvaluator<RuleDefinition> {
  const known = evaluatorsById.get(id);
  if (known !== undefined) return known;
  // Built-in definitions are trusted, so trustedEvaluatorOf always answers for them.
  const built = trustedEvaluatorOf(builtInRule(id)) as RuleEvaluator<RuleDefinition>;
  evaluatorsById.set(id, built);
  return built;
}
