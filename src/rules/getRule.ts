import { describeValue } from '../_internal/describeValue.js';
import { UnknownRuleError } from '../errors/ruleErrors.js';
import { rules, type BuiltInRule, type BuiltInRuleId, type BuiltInRuleOf } from './catalogue/builtInRules.js';

const byId = new Map<string, BuiltInRule>(rules.map((r) => [r.id, r]));

/**
 * The built-in rule with the given id.
 *
 * @param id - A rule id such as `'m06-water-connection'`.
 * @returns The frozen definition.
 * @throws {@link UnknownRuleError} UNKNOWN_RULE when no built-in rule has that id (the message lists them).
 * @example
 * ```ts
 * getRule('m13-contract-signing').limit; //=> { amount: 20, unit: 'calendar_days', roll: 'next_working_day' }
 * ```
 */
export function getRule<const Id extends BuiltInRuleId>(id: Id): BuiltInRuleOf<Id>;
export function getRule(id: string): BuiltInRule;
export function getRule(id: string): BuiltInRule {
  const rule = byId.get(id);
  if (rule) return rule;
  const known = [...byId.keys()];
  // `describeValue`, not `JSON.stringify`, which throws for a BigInt or a cycle.
  throw new UnknownRuleError(`No rule has the id ${describeValue(id)}. Known rules: ${known.join(', ')}.`, { ruleId: id, known });
}
