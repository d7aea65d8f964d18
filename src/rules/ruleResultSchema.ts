import * as z from 'zod/mini';
import { eachKind } from './kindRegistry.js';

/**
 * The shape of a `RuleResult` as `explain` reads it, kind by kind (each kind's `resultSchema`, from
 * {@link RULE_KINDS}): what `evaluate` returns, or the same result after a JSON round trip. Fields `explain` does not
 * read are not checked; every date it prints must be a real `'YYYY-MM-DD'` date, every count a whole number ≥ 0 and
 * every decimal a plain decimal string, so that an explanation is never built from junk.
 *
 * @example
 * ```ts
 * RuleResultSchema.safeParse(JSON.parse(JSON.stringify(evaluate('m15-payment', { start: '2021-09-29' })))).success; //=> true
 * ```
 */
export const RuleResultSchema = z.discriminatedUnion('kind', eachKind('resultSchema'));

const KINDS = z.enum(eachKind('kind'));

/**
 * The shape of an `out_of_range` result as `explain` reads it (its `ruleId`, `kind` and missing `years`), as the
 * façades and batches give it or after a JSON round trip.
 *
 * @example
 * ```ts
 * OutOfRangeResultSchema.safeParse({ ruleId: 'm15-payment', kind: 'deadline', status: 'out_of_range', years: [2027] }).success; //=> true
 * ```
 */
export const OutOfRangeResultSchema = z.object({ ruleId: z.string(), kind: KINDS, status: z.literal('out_of_range'), years: z.array(z.int()) });

/**
 * The shape of a record's `not_started` result (`checkProcurement`) as `explain` reads it: its `ruleId`, `kind` and
 * the field it is `waitingFor`.
 *
 * @example
 * ```ts
 * NotStartedResultSchema.safeParse({ ruleId: 'm15-payment', kind: 'deadline', status: 'not_started', waitingFor: 'invoiceReceivedOn' }).success; //=> true
 * ```
 */
export const NotStartedResultSchema = z.object({ ruleId: z.string(), kind: KINDS, status: z.literal('not_started'), waitingFor: z.string() });
