import { type BatchCounts, type BatchItemError, createResultSummary, type ResultSummary, type ResultSummaryBuilder, type RuleResult } from '../rules/index.js';
import { createBatchCounter } from '../rules/internal.js';
import type { ProcurementCheck, ProcurementStatus } from './checkProcurement.js';
import { PROCUREMENT_RULE_IDS, type ProcurementRuleId } from './procurementRules.js';

/** One item of a batch of procurement records: the check of the record at `index`, or its error as a value. */
export type ProcurementItem =
  | { readonly index: number; readonly ok: true; readonly result: ProcurementCheck }
  | { readonly index: number; readonly ok: false; readonly error: BatchItemError };

/** One rule's summary over a batch: its results (see `ResultSummary`), and the records where it has not started. */
export interface ProcurementRuleSummary extends ResultSummary {
  readonly notStarted: number;
}

/** What a batch of procurement records adds up to: records, records per overall status (`missed`, `overdue`, `pending`, `met`), errors per code, and per rule. */
export interface ProcurementSummary extends BatchCounts<ProcurementStatus> {
  /** Per rule: counts by status, and the mean, median and p90 duration of its completed deadlines. */
  readonly byRule: Readonly<Record<ProcurementRuleId, ProcurementRuleSummary>>;
}

/** An accumulator of procurement items: `add` one at a time, `result` for the summary so far. */
export interface ProcurementSummaryBuilder {
  /**
   * Counts one item.
   *
   * @param item - An item of `checkProcurements` (or any {@link ProcurementItem}).
   * @example
   * ```ts
   * const summary = createProcurementSummary();
   * summary.add({ index: 0, ok: false, error: { code: 'INVALID_FACTS', message: 'awardNoticeIssuedOn: is required', details: {} } });
   * summary.result().errors; //=> { INVALID_FACTS: 1 }
   * ```
   */
  add(item: ProcurementItem): void;
  /**
   * The summary of the items added so far.
   *
   * @returns A frozen summary.
   * @example
   * ```ts
   * createProcurementSummary().result().byRule['m15-payment']; //=> { count: 0, evaluated: 0, failed: 0, statuses: {}, errors: {}, elapsed: {}, notStarted: 0 }
   * ```
   */
  result(): ProcurementSummary;
}

const OVERALL: readonly ProcurementStatus[] = ['missed', 'overdue', 'pending', 'met'];

/**
 * An incremental summary of procurement checks in constant memory: overall statuses, errors, and each rule's
 * statuses and durations (`createResultSummary` per rule; `not_started` counted apart).
 *
 * @returns An empty {@link ProcurementSummaryBuilder}.
 * @example
 * ```ts
 * const summary = createProcurementSummary();
 * summary.add({ index: 0, ok: true, result: checkProcurement({ awardNoticeIssuedOn: '2021-09-08', contractSignedOn: '2021-09-20', contractAmount: '100.00', supplierIsSme: false }) });
 * summary.result().byRule['m13-contract-signing'].statuses; //=> { met: 1 }
 * ```
 */
export function createProcurementSummary(): ProcurementSummaryBuilder {
  const counter = createBatchCounter(OVERALL);
  const rules = new Map<ProcurementRuleId, { readonly results: ResultSummaryBuilder; notStarted: number }>(
    PROCUREMENT_RULE_IDS.map((id) => [id, { results: createResultSummary(), notStarted: 0 }]),
  );
  return {
    add(item) {
      if (!item.ok) return counter.addError(item.error.code);
      counter.addResult(item.result.status);
      for (const [id, rule] of rules) {
        const result = item.result.results[id];
        if (result.status === 'not_started') rule.notStarted += 1;
        else rule.results.add({ index: item.index, ok: true, result: result as RuleResult });
      }
    },
    result() {
      return Object.freeze({
        ...counter.counts(),
        byRule: Object.freeze(Object.fromEntries([...rules].map(([id, rule]) => [id, Object.freeze({ ...rule.results.result(), notStarted: rule.notStarted })]))) as ProcurementSummary['byRule'],
      });
    },
  };
}
