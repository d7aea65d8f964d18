import type { ErrorCode } from '../errors/codes.js';
import { createResultSummary, explain, getRule, isBuiltInRuleId, labelOf, type LabelKey, type OutOfRangeResult, type ResultSummary, type RuleDefinition, type RuleResult } from '../rules/index.js';
import type { Language } from '../rules/internal.js';
import type { BatchSummary, Outcome } from './runBatch.js';

/**
 * The CSV columns of a rule's results, by rule kind.
 *
 * @internal
 */
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

/**
 * A result without its trace when the trace is empty (batches run with `trace: false`); an `out_of_range` result as it is.
 *
 * @internal
 */
export function withoutEmptyTrace<R extends RuleResult>(result: R | OutOfRangeResult): R | Omit<R, 'trace'> | OutOfRangeResult {
  if (result.status === 'out_of_range' || result.trace.length > 0) return result;
  const { trace, ...rest } = result;
  return rest;
}

/**
 * The years an `out_of_range` result needs (none for a judged result).
 *
 * @internal
 */
export function missingYearsOf(result: BatchResult): readonly number[] {
  return result.status === 'out_of_range' ? result.years : [];
}

/**
 * A result in a few words for people: status and figures; an `out_of_range` one with its explanation in the language
 * of `--lang` (the rule's name and the missing years).
 *
 * @internal
 */
export function resultText(r: BatchResult, locale: Language, rule?: RuleDefinition): string {
  if (r.status === 'out_of_range') return `${locale === 'zh' ? labelOf('out_of_range', 'zh') : 'out_of_range'}: ${explain(r, { locale, ...(rule === undefined ? {} : { rule }) })}`;
  if (locale === 'zh') return resultTextZh(r);
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

/** A judged result in a few words of Chinese: its status's label and its figures (`已逾期（截止2021-10-12，已用7个工作日，超期2个工作日）`). */
function resultTextZh(r: RuleResult): string {
  const status = labelOf(r.status, 'zh', r.kind);
  if (r.kind === 'deadline') {
    const unit = r.limit?.unit === 'working_days' ? '个工作日' : '天';
    const elapsed = r.elapsed === undefined ? '' : `，已用${r.elapsed}${unit}`;
    const over = r.overBy ? `，超期${r.overByIsLowerBound === true ? '至少' : ''}${r.overBy}${unit}` : '';
    return `${status}（截止${r.due}${elapsed}${over}）`;
  }
  if (r.kind === 'threshold') return `${status}（实际${r.actual}，要求${r.required}）`;
  if (r.kind === 'target') return `${status}（完成${r.value}，目标${r.target}，进度${(r.progress * 100).toFixed(1)}%）`;
  return `${status}（平均${r.mean ?? '—'}，共${r.count}件）`;
}

/**
 * A rule as the lines for people name it: its Chinese name with `--lang zh`, its id with `--lang en`.
 *
 * @internal
 */
export function ruleName(id: string, locale: Language): string {
  return locale === 'zh' && isBuiltInRuleId(id) ? getRule(id).name.zh : id;
}

/**
 * `working days (completed): mean 5.0, median 5, p90 5, max 5` (`工作日用时（已办结）：…`) for each unit of a summary.
 *
 * @internal
 */
export function durationsText(summary: ResultSummary, prefix = '', locale: Language = 'en'): string[] {
  // Object.entries types the keys as strings: they are units, each a label key.
  return Object.entries(summary.elapsed).map(([unit, s]) =>
    locale === 'zh'
      ? `${prefix}${labelOf(unit as LabelKey, 'zh')}用时（已办结）：平均${s.mean.toFixed(1)}，中位数${s.median}，p90 ${s.p90}，最长${s.max}`
      : `${prefix}${unit.replace('_', ' ')} (completed): mean ${s.mean.toFixed(1)}, median ${s.median}, p90 ${s.p90}, max ${s.max}`,
  );
}

/**
 * `2 met, 1 missed` (`按期完成 2、逾期完成 1`) from a summary's statuses.
 *
 * @internal
 */
export function statusCounts(statuses: Readonly<Partial<Record<string, number>>>, locale: Language = 'en', kind?: RuleResult['kind'] | 'procurement'): string[] {
  // Object.entries types the keys as strings: they are statuses, each a label key.
  return Object.entries(statuses).map(([status, n]) => (locale === 'zh' ? `${labelOf(status as LabelKey, 'zh', kind)} ${String(n)}` : `${n} ${status}`));
}

/**
 * The summary of a batch of one rule's results: counts per status, and durations of completed deadlines.
 *
 * @internal
 */
export function ruleSummary(): BatchSummary<BatchResult> {
  const summary = createResultSummary();
  let index = 0;
  return {
    add(outcome: Outcome<BatchResult>) {
      // An outcome's error code is a library code or the CLI's INVALID_INPUT, both ErrorCodes.
      summary.add(outcome.ok ? { index: index++, ok: true, result: outcome.result } : { index: index++, ok: false, error: { ...outcome.error, code: outcome.error.code as ErrorCode, details: {} } });
    },
    result() {
      return { ...summary.result() };
    },
    describe(locale) {
      const result = summary.result();
      return { counts: statusCounts(result.statuses, locale), details: durationsText(result, '', locale) };
    },
  };
}
