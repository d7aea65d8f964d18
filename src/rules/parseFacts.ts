import type * as z from 'zod/mini';
import { InvalidFactsError } from '../errors/ruleErrors.js';
import { englishIssueMessage } from './englishIssueMessage.js';
import { schemaIssues } from './schemaIssues.js';

/** Parse options giving English messages (zod's global configuration is never touched). */
export const ENGLISH_ERRORS = { error: englishIssueMessage };

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
  const result = schema.safeParse(facts, ENGLISH_ERRORS);
  if (result.success) return result.data;
  const { issues, text } = schemaIssues(result.error.issues);
  throw new InvalidFactsError(`Invalid facts for rule '${ruleId}': ${text}.`, { ruleId, issues });
}
