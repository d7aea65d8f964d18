import { type EvaluateOptions, getRule, type ThresholdResult, type ThresholdStatus, thresholdFactsSchema } from '../rules/index.js';
import { evaluateRecord, type FactsOfId } from '../rules/internal.js';
import { parseRecord } from '../_internal/parseRecord.js';

/**
 * A connection project, with the inputs of both measure-7 rules: whether it lies within urban planned construction
 * land and the cost outside the red line the customer bore (`m07-no-outside-redline-cost`), and the connection
 * capacity, the enterprise size and the customer's investment in power works outside the red line
 * (`m07-electricity-zero-investment`).
 */
export type ZeroInvestmentProject = FactsOfId<'m07-no-outside-redline-cost'> & FactsOfId<'m07-electricity-zero-investment'>;

/** The results of both measure-7 rules for one project. */
export interface ZeroInvestmentCheck {
  /** The kind of both rules, and how to read `status`: `labelOf(check.status, locale, check.kind)`. */
  readonly kind: 'threshold';
  /** `'not_met'` when either rule is not met, else `'met'` when either is met, else `'not_applicable'`. */
  readonly status: ThresholdStatus;
  readonly results: {
    readonly 'm07-no-outside-redline-cost': ThresholdResult;
    readonly 'm07-electricity-zero-investment': ThresholdResult;
  };
}

const RULE_IDS = ['m07-no-outside-redline-cost', 'm07-electricity-zero-investment'] as const;
const LABEL = 'zero-investment project';
// The project is the two rules' inputs side by side (their names do not overlap), validated by the rules' own schemas.
const ProjectSchema = thresholdFactsSchema(Object.fromEntries(RULE_IDS.flatMap((id) => Object.entries(getRule(id).inputs))));

/**
 * Checks a connection project against both rules of measure 7 in one call, by `evaluate`: no cost outside the red
 * line for the customer within urban planned construction land, and zero investment outside the red line for a small
 * or micro enterprise connecting 160 kVA or less.
 *
 * @param project - The inputs of both rules.
 * @param options - `calendar` and `trace`, as for `evaluate`.
 * @returns The overall status and both results.
 * @throws {@link InvalidFactsError} INVALID_FACTS listing every problem with its path (an unknown or missing field, a bad amount).
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT for bad options.
 * @example
 * ```ts
 * const check = checkZeroInvestment({
 *   withinUrbanConstructionLand: true, customerCost: '0', capacityKva: '200', enterpriseSize: 'small', customerInvestment: '35000.00',
 * });
 * check.status; //=> 'met'
 * check.results['m07-electricity-zero-investment'].status; //=> 'not_applicable' // 200 kVA is above 160
 * ```
 */
export function checkZeroInvestment(project: ZeroInvestmentProject, options?: EvaluateOptions): ZeroInvestmentCheck {
  const parsed = parseRecord(ProjectSchema, project, LABEL);
  // Two evaluations of threshold rules, in order; a threshold never reads the calendar, so never out_of_range.
  const results = evaluateRecord(
    LABEL,
    RULE_IDS.map((ruleId) => ({ ruleId, facts: Object.fromEntries(Object.keys(getRule(ruleId).inputs).map((name) => [name, parsed[name]])) })),
    options,
  ) as [ThresholdResult, ThresholdResult];
  const statuses = results.map((r) => r.status);
  return {
    kind: 'threshold',
    status: statuses.includes('not_met') ? 'not_met' : statuses.includes('met') ? 'met' : 'not_applicable',
    results: { 'm07-no-outside-redline-cost': results[0], 'm07-electricity-zero-investment': results[1] },
  };
}
