import type * as z from 'zod/mini';
import { parseInput } from '../../_internal/parseInput.js';
import { InvalidFactsError } from '../../errors/ruleErrors.js';

/**
 * Validates facts with a rule's facts schema.
 *
 * @param schema - The facts schema.
 * @param facts - Anything.
 * @param ruleId - For the error message.
 * @returns The schema's output.
 * @throws {@link InvalidFactsError} INVALID_FACTS listing every issue with its path.
 *
 * @example
 * ```ts
 * parseFacts(TargetFactsSchema, { value: 1, asOf: '2021-10-01' }, 'm46-aaa-harmonious-enterprises'); //=> { value: 1, asOf: '2021-10-01' }
 * ```
 */
export function parseFacts<S extends z.ZodMiniType>(schema: S, facts: unknown, ruleId: string): z.output<S> {
  const result = parseInput(schema, facts);
  if (result.success) return result.data;
  const { issues, text } = result;
  throw new InvalidFactsError(`Invalid facts for rule '${ruleId}': ${text}.`, { ruleId, issues });
}
