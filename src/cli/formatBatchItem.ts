import type { ErrorCode } from '../errors/codes.js';
import { createResultSummary, explain, type ExplainLocale, type OutOfRangeResult, type ResultSummary, type RuleDefinition, type RuleResult } from '../rules/index.js';
import type { BatchSummary, Outcome } from './runBatch.js';

/** The CSV columns of a rule's results, by rule kind. */
export function resultColumns(kind: RuleResult['kind']): readonly string[] {
  const figures: Record<RuleResult['kind'], readonly string[]> = {
    deadline: ['due', 'elapsed', 'remaining', 'overBy', 'overByIsLowerBound'],
    threshold: ['actual', 'required', 'shortfall'],
    target: ['value', 'target', 'progress', 'expectedProgress', 'due'],
    average: ['mean', 'median', 'max', 'count'],
  };
  return ['status', ...figures[kind], 'errorCode', 'errorMessage'];
}

/** A result of a batch command: the rule's result, or `out_of_range` when it needs a year the calendar has no notice for. */
export type BatchResult<R extends RuleResult = RuleResult> = R | OutOfRangeResult;

/** A result without its trace when the trace is empty (batches run with `trace: false`); an `out_of_range` result as it is. */
export function withoutEmptyTrace<R extends RuleResult>(result: R | OutOfRangeResult): R | Omit<R, 'trace'> | OutOfRangeResult {
  if (result.status === 'out_of_range' || result.trace.length > 0) return result;
  const { trace, ...rest } = result;
  void trace;
  return rest;
}

/** The years an `out_of_range` result needs (none for a judged result). */
export function missingYearsOf(result: BatchResult): readonly number[] {
  return result.status === 'out_of_range' ? result.years : [];
}

/**
 * A result in a few words for people: status and figures; an `out_of_range` one with its explanation in the language
 * of `--lang` (the rule's name and the missing years).
 */
export function resultText(r: BatchResult, locale: ExplainLocale, rule?: RuleDefinition): string {
  if (r.status === 'out_of_range') return `out_of_range: ${explain(r, { locale, ...(rule === undefined ? {} : { rule }) })}`;
  const detail =
    r.kind === 'deadline'
      ? `due ${r.due}${r.elapsed === undefined ? '' : `, elapsed ${r.elapsed}`}${r.overBy ? `, over by ${r.overByIsLowerBound === true ? 'at least ' : ''}${r.overBy}` : ''}`
      : r.kind === 'threshold'
        ? `actual ${r.actual}, required ${r.required}`
        : r.kind === 'target'
          ? `value ${r.value} of ${r.target}, progress ${(r.progress * 100).toFixed(1)}%`
          : `mean ${r.figuresAreLowerBounds === true ? 'at least ' : ''}${r.mean}, ${r.count} cases`;
  return `${r.status} (${detail})`;
}

/** `working days (completed): mean 5.0, median 5, p90 5, max 5` for each unit of a summary. */
export function durationsText(summary: ResultSummary, prefix = ''): string[] {
  return Object.entries(summary.elapsed).map(([unit, s]) => `${prefix}${unit.replace('_', ' ')} (completed): mean ${s.mean.toFixed(1)}, median ${s.median}, p90 ${s.p90}, max ${s.max}`);
}

/** `2 met, 1 missed` from a summary's statuses. */
export function statusCounts(statuses: Readonly<Partial<Record<string, number>>>): string[] {
  return Object.entries(statuses).map(([status, n]) => `${n} ${status}`);
}

/** The summary of a batch of one rule's results: counts per status, and durations of completed deadlines. */
export function ruleSummary(): BatchSummary<BatchResult> {
  const summary = createResultSummary();
  let index = 0;
  return {
    add(outcome: Outcome<BatchResult>) {
      summary.add(outcome.ok ? { index: index++, ok: true, result: outcome.result } : { index: index++, ok: false, error: { ...outcome.error, code: outcome.error.code as ErrorCode, details: {} } });
    },
    result() {
      return { ...summary.result() };
    },
    describe() {
      const result = summary.result();
      return { counts: statusCounts(result.statuses), details: durationsText(result) };
    },
  };
}
