import { isRecord } from '../_internal/isRecord.js';
import { parseInput } from '../_internal/parseInput.js';
import { InvalidRuleError } from '../errors/ruleErrors.js';
import { trustRule } from './ruleEvaluators.js';
import { RuleDefinitionSchema, type RuleDefinition } from './ruleDefinitionSchema.js';

/**
 * Validates a rule definition of any kind from plain JSON (another district's limits, say) with the same schema as
 * the built-in rules, and returns a deeply frozen copy that `evaluate` can use without validating again.
 *
 * @param definition - A rule definition (see `RuleDefinitionSchema` and `dist/schemas/rule-definition.schema.json`).
 * @returns The validated definition, frozen.
 * @throws {@link InvalidRuleError} INVALID_RULE listing every problem with its path.
 * @example
 * ```ts
 * const rule = defineRule({
 *   id: 'bishan-water-connection', kind: 'deadline', timing: 'period',
 *   name: { zh: '璧山获得用水', en: 'Bishan water connection' },
 *   description: { zh: '不超过7个工作日', en: 'At most 7 working days' },
 *   trigger: { zh: '受理申请', en: 'the application was accepted' },
 *   action: { zh: '完成接水', en: 'connect the water' },
 *   limit: { amount: 7, unit: 'working_days' },
 * });
 * evaluate(rule, { start: '2021-09-29', end: '2021-10-11' }).status; //=> 'met'
 * ```
 */
export function defineRule<const D extends RuleDefinition>(definition: D): D;
export function defineRule(definition: unknown): RuleDefinition;
export function defineRule(definition: unknown): RuleDefinition {
  const result = parseInput(RuleDefinitionSchema, definition, [], true);
  if (result.success) return trustRule(result.data);
  const { issues, text } = result;
  const id = isRecord(definition) ? definition['id'] : undefined;
  const ruleId = typeof id === 'string' ? id : undefined;
  throw new InvalidRuleError(`Invalid rule${ruleId === undefined ? '' : ` '${ruleId}'`}: ${text}. See RuleDefinitionSchema for the expected shape.`, {
    ...(ruleId === undefined ? {} : { ruleId }),
    issues,
  });
}
