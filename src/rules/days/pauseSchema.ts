import * as z from 'zod/mini';
import { fieldOrderCheck } from '../../_internal/fieldOrderCheck.js';
import { DateFactSchema as dateField } from '../schema/dateSchemas.js';
import { notYet } from '../schema/notYet.js';
import { readonlyArray } from '../schema/readonlyArray.js';

/**
 * One pause; `from` must not be after `to`; `to` left out or `null` is an open pause.
 *
 * @example
 * ```ts
 * DeadlinePauseSchema.safeParse({ from: '2021-10-02', to: '2021-10-01' }).success; //=> false
 * ```
 */
export const DeadlinePauseSchema = z
  .strictObject({
    from: dateField,
    /** The last paused day; omit it (or `null`) while the clock has not restarted (still waiting for the applicant…). */
    to: notYet(dateField),
    /** Why the clock stopped (补正, 检验检测, 客户原因…), kept in the trace. */
    reason: z.optional(z.string()),
  })
  .check(fieldOrderCheck('from', 'to', 'after', (from: string, to: string) => from > to));

/**
 * An interval during which the clock stops: no day from `from` to `to` (both included) counts. A pause without `to`
 * (left out or `null`) is still open: it runs until `asOf` (today when not given), or until `end` once done.
 */
export type DeadlinePause = Readonly<z.input<typeof DeadlinePauseSchema>>;

/** Optional pauses; overlapping ones merge. */
export const PausesSchema = z.optional(readonlyArray(DeadlinePauseSchema));

/** The check that a fact `end` is not before `start`. */
export const endNotBeforeStart = fieldOrderCheck('end', 'start', 'before', (end: string, start: string) => end < start);
