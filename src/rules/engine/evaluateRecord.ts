import type { SchemaIssue } from '../../errors/ruleErrors.js';
import { isYingshangError } from '../../errors/YingshangError.js';
import type { BuiltInRuleId } from '../catalogue/builtInRules.js';
import { evaluate, type EvaluateOptions } from '../evaluate.js';
import { getRule } from '../getRule.js';
import { outOfRangeOr, type OutOfRangeResult } from './outOfRangeResult.js';
import type { RuleResult } from '../ruleResult.js';
import { invalidRecordError } from '../../_internal/invalidRecordError.js';

/** One rule to evaluate on facts taken from a record, and where the facts' fields come from in the record. */
export interface RecordEvaluation {
  readonly ruleId: BuiltInRuleId;
  readonly facts: unknown;
  /** The record field of each facts field that has another name (`{ start: 'acceptedOn' }`); others keep theirs. */
  readonly fields?: Readonly<Record<string, string>>;
  /** How many leading path segments of the facts wrap the record's fields (2 for `cases.0.`). */
  readonly depth?: number;
}

/** An issue of the facts, at its record path, its message naming record fields. */
function recordIssue(issue: SchemaIssue, { fields = {}, depth = 0 }: RecordEvaluation): SchemaIssue {
  const path = issue.path.slice(depth);
  const [head, ...rest] = path;
  const rename = (name: string): string => fields[name] ?? name;
  const field = issue.params?.['field'];
  return {
    ...issue,
    path: typeof head === 'string' ? [rename(head), ...rest] : path,
    message: issue.message.replace(/`(\w+)`/g, (_, name: string) => `\`${rename(name)}\``),
    ...(typeof field === 'string' ? { params: { ...issue.params, field: rename(field) } } : {}),
  };
}

/**
 * Evaluates rules on facts drawn from one record, each on its own, reporting invalid facts in the record's terms: the
 * INVALID_FACTS issues of every rule are gathered, at record paths, into one error. A rule whose answer needs a day
 * outside the calendar gives an `out_of_range` result and the others are still evaluated. Any other error (bad
 * options) is thrown as is.
 *
 * @param label - What the record is, for the message (`'procurement record'`).
 * @param evaluations - The rules and their facts.
 * @param options - The options of `evaluate`.
 * @returns The results, in the order of `evaluations`.
 * @throws {@link InvalidFactsError} INVALID_FACTS with every issue at its record path.
 *
 * @example
 * ```ts
 * evaluateRecord('procurement record', [{ ruleId: 'm14-acceptance', facts: { start: '2021-10-08', end: '2021-10-01' }, fields: { start: 'performanceCompletedOn', end: 'acceptanceOrganizedOn' } }], undefined);
 * // throws INVALID_FACTS: 'Invalid procurement record: acceptanceOrganizedOn: must not be before `performanceCompletedOn`.'
 * ```
 */
export function evaluateRecord(label: string, evaluations: readonly RecordEvaluation[], options: EvaluateOptions | undefined): (RuleResult | OutOfRangeResult)[] {
  const results: (RuleResult | OutOfRangeResult)[] = [];
  const issues: SchemaIssue[] = [];
  for (const evaluation of evaluations) {
    try {
      results.push(outOfRangeOr(evaluation.ruleId, getRule(evaluation.ruleId).kind, () => evaluate(evaluation.ruleId, evaluation.facts, options)));
    } catch (error) {
      if (!isYingshangError(error, 'INVALID_FACTS')) throw error;
      // An INVALID_FACTS error always lists its issues (InvalidFactsError).
      for (const issue of error.details['issues'] as readonly SchemaIssue[]) issues.push(recordIssue(issue, evaluation));
    }
  }
  if (issues.length > 0) throw invalidRecordError(label, issues);
  return results;
}
