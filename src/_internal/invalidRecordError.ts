import { InvalidFactsError, type SchemaIssue } from '../errors/ruleErrors.js';
import { schemaIssues } from './schemaIssues.js';

/**
 * The INVALID_FACTS error of a façade's record (a procurement record, a connection application…): every issue at its
 * path in the record, as the user wrote it.
 *
 * @param label - What the record is, for the message (`'procurement record'`).
 * @param issues - Every problem, at record paths.
 * @param details - More details (valid values…), beside `issues`.
 * @returns The error, to throw.
 *
 * @example
 * ```ts
 * invalidRecordError('procurement record', [{ path: ['contractSignedOn'], message: 'is invalid', code: 'custom' }]).message;
 * //=> 'Invalid procurement record: contractSignedOn: is invalid.'
 * ```
 */
export function invalidRecordError(label: string, issues: readonly SchemaIssue[], details: Readonly<Record<string, unknown>> = {}): InvalidFactsError {
  return new InvalidFactsError(`Invalid ${label}: ${schemaIssues(issues).text}.`, { ...details, record: label, issues });
}
