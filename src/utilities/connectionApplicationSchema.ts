import { isRecord } from '../_internal/isRecord.js';
import * as z from 'zod/mini';
import { describeValue } from '../_internal/describeValue.js';
import type { DateInput } from '../calendar/types.js';
import type { Pause } from '../rules/index.js';
import { DateInputSchema, PauseSchema } from '../rules/internal.js';
import { CONNECTION_PAIRS, CONNECTION_RULES, type ConnectionCategory, type Utility } from './connectionRules.js';

/** The dates of a connection application. */
export interface ConnectionApplicationDates {
  /** The day the application was accepted (受理): day 0, not counted. */
  readonly acceptedOn: DateInput;
  /** The day the connection was completed; omit it (or `null`) while it has not been. */
  readonly completedOn?: DateInput | null;
  /** The day to judge an application still open on; default today in Asia/Shanghai. */
  readonly asOf?: DateInput;
  /** Intervals when the clock stopped (customer-caused delay…): not counted. */
  readonly pauses?: readonly Pause[];
}

/**
 * An application to connect to water, electricity or gas: its utility and category (which pick the rule, see
 * {@link CONNECTION_RULES}) and its dates.
 */
export type ConnectionApplication = {
  readonly [U in Utility]: ConnectionApplicationDates & { readonly utility: U; readonly category: ConnectionCategory<U> };
}[Utility];

const PAIRS_TEXT = `valid pairs (utility/category): ${CONNECTION_PAIRS.join(', ')}`;

function applicationSchema<U extends Utility>(utility: U) {
  const categories = Object.keys(CONNECTION_RULES[utility]) as [ConnectionCategory<U>, ...ConnectionCategory<U>[]];
  return z.strictObject({
    utility: z.literal(utility),
    category: z.enum(categories, { error: (issue) => `${describeValue(issue.input)} is not a category of ${utility}; ${PAIRS_TEXT}` }),
    acceptedOn: DateInputSchema,
    completedOn: z.optional(DateInputSchema),
    asOf: z.optional(DateInputSchema),
    pauses: z.optional(z.array(PauseSchema)),
  });
}

/**
 * The schema of a {@link ConnectionApplication}: a known utility and category (the message of an unknown pair lists
 * the valid ones), known fields only, real dates, pauses whose `from` is not after their `to`. Whether `completedOn`
 * is after `acceptedOn` is checked by the rule itself.
 *
 * @example
 * ```ts
 * ConnectionApplicationSchema.safeParse({ utility: 'water', category: 'general', acceptedOn: '2021-09-28' }).success; //=> true
 * ConnectionApplicationSchema.safeParse({ utility: 'water', category: 'total', acceptedOn: '2021-09-28' }).success; //=> false
 * ```
 */
export const ConnectionApplicationSchema = z.discriminatedUnion('utility', [applicationSchema('water'), applicationSchema('electricity'), applicationSchema('gas')], {
  error: (issue) => {
    if (issue.code !== 'invalid_union') return undefined;
    const input: unknown = issue.input;
    const utility = isRecord(input) ? input['utility'] : undefined;
    return `${describeValue(utility)} is not a utility; ${PAIRS_TEXT}`;
  },
});
