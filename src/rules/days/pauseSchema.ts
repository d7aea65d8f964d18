import * as z from 'zod/mini';
import { DateFactSchema as dateField } from '../schema/dateSchemas.js';

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
