import { YingshangError } from './YingshangError.js';

/**
 * One problem found by a schema: where (`path`), what (`message`, English) and zod's issue `code`; `params` holds what
 * the check found, from which `formatError` words the problem in either language (zod's `expected`, `minimum`,
 * `values`…, the bad `input` when it is a short plain value, or a check's own `reason` and the `field` it compares with).
 */
export interface SchemaIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly code: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** Thrown when no rule has the given id. Code `UNKNOWN_RULE`; `details` holds `{ ruleId, known }`. */
export class UnknownRuleError extends YingshangError {
  override readonly name = 'UnknownRuleError';
  /**
   * @param message - Which id was asked for and which ids exist.
   * @param details - `{ ruleId, known }`.
   */
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('UNKNOWN_RULE', message, details);
  }
}

/** Thrown by `defineRule` (and `evaluate` given a plain object) when a rule definition does not match the rule schema. Code `INVALID_RULE`; `details.issues` lists every {@link SchemaIssue}. */
export class InvalidRuleError extends YingshangError {
  override readonly name = 'InvalidRuleError';
  /**
   * @param message - Every problem, each with its path.
   * @param details - `{ ruleId?, issues }`.
   */
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('INVALID_RULE', message, details);
  }
}

/** Thrown by `evaluate` when the facts do not match the rule's facts schema. Code `INVALID_FACTS`; `details.issues` lists every {@link SchemaIssue}. */
export class InvalidFactsError extends YingshangError {
  override readonly name = 'InvalidFactsError';
  /**
   * @param message - Every problem, each with its path.
   * @param details - `{ ruleId, issues }`.
   */
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('INVALID_FACTS', message, details);
  }
}
