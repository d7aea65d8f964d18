import { safe } from '../errors/safe.js';
import { defineRule } from './defineRule.js';
import { evaluate } from './evaluate.js';
import { parseAmount } from './input/parseAmount.js';
import { parseBoolean } from './input/parseBoolean.js';

// The safe twins of the rules' entry points for user data: the same arguments and types, `{ success, data | error }` instead of a throw.

/**
 * {@link evaluate} without throwing for bad input: a library error (INVALID_FACTS, UNKNOWN_RULE, CALENDAR_OUT_OF_RANGE…)
 * comes back as `{ success: false, error }`, the result as `{ success: true, data }`. Anything else (a bug) still throws.
 *
 * @example
 * ```ts
 * const ok = safeEvaluate('m15-payment', { start: '2021-09-29', end: '2021-10-12' });
 * ok.success && ok.data.status; //=> 'met'
 * const bad = safeEvaluate('m15-payment', { start: '2021-09-31' });
 * bad.success || bad.error.code; //=> 'INVALID_FACTS'
 * bad.success || bad.error.message; //=> "Invalid facts for rule 'm15-payment': start: '2021-09-31' is not a real date: September 2021 has 30 days."
 * ```
 */
export const safeEvaluate = /* @__PURE__ */ safe(evaluate);

/**
 * {@link defineRule} without throwing: `{ success: true, data }` with the frozen definition, or `{ success: false, error }`
 * with INVALID_RULE and every problem of the definition.
 *
 * @example
 * ```ts
 * safeDefineRule({ id: 'x', kind: 'deadline' }).success; //=> false
 * ```
 */
export const safeDefineRule = /* @__PURE__ */ safe(defineRule);

/**
 * {@link parseAmount} without throwing: `{ success: true, data }` with the plain decimal, or `{ success: false, error }`.
 *
 * @example
 * ```ts
 * safeParseAmount('¥1,200,000.00'); //=> { success: true, data: '1200000.00' }
 * safeParseAmount('1.200,00').success; //=> false
 * ```
 */
export const safeParseAmount = /* @__PURE__ */ safe(parseAmount);

/**
 * {@link parseBoolean} without throwing: `{ success: true, data }` with the boolean, or `{ success: false, error }`.
 *
 * @example
 * ```ts
 * safeParseBoolean('否'); //=> { success: true, data: false }
 * safeParseBoolean('yes').success; //=> false
 * ```
 */
export const safeParseBoolean = /* @__PURE__ */ safe(parseBoolean);
