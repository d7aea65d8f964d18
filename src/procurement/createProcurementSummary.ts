import type { BatchCounts, BatchItem, ResultSummary } from '../rules/index.js';
import { createBatchCounter, resultCounting } from '../rules/internal.js';
import type { ProcurementCheck, ProcurementStatus } from './checkProcurement.js';
import { PROCUREMENT_RULE_IDS, type ProcurementRuleId } from './procurementRules.js';

/** One item of a batch of procurement records: the check of the record at `index` (with its `id`, given the batch option `id`), or its error as a value. */
export type ProcurementItem = BatchItem<ProcurementCheck>;

/**
 * One rule's summary over a batch: its results (see `ResultSummary`; `not_started` and `out_of_range` are statuses
 * like the others), and `notStarted`, the records where it has not started (`statuses.not_started`, or 0).
 */
export interface ProcurementRuleSummary extends ResultSummary {
  readonly notStarted: number;
}

/** What a batch of procurement records adds up to: records, records per overall status (`missed`, `overdue`, `incomplete`, `pending`, `met`), errors per code, and per rule. */
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

const OVERALL: readonly ProcurementStatus[] = ['missed', 'overdue', 'incomplete', 'pending', 'met'];

/**
 * An incremental summary of procurement checks in constant memory: overall statuses, errors, and each rule's
 * statuses (`not_started` and `out_of_range` included) and durations.
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
  const rules = PROCUREMENT_RULE_IDS.map((id) => [id, resultCounting()] as const);
  return {
    add(item) {
      if (!item.ok) {
        counter.addError(item.error.code);
        return;
      }
      counter.addResult(item.result.status);
      for (const [id, rule] of rules) rule.add({ index: item.index, ok: true, result: item.result.results[id] });
    },
    result() {
      const byRule = rules.map(([id, rule]) => {
        const summary = rule.result();
        return [id, Object.freeze({ ...summary, notStarted: summary.statuses.not_started ?? 0 })];
      });
      // Object.fromEntries loses the keys: byRule holds exactly the procurement rule ids.
      return Object.freeze({ ...counter.counts(), byRule: Object.freeze(Object.fromEntries(byRule)) as ProcurementSummary['byRule'] });
    },
  };
}
