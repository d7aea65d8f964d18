import { describeValue } from '../_internal/describeValue.js';
import { iterableKind } from '../_internal/iterableKind.js';
import { CalendarOutOfRangeError } from '../errors/calendarErrors.js';
import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { type OutOfRangeResult, type AverageCase, type BatchItem, createResultSummary, type ResultSummary, type ResultSummaryBuilder, evaluate, type EvaluateOptions, type AverageResult, type DeadlineResult } from '../rules/index.js';
import { isOutOfRangeResult, evaluatorOf, batchItemOf } from '../rules/internal.js';
import { checkConnection } from './checkConnection.js';
import type { ConnectionApplication } from './connectionApplicationSchema.js';
import { CONNECTION_RULES, connectionRuleIdOf, TEN_KV_AVERAGE_RULE_ID, type ConnectionRuleId } from './connectionRules.js';

/** The check of many connection applications. */
export interface ConnectionsReport {
  /** One item per application, in input order: its result (see `checkConnection`), or its error as a value. */
  readonly items: readonly BatchItem<DeadlineResult | AverageResult>[];
  /** The summary of every item. */
  readonly summary: ResultSummary;
  /**
   * The summary per rule, for the rules with at least one application (an application with an unknown pair has no
   * rule): counts per status, errors, and the mean, median and p90 net working days of the completed deadlines. The
   * 10 kV entry counts single-case averages (see `checkConnection`); its real average is `electricity10kvAverage`.
   */
  readonly byRule: Readonly<Partial<Record<ConnectionRuleId, ResultSummary>>>;
  /** `m06-electricity-10kv-average` over every completed, valid 10 kV urban application (`no_data` without any). */
  readonly electricity10kvAverage: AverageResult;
}

/** A judged result; an `out_of_range` one becomes the error item it stands for (its code, message and years). */
function judged(result: DeadlineResult | AverageResult | OutOfRangeResult): DeadlineResult | AverageResult {
  if (!isOutOfRangeResult(result)) return result;
  throw new CalendarOutOfRangeError(result.message, { years: result.years });
}

const RULE_ORDER: readonly ConnectionRuleId[] = Object.values(CONNECTION_RULES).flatMap((categories) => Object.values(categories));

/**
 * Checks many connection applications at once, for a utility's monthly report: each with `checkConnection` (an
 * invalid application, or one whose answer needs a day outside the calendar, becomes an error item with its code,
 * message and `details.years`; the others are still checked), a summary per rule, and the 10 kV
 * average rule over the completed 10 kV urban applications. For a stream too long to hold, use `evaluateMany` with
 * `createResultSummary` instead.
 *
 * @param applications - The applications (any iterable).
 * @param options - `calendar` and `trace`, as for `evaluate` (`trace: false` for large batches).
 * @returns The items, the summaries and the 10 kV average.
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT for bad options or when `applications` is not iterable.
 * @example
 * ```ts
 * const report = checkConnections([
 *   { utility: 'water', category: 'general', acceptedOn: '2021-09-28', completedOn: '2021-10-15' },
 *   { utility: 'electricity', category: '10kv_urban', acceptedOn: '2021-09-01', completedOn: '2021-10-19' },
 * ]);
 * report.byRule['m06-water-connection']?.statuses; //=> { met: 1 }
 * report.electricity10kvAverage.mean; //=> 30
 * ```
 */
export function checkConnections(applications: Iterable<ConnectionApplication>, options?: EvaluateOptions): ConnectionsReport {
  // The options, checked before any application (an application's own errors become items).
  evaluatorOf(TEN_KV_AVERAGE_RULE_ID, options);
  if (iterableKind(applications) !== 'sync') {
    throw new InvalidArgumentError(`\`applications\` must be an iterable (an array…) of connection applications, got ${describeValue(applications)}.`, {
      argument: 'applications',
    });
  }
  const items: BatchItem<DeadlineResult | AverageResult>[] = [];
  const summary = createResultSummary();
  const byRule = new Map<ConnectionRuleId, ResultSummaryBuilder>();
  const tenKvCases: AverageCase[] = [];
  let index = 0;
  for (const application of applications) {
    const item = batchItemOf<DeadlineResult | AverageResult>(index++, () => judged(checkConnection(application, options)));
    items.push(item);
    summary.add(item);
    const ruleId = connectionRuleIdOf(application);
    if (ruleId === undefined) continue;
    let ruleSummary = byRule.get(ruleId);
    if (!ruleSummary) {
      ruleSummary = createResultSummary();
      byRule.set(ruleId, ruleSummary);
    }
    ruleSummary.add(item);
    const { acceptedOn, completedOn, pauses } = application;
    if (item.ok && ruleId === TEN_KV_AVERAGE_RULE_ID && completedOn !== undefined && completedOn !== null) {
      tenKvCases.push({ start: acceptedOn, end: completedOn, ...(pauses === undefined ? {} : { pauses }) });
    }
  }
  return {
    items,
    summary: summary.result(),
    byRule: Object.fromEntries(RULE_ORDER.filter((id) => byRule.has(id)).map((id) => [id, byRule.get(id)?.result()])),
    electricity10kvAverage: evaluate(TEN_KV_AVERAGE_RULE_ID, { cases: tenKvCases }, options),
  };
}
