import type { AverageResult } from './average/resultSchema.js';
import type { DeadlineResult } from './deadline/resultSchema.js';
import type { NotStartedResultOf, OutOfRangeResultOf } from './schema/unjudgedResults.js';
import type { TargetResult } from './target/resultSchema.js';
import type { ThresholdResult } from './threshold/resultSchema.js';

/** The result of any rule, as `evaluate` gives it. */
export type RuleResult = DeadlineResult | ThresholdResult | TargetResult | AverageResult;

/** The kind of a rule and of its results: `'deadline'`, `'threshold'`, `'target'` or `'average'`. */
export type RuleKind = RuleResult['kind'];

/**
 * The result of a rule whose answer needs a day the calendar has no data for (a year whose State Council notice is not
 * in it): a value, not an error, in a record's check (`checkProcurement`, `checkConnection`) and in every batch
 * (`evaluateMany`, `checkProcurements`, `checkConnections`, the CLI), where the other rules and records are still
 * judged and summaries count it as the status `out_of_range`. `evaluate` itself throws `CALENDAR_OUT_OF_RANGE` instead.
 * `explain` words it for people (the rule's name and the missing years); `message` and `details` are for developers.
 * Its shape: `rules/ruleResultSchema.ts`.
 */
export type OutOfRangeResult<Id extends string = string, K extends RuleKind = RuleKind> = OutOfRangeResultOf<Id, K>;

/**
 * The result of a rule of a record's check (`checkProcurement`) whose trigger is not recorded yet (the invoice has not
 * come, the prepayment is not entered): nothing to judge yet, and not an error. `waitingFor` is the record field that
 * starts it; `explain` says what it waits for in the rule's own words. Its shape: `rules/ruleResultSchema.ts`.
 */
export type NotStartedResult<Id extends string = string, K extends RuleKind = RuleKind, Field extends string = string> = NotStartedResultOf<Id, K, Field>;

/**
 * Every result the library returns, façades and batches included: a {@link RuleResult} of `evaluate`, an
 * {@link OutOfRangeResult} (a rule whose answer needs a year the calendar has no notice for), or a
 * {@link NotStartedResult} (a record's rule whose trigger is not recorded yet). Each has a `kind` ({@link RuleKind})
 * and a `status` ({@link ResultStatus}), and `explain` words each in Chinese and English.
 */
export type AnyRuleResult = RuleResult | OutOfRangeResult | NotStartedResult;

/**
 * The status of any result, one union for every kind (summaries count each):
 * - deadline: `'met'`, `'missed'`, `'pending'`, `'overdue'`, `'not_started'`;
 * - threshold: `'met'`, `'not_met'`, `'not_applicable'`;
 * - target: `'achieved'`, `'on_track'`, `'behind'`, `'missed'`;
 * - average: `'met'`, `'not_met'`, `'no_data'`;
 * - any kind: `'out_of_range'` (the answer needs a year the calendar has no notice for) and, in a record's check,
 *   `'not_started'` (the rule's trigger is not recorded yet).
 */
export type ResultStatus = AnyRuleResult['status'];
