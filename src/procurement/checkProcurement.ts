import type { EvaluateOptions, OutOfRangeResult, DeadlineLimit, DeadlineResult, RuleResult, ThresholdResult, NotStartedResult as AnyNotStartedResult } from '../rules/index.js';
import { evaluateRecord, type RecordEvaluation } from '../rules/internal.js';
import { parseRecord } from '../_internal/parseRecord.js';
import type { ProcurementRecord } from './procurementRecordSchema.js';
import { ProcurementRecordSchema } from './procurementRecordSchema.js';
import { readProcurementRecord } from './readProcurementRecord.js';
import { PROCUREMENT_DEADLINES, PROCUREMENT_RULE_IDS, type ProcurementDeadlineRuleId, type ProcurementRuleId } from './procurementRules.js';

/** The kind of procurement rule `Id`: the prepayment ratio is a threshold, the others are deadlines. */
export type ProcurementKindOf<Id extends ProcurementRuleId> = Id extends 'm15-prepayment-ratio' ? 'threshold' : 'deadline';

/**
 * A procurement rule whose trigger has not happened yet (or whose amount is not recorded yet): nothing to judge, and
 * not an error; `waitingFor` is the record field that starts it. `explain` says what it waits for.
 */
export type NotStartedResult<Id extends ProcurementRuleId = ProcurementRuleId> = Id extends ProcurementRuleId ? AnyNotStartedResult<Id, ProcurementKindOf<Id>, keyof ProcurementRecord> : never;

/**
 * The result of each procurement rule for one record; the signing deadline always runs (the award notice is
 * required). A deadline whose answer needs a day outside the calendar is `out_of_range` (see {@link OutOfRangeResult}).
 * Every result has a `kind` and a `status`; `Object.values(results)` is typed as the union of them all.
 */
export type ProcurementResults = {
  readonly 'm13-contract-signing': DeadlineResult | OutOfRangeResult<'m13-contract-signing', 'deadline'>;
  readonly 'm14-acceptance': DeadlineResult | NotStartedResult<'m14-acceptance'> | OutOfRangeResult<'m14-acceptance', 'deadline'>;
  readonly 'm15-payment': DeadlineResult | NotStartedResult<'m15-payment'> | OutOfRangeResult<'m15-payment', 'deadline'>;
  readonly 'm15-prepayment-ratio': ThresholdResult | NotStartedResult<'m15-prepayment-ratio'>;
};

/**
 * The state of a contract as a whole, from the worst of its rules:
 * `'missed'` (a deadline was missed or the prepayment ratio is not met: a breach already happened),
 * `'overdue'` (a deadline has passed and its action is still not done: act now),
 * `'incomplete'` (no breach and nothing overdue among the rules judged, but a rule is `out_of_range`: its answer needs
 * a year the calendar has no notice for),
 * `'pending'` (a deadline is running: see `upcoming`),
 * `'met'` (every rule started so far is met; `complete` says whether that is final).
 */
export type ProcurementStatus = 'missed' | 'overdue' | 'incomplete' | 'pending' | 'met';

/** A deadline still running: its due date and what is left, in its limit's unit. */
export interface UpcomingDeadline {
  readonly ruleId: ProcurementDeadlineRuleId;
  /** `'YYYY-MM-DD'`, included. */
  readonly due: string;
  /** Days left after `asOf` up to `due`, in `unit`. */
  readonly remaining: number;
  readonly unit: DeadlineLimit['unit'];
}

/** The check of a procurement record. */
export interface ProcurementCheck {
  /** What was checked, and how to read `status`: `labelOf(check.status, locale, check.kind)` gives the record's words. */
  readonly kind: 'procurement';
  readonly status: ProcurementStatus;
  /** Whether the outcome is final: every rule has started and been judged, and no deadline is still running (`pending` or `overdue`). */
  readonly complete: boolean;
  readonly results: ProcurementResults;
  /** The running deadlines, earliest due date first. */
  readonly upcoming: readonly UpcomingDeadline[];
}

const LABEL = 'procurement record';
/** The facts of the prepayment rule, in the order a missing one is named as what the rule waits for. */
const PREPAYMENT_FACTS = ['prepaymentAmount', 'contractAmount', 'supplierIsSme'] as const;

function overallStatus(results: readonly (RuleResult | OutOfRangeResult)[]): ProcurementStatus {
  const statuses = new Set(results.map((r) => r.status));
  if (statuses.has('missed') || statuses.has('not_met')) return 'missed';
  if (statuses.has('overdue')) return 'overdue';
  if (statuses.has('out_of_range')) return 'incomplete';
  if (statuses.has('pending')) return 'pending';
  return 'met';
}

/**
 * Checks one procurement contract against every procurement rule of measures 13–15 at once: contract signing within
 * 20 days of the award notice, acceptance within 7 working days of performance, payment within 5 working days of the
 * invoice, and the prepayment ratio (≥ 30%, ≥ 50% for an SME). Each rule is evaluated by `evaluate` on the record's
 * fields (see `PROCUREMENT_DEADLINES`); a rule whose trigger is not recorded yet is `not_started`, and one whose answer
 * needs a day outside the calendar is `out_of_range` while the others are still judged (status `'incomplete'` unless
 * a rule is already missed or overdue).
 *
 * @param record - The contract's dates and amounts.
 * @param options - `calendar` and `trace`, as for `evaluate`.
 * @returns The overall status, each rule's result and the running deadlines.
 * @throws {@link InvalidFactsError} INVALID_FACTS listing every problem at its record path (an unknown field, a bad
 * date or amount, an action day before its trigger day or without it).
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT for bad options.
 * @example
 * ```ts
 * const late = checkProcurement({ awardNoticeIssuedOn: '2026-12-15', contractAmount: '100.00', prepaymentAmount: '30.00', supplierIsSme: false, asOf: '2026-12-20' });
 * late.status; //=> 'incomplete' // the signing period ends in 2027, which has no notice yet
 * late.results['m13-contract-signing'].status; //=> 'out_of_range'
 * late.results['m15-prepayment-ratio'].status; //=> 'met' // still judged: 30% ≥ 30%
 * const check = checkProcurement({
 *   awardNoticeIssuedOn: '2021-09-08', contractSignedOn: '2021-09-28',
 *   invoiceReceivedOn: '2021-09-29', contractAmount: '1000000.00', prepaymentAmount: '300000.00',
 *   supplierIsSme: true, asOf: '2021-10-08',
 * });
 * check.status; //=> 'missed' // an SME's prepayment must be ≥ 50%
 * check.results['m15-prepayment-ratio'].status; //=> 'not_met'
 * check.results['m14-acceptance']; //=> { ruleId: 'm14-acceptance', kind: 'deadline', status: 'not_started', waitingFor: 'performanceCompletedOn' }
 * check.upcoming; //=> [{ ruleId: 'm15-payment', due: '2021-10-12', remaining: 3, unit: 'working_days' }]
 * ```
 */
export function checkProcurement(record: ProcurementRecord, options?: EvaluateOptions): ProcurementCheck {
  const parsed = readProcurementRecord(record) ?? parseRecord(ProcurementRecordSchema, record, LABEL);
  const asOf = parsed.asOf === undefined ? {} : { asOf: parsed.asOf };
  const evaluations: RecordEvaluation[] = PROCUREMENT_DEADLINES.filter(({ start }) => parsed[start] !== undefined).map(({ ruleId, start, end }) => ({
    ruleId,
    facts: { start: parsed[start], end: parsed[end], ...asOf },
    fields: { start, end },
  }));
  const { contractAmount, prepaymentAmount, supplierIsSme } = parsed;
  const prepaymentWaitsFor = PREPAYMENT_FACTS.find((field) => parsed[field] === undefined);
  if (prepaymentWaitsFor === undefined) evaluations.push({ ruleId: 'm15-prepayment-ratio', facts: { contractAmount, prepaymentAmount, supplierIsSme } });
  const evaluated = evaluateRecord(LABEL, evaluations, options);
  const byId = new Map<string, RuleResult | OutOfRangeResult>(evaluated.map((r) => [r.ruleId, r]));
  const resultOf = (ruleId: ProcurementRuleId, waitingFor: keyof ProcurementRecord): RuleResult | OutOfRangeResult | NotStartedResult =>
    // The literal fits NotStartedResult for this rule id; TypeScript cannot tie `kind` to the id in a ternary.
    byId.get(ruleId) ?? (Object.freeze({ ruleId, kind: ruleId === 'm15-prepayment-ratio' ? 'threshold' : 'deadline', status: 'not_started', waitingFor }) as NotStartedResult);
  // Each deadline waits for its trigger day, the prepayment ratio for its first missing fact.
  const results = Object.fromEntries([
    ...PROCUREMENT_DEADLINES.map(({ ruleId, start }) => [ruleId, resultOf(ruleId, start)]),
    ['m15-prepayment-ratio', resultOf('m15-prepayment-ratio', prepaymentWaitsFor ?? 'prepaymentAmount')],
    // Object.fromEntries gives a record of the union; each id's entry is that rule's result (its kind, or not_started, or out_of_range).
  ]) as unknown as ProcurementResults;
  const upcoming = evaluated
    .filter((r): r is DeadlineResult => 'kind' in r && r.kind === 'deadline' && r.status === 'pending')
    // A pending result of a period deadline (every procurement deadline is one) always has `remaining` and `limit`; the ids are the procurement deadlines'.
    .map((r) => ({ ruleId: r.ruleId as ProcurementDeadlineRuleId, due: r.due, remaining: r.remaining as number, unit: (r.limit as DeadlineLimit).unit }))
    .sort((a, b) => a.due.localeCompare(b.due));
  const status = overallStatus(evaluated);
  const running = evaluated.some((r) => r.status === 'pending' || r.status === 'overdue' || r.status === 'not_started' || r.status === 'out_of_range');
  return { kind: 'procurement', status, complete: evaluated.length === PROCUREMENT_RULE_IDS.length && !running, results, upcoming };
}
