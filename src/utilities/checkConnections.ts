import { readOptions } from '../_internal/readOptions.js';
import { type AverageCase, type Batch, type BatchItem, type BatchOptions, evaluate, type EvaluateOptions, type AverageResult, type ResultSummary, type SyncBatch } from '../rules/index.js';
import { batchItemOf, checkIdOption, createBatch, prepareEvaluation, resultCounting, type BatchCounting } from '../rules/internal.js';
import { checkConnection, type ConnectionCheckResult } from './checkConnection.js';
import type { ConnectionApplication } from './connectionApplicationSchema.js';
import { CONNECTION_RULES, connectionRuleIdOf, TEN_KV_AVERAGE_RULE_ID, type ConnectionRuleId } from './connectionRules.js';

/** One item of {@link checkConnections}: the result of the application at `index` (see `checkConnection`), or its error as a value. */
export type ConnectionItem = BatchItem<ConnectionCheckResult>;

/** What a batch of connection applications adds up to. */
export interface ConnectionsSummary extends ResultSummary {
  /**
   * The summary per rule, for the rules with at least one application (an application with an unknown pair has no
   * rule): counts per status, errors, and the mean, median and p90 net working days of the completed deadlines. The
   * 10 kV entry counts single-case averages (see `checkConnection`); its real average is `electricity10kvAverage`.
   */
  readonly byRule: Readonly<Partial<Record<ConnectionRuleId, ResultSummary>>>;
  /** `m06-electricity-10kv-average` over every completed, judged 10 kV urban application so far (`no_data` without any). */
  readonly electricity10kvAverage: AverageResult;
}

/** The stream of {@link checkConnections}: its items, one per application, and `summary()`. */
export type ConnectionsBatch = Batch<ConnectionItem, ConnectionsSummary>;

/** The options of {@link checkConnections}: `evaluate`'s (`calendar`, `trace`) and the batch's (`id`). */
export type CheckConnectionsOptions = EvaluateOptions & BatchOptions;

const OPTIONS = { calendar: null, trace: null, id: null } as const;
const RULE_ORDER: readonly ConnectionRuleId[] = Object.values(CONNECTION_RULES).flatMap((categories) => Object.values(categories));

/**
 * The summary of connection items: overall, per rule (an invalid application is counted under its rule when its
 * utility/category pair exists), and the 10 kV average over the completed, judged 10 kV applications.
 */
function connectionsCounting(options: EvaluateOptions | undefined): BatchCounting<ConnectionItem, ConnectionsSummary> {
  const overall = resultCounting();
  const byRule = new Map<ConnectionRuleId, BatchCounting<BatchItem, ResultSummary>>();
  const tenKvCases: AverageCase[] = [];
  return {
    add(item, input) {
      overall.add(item);
      const ruleId = connectionRuleIdOf(input);
      if (ruleId === undefined) return;
      let rule = byRule.get(ruleId);
      if (!rule) byRule.set(ruleId, (rule = resultCounting()));
      rule.add(item);
      if (item.ok && item.result.kind === 'average' && item.result.status !== 'out_of_range') {
        // It gave an average result, so it was a valid application.
        const { acceptedOn, completedOn, pauses } = input as ConnectionApplication;
        if (completedOn !== undefined && completedOn !== null) tenKvCases.push({ start: acceptedOn, end: completedOn, ...(pauses === undefined ? {} : { pauses }) });
      }
    },
    result() {
      return Object.freeze({
        ...overall.result(),
        byRule: Object.freeze(Object.fromEntries(RULE_ORDER.filter((id) => byRule.has(id)).map((id) => [id, byRule.get(id)?.result()]))),
        electricity10kvAverage: evaluate(TEN_KV_AVERAGE_RULE_ID, { cases: tenKvCases }, options),
      });
    },
  };
}

/**
 * Checks many connection applications, for a utility's monthly report, lazily and in order: each with
 * `checkConnection`, one item per application. Nothing an application contains stops the run: one whose answer needs
 * a year the calendar has no notice for is an `out_of_range` result (counted by status), an invalid one an error item
 * (`INVALID_FACTS`, with the valid pairs for an unknown utility/category). `summary()` adds up the items so far:
 * overall and per rule, and the 10 kV average rule over the completed 10 kV urban applications (their cases are the
 * only thing kept).
 *
 * @param applications - An iterable or async iterable of applications.
 * @param options - `calendar` and `trace`, as for `evaluate` (`trace: false` for large batches), and `id`: the field
 * of each application carried into its item as `id` (and not checked).
 * @returns The stream of items, with `summary()`.
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT for bad options or when `applications` is not iterable.
 * @example
 * ```ts
 * const batch = checkConnections([
 *   { utility: 'water', category: 'general', acceptedOn: '2021-09-28', completedOn: '2021-10-15' },
 *   { utility: 'electricity', category: '10kv_urban', acceptedOn: '2021-09-01', completedOn: '2021-10-19' },
 *   { utility: 'gas', category: 'total', acceptedOn: '2026-12-20', asOf: '2026-12-31' },
 * ]);
 * [...batch].map((item) => item.ok && item.result.status); //=> ['met', 'met', 'out_of_range']
 * batch.summary().byRule['m06-water-connection']?.statuses; //=> { met: 1 }
 * batch.summary().electricity10kvAverage.mean; //=> 30
 * ```
 */
export function checkConnections(applications: Iterable<ConnectionApplication | Readonly<Record<string, unknown>>>, options?: CheckConnectionsOptions): SyncBatch<ConnectionItem, ConnectionsSummary>;
export function checkConnections(applications: AsyncIterable<ConnectionApplication | Readonly<Record<string, unknown>>>, options?: CheckConnectionsOptions): ConnectionsBatch;
export function checkConnections(applications: Iterable<unknown> | AsyncIterable<unknown>, options?: CheckConnectionsOptions): ConnectionsBatch {
  // readOptions checked these options; its return type is only a record of unknowns.
  const { id, ...checkOptions } = readOptions(options, OPTIONS, '{ trace: false }') as CheckConnectionsOptions;
  const given = options === undefined ? undefined : checkOptions;
  // The options, checked before any application (an application's own errors become items).
  prepareEvaluation(TEN_KV_AVERAGE_RULE_ID, given);
  return createBatch<ConnectionCheckResult, ConnectionsSummary>(
    applications,
    { argument: 'applications', of: 'connection applications' },
    // The application is checked by checkConnection; batchItemOf's item is the generic one.
    (application, index) => batchItemOf(index, () => checkConnection(application as ConnectionApplication, given)) as ConnectionItem,
    connectionsCounting(given),
    checkIdOption(id),
  );
}
