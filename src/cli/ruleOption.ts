import { defineRule, getRule, type RuleDefinition } from '../rules/index.js';
import { isYingshangError } from '../errors/YingshangError.js';
import { expectPositionals } from './parseCommandLine.js';
import { readJsonFile } from './readJsonFile.js';
import { UsageError } from './UsageError.js';

/** The option of every command that takes a rule id: a custom rule from a JSON file, in the shape `defineRule` validates. */
export const RULE_OPTIONS = { rule: { type: 'string' } } as const;

/**
 * The rule a command works on: a built-in rule by id (`<ruleId>`), or `--rule <file.json>` (a definition that
 * `defineRule` validates; its errors name the file).
 *
 * @internal
 */
export function ruleOption(command: string, values: { readonly rule?: string | undefined }, positionals: readonly string[]): RuleDefinition {
  if (values.rule === undefined) {
    expectPositionals(command, positionals, ['ruleId']);
    return getRule(positionals[0] ?? '');
  }
  if (positionals.length > 0) throw new UsageError(
      `Give a rule id or --rule <file.json>, not both (got ${positionals.map((p) => JSON.stringify(p)).join(' ')} and --rule).`,
      `规则编号和 --rule <文件.json> 只能给一个（收到 ${positionals.map((p) => JSON.stringify(p)).join(' ')} 和 --rule）。`,
    );
  const json = readJsonFile('--rule', values.rule);
  try {
    // Unchecked JSON on purpose: defineRule validates it and throws INVALID_RULE naming the path.
    return defineRule(json as RuleDefinition);
  } catch (error) {
    if (isYingshangError(error)) error.message = `--rule ${JSON.stringify(values.rule)}: ${error.message}`;
    throw error;
  }
}

/**
 * The facts a rule's records may hold, by kind.
 *
 * @internal
 */
export function factFields(rule: RuleDefinition): readonly string[] {
  switch (rule.kind) {
    case 'deadline':
      return rule.timing === 'fixed_date' ? ['end', 'asOf'] : ['start', 'end', 'asOf', 'pauses'];
    case 'threshold':
      return Object.keys(rule.inputs);
    case 'target':
      return ['value', 'asOf', 'baseline'];
    case 'average':
      return ['cases'];
  }
}
