import * as z from 'zod/mini';
import { DateFactSchema as dateField } from '../schema/dateSchemas.js';
import { notYet } from '../schema/notYet.js';

/**
 * One pause; `from` must not be after `to`.
 *
 * @example
 * ```ts
 * PauseSchema.safeParse({ from: '2021-10-02', to: '2021-10-01' }).success; //=> false
 * ```
 */
export const PauseSchema = z
  .strictObject({
    from: dateField,
    to: dateField,
    /** Why the clock stopped (补正, 检验检测, 客户原因…), kept in the trace. */
    reason: z.optional(z.string()),
  })
  .check(z.refine((p) => p.from <= p.to, { message: 'must not be after `to`', path: ['from'] }));

/** An interval during which the clock stops: no day from `from` to `to` (both included) counts. */
export type Pause = Readonly<z.input<typeof PauseSchema>>;

/** Optional pauses; overlapping ones merge. */
export const PausesSchema = z.optional(z.readonly(z.array(PauseSchema)));

/** The check that a fact `end` is not before `start`. */
export const endNotBeforeStart = z.refine<{ readonly start: string; readonly end?: string | undefined }>((f) => f.end === undefined || f.end >= f.start, {
  message: 'must not be before `start`',
  path: ['end'],
});

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

