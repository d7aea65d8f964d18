import * as z from 'zod/mini';
import { eachKind } from './kindRegistry.js';
import { notStartedShape, outOfRangeShape } from './schema/unjudgedResults.js';

/**
 * The shape of a `RuleResult`, kind by kind (each kind's `resultSchema`, from {@link RULE_KINDS}, of which each kind's
 * result type is the output): what `evaluate` returns, or the same result after a JSON round trip. Every date must be
 * a real `'YYYY-MM-DD'` date, every count a whole number ≥ 0 and every decimal a plain decimal string, so that an
 * explanation is never built from junk.
 *
 * @example
 * ```ts
 * RuleResultSchema.safeParse(JSON.parse(JSON.stringify(evaluate('m15-payment', { start: '2021-09-29' })))).success; //=> true
 * ```
 */
export const RuleResultSchema = z.discriminatedUnion('kind', eachKind('resultSchema'));

const KINDS = z.enum(eachKind('kind'));

/**
 * The shape of an `out_of_range` result (`OutOfRangeResult`), as the façades and batches give it or after a JSON
 * round trip; `explain` words it from its `ruleId`, `kind` and missing `years`.
 *
 * @example
 * ```ts
 * OutOfRangeResultSchema.safeParse({ ruleId: 'm15-payment', kind: 'deadline', status: 'out_of_range', code: 'CALENDAR_OUT_OF_RANGE', message: '…', years: [2027], details: {} }).success; //=> true
 * ```
 */
export const OutOfRangeResultSchema = z.object({ ...outOfRangeShape, kind: KINDS });

/**
 * The shape of a record's `not_started` result (`NotStartedResult` of `checkProcurement`): its `ruleId`, `kind` and
 * the field it is `waitingFor`.
 *
 * @example
 * ```ts
 * NotStartedResultSchema.safeParse({ ruleId: 'm15-payment', kind: 'deadline', status: 'not_started', waitingFor: 'invoiceReceivedOn' }).success; //=> true
 * ```
 */
export const NotStartedResultSchema = z.object({ ...notStartedShape, kind: KINDS });
