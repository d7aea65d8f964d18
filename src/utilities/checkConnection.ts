import type { EvaluateOptions, OutOfRangeResult, AverageResult, DeadlineResult } from '../rules/index.js';
import { evaluateRecord, type RecordEvaluation } from '../rules/internal.js';
import { parseRecord } from '../_internal/parseRecord.js';
import { ConnectionApplicationSchema, type ConnectionApplication } from './connectionApplicationSchema.js';
import { CONNECTION_PAIRS, connectionRuleIdOf, TEN_KV_AVERAGE_RULE_ID, type ConnectionRuleId } from './connectionRules.js';

/**
 * The result of checking application `A`: an {@link AverageResult} for a 10 kV urban user, a {@link DeadlineResult}
 * for any other category, either when the category is not known at compile time.
 */
export type ConnectionResultOf<A extends ConnectionApplication = ConnectionApplication> = A extends { readonly category: '10kv_urban' }
  ? AverageResult
  : '10kv_urban' extends A['category']
    ? DeadlineResult | AverageResult
    : DeadlineResult;

/** Any result of `checkConnection`: a deadline, the 10 kV average over one case, or `out_of_range` (of the application's rule and kind). */
export type ConnectionCheckResult = DeadlineResult | AverageResult | OutOfRangeResult<ConnectionRuleId, 'deadline' | 'average'>;

const LABEL = 'connection application';
// Where the facts' fields come from in an application; `asOf` and `pauses` keep their names.
const FIELDS = { start: 'acceptedOn', end: 'completedOn' } as const;

/**
 * Checks one utility connection application against the connection time of measure 6 for its utility and category
 * (water 9, low-voltage electricity 8, gas 8, 8, 3 and 13 working days; pauses not counted), by `evaluate`.
 *
 * A 10 kV urban user has no deadline of its own: the rule is that the **average** over users is at most 30 working
 * days. A completed 10 kV application is judged as that average over its one case (`mean` is its duration; `met` when
 * it alone is within 30 working days); an open one gives `no_data`. `checkConnections` judges the real average.
 *
 * @param application - `{ utility, category, acceptedOn, completedOn?, asOf?, pauses? }`.
 * @param options - `calendar` and `trace`, as for `evaluate`.
 * @returns The rule's result, or an `out_of_range` result (its `kind`, `code`, `message`, missing `years`) when the
 * answer needs a day outside the calendar.
 * @throws {@link InvalidFactsError} INVALID_FACTS listing every problem at its application path; an unknown
 * utility/category pair is one, its message and `details.validPairs` list the valid pairs.
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT for bad options.
 * @example
 * ```ts
 * const result = checkConnection({
 *   utility: 'water', category: 'general', acceptedOn: '2021-09-28', completedOn: '2021-10-13',
 *   pauses: [{ from: '2021-10-11', to: '2021-10-12' }],
 * });
 * result.status; //=> 'met'
 * (result as DeadlineResult).due; //=> '2021-10-19' // the National Day holiday and the two paused days are not counted
 * checkConnection({ utility: 'water', category: 'general', acceptedOn: '2026-12-25', asOf: '2026-12-28' }).status; //=> 'out_of_range'
 * ```
 */
export function checkConnection<const A extends ConnectionApplication>(application: A, options?: EvaluateOptions): ConnectionResultOf<A> | OutOfRangeResult<ConnectionRuleId, ConnectionResultOf<A>['kind']> {
  const parsed = parseRecord(ConnectionApplicationSchema, application, LABEL, { validPairs: CONNECTION_PAIRS });
  // The schema accepts only a category of the utility, so a rule exists.
  const ruleId = connectionRuleIdOf(parsed) as ConnectionRuleId;
  const { acceptedOn: start, completedOn: end, asOf, pauses } = parsed;
  const evaluation: RecordEvaluation =
    ruleId === TEN_KV_AVERAGE_RULE_ID
      ? { ruleId, facts: { cases: end === undefined ? [] : [{ start, end, pauses }] }, fields: FIELDS, depth: 2 }
      : { ruleId, facts: { start, end, asOf, pauses }, fields: FIELDS };
  // One evaluation, of this rule: its result or out_of_range, of the rule's kind.
  return evaluateRecord(LABEL, [evaluation], options)[0] as ConnectionResultOf<A> | OutOfRangeResult<ConnectionRuleId, ConnectionResultOf<A>['kind']>;
}
