import * as z from 'zod/mini';
import { DateFactSchema as dateField } from '../schema/dateSchemas.js';
import { notYet } from '../schema/notYet.js';
import { endNotBeforeStart, PausesSchema } from '../days/pauseSchema.js';

/**
 * Facts of a period deadline: `{ start, end?, asOf?, pauses? }`; `end` must not be before `start`; `end: null` means
 * not done yet, as when it is left out.
 *
 * @example
 * ```ts
 * DeadlineFactsSchema.parse({ start: new Date('2021-09-28T16:30:00Z') }); //=> { start: '2021-09-29' }
 * ```
 */
export const DeadlineFactsSchema = z
  .strictObject({
    /** The trigger day (day 0, never counted). */
    start: dateField,
    /** The day the action was done; omit it (or `null`) while it has not been. */
    end: notYet(dateField),
    /** The day to judge a pending deadline on; default today in Asia/Shanghai. Ignored when `end` is given. */
    asOf: z.optional(dateField),
    /** Intervals that do not count; overlapping ones merge. */
    pauses: PausesSchema,
  })
  .check(endNotBeforeStart);

/** Facts of a period deadline (the input of {@link DeadlineFactsSchema}). */
export type DeadlineFacts = Readonly<z.input<typeof DeadlineFactsSchema>>;

/**
 * Facts of a fixed-date deadline: `{ end?, asOf? }`; `end: null` means not done yet, as when it is left out.
 *
 * @example
 * ```ts
 * FixedDateFactsSchema.safeParse({ end: '2021-10-31' }).success; //=> true
 * ```
 */
export const FixedDateFactsSchema = z.strictObject({
  /** The day the action was done; omit it (or `null`) while it has not been. */
  end: notYet(dateField),
  /** The day to judge on; default today in Asia/Shanghai. Ignored when `end` is given. */
  asOf: z.optional(dateField),
});

/** Facts of a fixed-date deadline (期日) (the input of {@link FixedDateFactsSchema}). */
export type FixedDateFacts = Readonly<z.input<typeof FixedDateFactsSchema>>;

/** Validated period-deadline facts, as {@link DeadlineFactsSchema} outputs them. */
export type ParsedDeadlineFacts = z.output<typeof DeadlineFactsSchema>;

