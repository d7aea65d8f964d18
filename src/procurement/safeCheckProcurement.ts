import { safe } from '../errors/safe.js';
import { checkProcurement } from './checkProcurement.js';

/**
 * {@link checkProcurement} without throwing for a bad record: `{ success: true, data }` with the check, or
 * `{ success: false, error }` with INVALID_FACTS naming every bad field.
 *
 * @example
 * ```ts
 * const bad = safeCheckProcurement({ awardNoticeIssuedOn: '2021-09-31', contractAmount: '100.00', prepaymentAmount: '30.00', supplierIsSme: false });
 * bad.success || bad.error.code; //=> 'INVALID_FACTS'
 * ```
 */
export const safeCheckProcurement = /* @__PURE__ */ safe(checkProcurement);
