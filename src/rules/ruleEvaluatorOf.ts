import { isRecord } from '../_internal/isRecord.js';
import { describeValue } from '../_internal/describeValue.js';
import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import type { RuleEvaluator } from './engine/ruleEvaluator.js';
import { defineRule } from './defineRule.js';
import { getRule } from './getRule.js';
import type { RuleDefinition } from './ruleDefinitionSchema.js';
import { trustedEvaluatorOf } from './ruleEvaluators.js';

/**
 * The evaluator of a rule id or definition, from the one cache of `ruleEvaluators.ts`: a built-in rule's definition
 * is trusted; a plain definition is validated with `defineRule` first.
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
  // Built-in definitions are trusted, so trustedEvaluatorOf always answers for them.
  if (typeof rule === 'string') return trustedEvaluatorOf(getRule(rule)) as RuleEvaluator<RuleDefinition>;
  if (isRecord(rule)) return trustedEvaluatorOf(rule) ?? (trustedEvaluatorOf(defineRule(rule)) as RuleEvaluator<RuleDefinition>);
  throw new InvalidArgumentError(`\`rule\` must be a rule id such as 'm06-water-connection' or a rule definition, got ${describeValue(rule)}.`, { argument: 'rule' });
}
