import { safe } from '../errors/safe.js';
import { checkConnection } from './checkConnection.js';
import { checkZeroInvestment } from './checkZeroInvestment.js';

// The safe twins of the utilities' entry points: the same arguments and types, `{ success, data | error }` instead of a throw.

/**
 * {@link checkConnection} without throwing for a bad application: `{ success: true, data }` with the result, or
 * `{ success: false, error }`.
 *
 * @example
 * ```ts
 * const ok = safeCheckConnection({ utility: 'water', category: 'general', acceptedOn: '2021-09-28', completedOn: '2021-10-18' }); // due 10-15: 9 working days
 * ok.success && ok.data.status; //=> 'missed'
 * safeCheckConnection({ utility: 'water', category: 'general', acceptedOn: '2021-09-31' }).success; //=> false
 * ```
 */
export const safeCheckConnection = /* @__PURE__ */ safe(checkConnection);

/**
 * {@link checkZeroInvestment} without throwing for a bad project: `{ success: true, data }` with the check, or
 * `{ success: false, error }` with INVALID_FACTS.
 *
 * @example
 * ```ts
 * safeCheckZeroInvestment({ withinUrbanConstructionLand: true, customerCost: 'free', capacityKva: '200', enterpriseSize: 'small', customerInvestment: '0' }).success; //=> false
 * ```
 */
export const safeCheckZeroInvestment = /* @__PURE__ */ safe(checkZeroInvestment);
