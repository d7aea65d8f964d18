import { compiledFor } from './compiledFor.js';
import { checkEvaluateOptions } from './evaluateOptions.js';
import type { EvaluateOptions } from './evaluateOptions.js';
import type { RuleDefinition } from '../schema/ruleDefinitionSchema.js';

/**
 * Throws now what {@link evaluate} would throw on every call for this rule and these options, before a batch starts
 * (where per-item errors become values).
 *
 * @param rule - A built-in rule id or a definition.
 * @param options - The options of `evaluate`.
 * @throws {@link UnknownRuleError} UNKNOWN_RULE, {@link InvalidRuleError} INVALID_RULE or {@link InvalidArgumentError}
 * INVALID_ARGUMENT, exactly as `evaluate` would.
 *
 * @example
 * ```ts
 * assertEvaluable('m15-payment', { trace: 'no' }); // throws INVALID_ARGUMENT
 * ```
 */
export function assertEvaluable(rule: string | RuleDefinition, options: EvaluateOptions | undefined): void {
  compiledFor(rule);
  if (options !== undefined) checkEvaluateOptions(options);
}
