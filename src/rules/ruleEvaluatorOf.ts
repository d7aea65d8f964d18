import { isRecord } from '../_internal/isRecord.js';
import { describeValue } from '../_internal/describeValue.js';
import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import type { RuleEvaluator } from './engine/ruleEvaluator.js';
import { defineRule } from './defineRule.js';
import { getRule } from './getRule.js';
import type { RuleDefinition } from './ruleDefinitionSchema.js';
import { builtInEvaluatorOf, trustedEvaluatorOf } from './ruleEvaluators.js';

/** A built-in definition by id, for the cache's first use of that id. */
const builtInRule = (id: string): RuleDefinition => getRule(id);

/**
 * The evaluator of a rule id or definition, from the one cache of `ruleEvaluators.ts` (by id for a built-in rule,
 * by definition otherwise); a plain definition is validated with `defineRule` first.
 *
 * @param rule - A built-in rule id or a definition.
 * @returns The evaluator (its `rule` is the validated definition).
 * @throws {@link UnknownRuleError} UNKNOWN_RULE, {@link InvalidRuleError} INVALID_RULE, or {@link InvalidArgumentError}
 * INVALID_ARGUMENT when `rule` is neither an id nor an object.
 *
 * @example
 * ```ts
 * ruleEvaluatorOf('m15-payment').rule.kind; //=> 'deadline'
 * ```
 */
export function ruleEvaluatorOf(rule: unknown): RuleEvaluator<RuleDefinition> {
  if (typeof rule === 'string') return builtInEvaluatorOf(rule, builtInRule);
  // defineRule returns a checked definition, so it has an evaluator.
  if (isRecord(rule)) return trustedEvaluatorOf(rule) ?? (trustedEvaluatorOf(defineRule(rule)) as RuleEvaluator<RuleDefinition>);
  throw new InvalidArgumentError(`\`rule\` must be a rule id such as 'm06-water-connection' or a rule definition, got ${describeValue(rule)}.`, { argument: 'rule' });
}
