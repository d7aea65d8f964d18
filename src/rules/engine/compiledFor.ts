import { isRecord } from '../../_internal/isRecord.js';
import { describeValue } from '../../_internal/describeValue.js';
import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import type { CompiledRule } from './compiledRule.js';
import { compiledRuleOf } from './compileRule.js';
import { defineRule } from '../defineRule.js';
import { getRule } from '../getRule.js';

const compiledById = new Map<string, CompiledRule>();

/**
 * The compiled form of a rule id or definition: built-in rules are compiled once and cached; a plain definition is
 * validated with `defineRule` first.
 *
 * @throws {@link UnknownRuleError} UNKNOWN_RULE, {@link InvalidRuleError} INVALID_RULE, or {@link InvalidArgumentError}
 * INVALID_ARGUMENT when `rule` is neither an id nor an object.
 */
export function compiledFor(rule: unknown): CompiledRule {
  if (typeof rule === 'string') {
    let compiled = compiledById.get(rule);
    if (!compiled) {
      // Built-in definitions are trusted, so compiledRuleOf always answers for them.
      compiled = compiledRuleOf(getRule(rule)) as CompiledRule;
      compiledById.set(rule, compiled);
    }
    return compiled;
  }
  if (isRecord(rule)) return compiledRuleOf(rule) ?? (compiledRuleOf(defineRule(rule)) as CompiledRule);
  throw new InvalidArgumentError(`\`rule\` must be a rule id such as 'm06-water-connection' or a rule definition, got ${describeValue(rule)}.`, { argument: 'rule' });
}
