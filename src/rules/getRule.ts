import { describeValue } from '../_internal/describeValue.js';
import { UnknownRuleError } from '../errors/ruleErrors.js';
import { ruleById, type BuiltInRule, type BuiltInRuleId, type BuiltInRuleOf } from './catalogue/builtInRules.js';

/**
 * The built-in rule with the given id.
 *
 * Two signatures, on purpose. A literal id must be a {@link BuiltInRuleId}: editors complete it, a misspelt one fails
 * to compile, and the definition comes back with its literal types (its `limit`, its `inputs`), so `evaluate` types
 * its facts and result. A value of type `string` (a command-line argument, a form field, a JSON record) is accepted
 * too: `getRule(s)` is the documented path from a string known only at run time, checked at run time (UNKNOWN_RULE
 * for an unknown id) and typed as any {@link BuiltInRule}, which `evaluate` takes. To test a string without a throw,
 * use {@link isBuiltInRuleId}.
 *
 * @param id - A rule id such as `'m06-water-connection'`, or a `string` to look up at run time.
 * @returns The frozen definition.
 * @throws {@link UnknownRuleError} UNKNOWN_RULE when no built-in rule has that id (the message lists them).
 * @example
 * ```ts
 * getRule('m13-contract-signing').limit; //=> { amount: 20, unit: 'calendar_days', roll: 'next_working_day' }
 * const fromCommandLine: string = 'm15-payment';
 * evaluate(getRule(fromCommandLine), { start: '2021-09-29', end: '2021-10-12' }).status; //=> 'met'
 * getRule('m99-unknown' as string); //=> throws UNKNOWN_RULE
 * ```
 */
export function getRule<const Id extends BuiltInRuleId>(id: Id): BuiltInRuleOf<Id>;
export function getRule<S extends string>(id: S & (string extends S ? unknown : BuiltInRuleId)): BuiltInRule;
export function getRule(id: string): BuiltInRule {
  const rule = ruleById.get(id);
  if (rule) return rule;
  const known = [...ruleById.keys()];
  // `describeValue`, not `JSON.stringify`, which throws for a BigInt or a cycle.
  throw new UnknownRuleError(`No rule has the id ${describeValue(id)}. Known rules: ${known.join(', ')}.`, { ruleId: id, known });
}
