import type { CompiledRule } from './compiledRule.js';
import { compileAverage } from '../average/compile.js';
import { compileFixedDateDeadline } from '../deadline/compileFixedDate.js';
import { compilePeriodDeadline } from '../deadline/compilePeriod.js';
import { compileTarget } from '../target/compile.js';
import { compileThreshold } from '../threshold/compile.js';
import type { RuleDefinition } from '../schema/ruleDefinitionSchema.js';

/**
 * Rule objects known to be valid and frozen (the built-ins and every `defineRule` result), with their evaluator once
 * built. Other objects are validated on every use.
 */
const trusted = new WeakMap<RuleDefinition, CompiledRule | null>();

function compile(rule: RuleDefinition): CompiledRule {
  switch (rule.kind) {
    case 'deadline':
      return rule.timing === 'period' ? compilePeriodDeadline(rule) : compileFixedDateDeadline(rule);
    case 'threshold':
      return compileThreshold(rule);
    case 'target':
      return compileTarget(rule);
    case 'average':
      return compileAverage(rule);
  }
}

/**
 * Marks a validated, deeply frozen definition as trusted; its evaluator is built on first use.
 *
 * @param rule - A definition that satisfies the rule schema and can never change.
 * @returns `rule`.
 *
 * @example
 * ```ts
 * const rule = trustRule(deepFreeze(RuleDefinitionSchema.parse(json)));
 * compiledRuleOf(rule)?.rule === rule; //=> true
 * ```
 */
export function trustRule<R extends RuleDefinition>(rule: R): R {
  if (!trusted.has(rule)) trusted.set(rule, null);
  return rule;
}

/**
 * The evaluator of a trusted definition (built once and cached), or `undefined` for an object that is not trusted.
 *
 * @param rule - Any object.
 * @returns The evaluator, or `undefined`.
 *
 * @example
 * ```ts
 * compiledRuleOf({ id: 'x' }); //=> undefined (not trusted)
 * ```
 */
export function compiledRuleOf(rule: object): CompiledRule | undefined {
  const known = trusted.get(rule as RuleDefinition);
  if (known !== null) return known;
  const compiled = compile(rule as RuleDefinition);
  trusted.set(rule as RuleDefinition, compiled);
  return compiled;
}
