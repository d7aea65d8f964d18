import { deepFreeze } from '../_internal/deepFreeze.js';

/**
 * The ids of the procurement rules of measures 13–15, in the order of a contract's life: signing, acceptance,
 * payment, prepayment.
 *
 * @example
 * ```ts
 * PROCUREMENT_RULE_IDS.includes('m15-payment'); //=> true
 * ```
 */
export const PROCUREMENT_RULE_IDS = Object.freeze(['m13-contract-signing', 'm14-acceptance', 'm15-payment', 'm15-prepayment-ratio'] as const);

/** The id of a procurement rule. */
export type ProcurementRuleId = (typeof PROCUREMENT_RULE_IDS)[number];

/**
 * The three procurement deadlines and the fields of a procurement record that start and end each: the trigger day
 * (`start`, not counted) and the day the action was done (`end`).
 *
 * @example
 * ```ts
 * PROCUREMENT_DEADLINES.find((d) => d.ruleId === 'm15-payment'); //=> { ruleId: 'm15-payment', start: 'invoiceReceivedOn', end: 'paymentProcessedOn' }
 * ```
 */
export const PROCUREMENT_DEADLINES = deepFreeze([
  { ruleId: 'm13-contract-signing', start: 'awardNoticeIssuedOn', end: 'contractSignedOn' },
  { ruleId: 'm14-acceptance', start: 'performanceCompletedOn', end: 'acceptanceOrganizedOn' },
  { ruleId: 'm15-payment', start: 'invoiceReceivedOn', end: 'paymentProcessedOn' },
] as const);

/** The id of a procurement deadline (every procurement rule but the prepayment ratio). */
export type ProcurementDeadlineRuleId = (typeof PROCUREMENT_DEADLINES)[number]['ruleId'];
