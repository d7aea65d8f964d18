import * as z from 'zod/mini';
import type { DateInput } from '../../calendar/types.js';
import { DateFactSchema as dateField } from '../schema/dateSchemas.js';
import { fieldOrderCheck } from '../../_internal/fieldOrderCheck.js';

/**
 * An interval during which the clock stops: no day from `from` to `to` (both included) counts. A pause without `to`
 * (left out or `null`) is still open: it runs until `asOf` (today when not given), or until `end` once done.
 */
export interface Pause {
  readonly from: DateInput;
  /** The last paused day; omit it (or `null`) while the clock has not restarted (still waiting for the applicant…). */
  readonly to?: DateInput | null;
  /** Why the clock stopped (补正, 检验检测, 客户原因…), kept in the trace. */
  readonly reason?: string;
}

/** Facts of a period deadline. */
export interface DeadlineFacts {
  /** The trigger day (day 0, never counted). */
  readonly start: DateInput;
  /** The day the action was done; omit it (or `null`) while it has not been. */
  readonly end?: DateInput | null;
  /** The day to judge a pending deadline on; default today in Asia/Shanghai. Ignored when `end` is given. */
  readonly asOf?: DateInput;
  /** Intervals that do not count; overlapping ones merge. */
  readonly pauses?: readonly Pause[];
}

/** Facts of a fixed-date deadline (期日). */
export interface FixedDateFacts {
  /** The day the action was done; omit it (or `null`) while it has not been. */
  readonly end?: DateInput | null;
  /** The day to judge on; default today in Asia/Shanghai. Ignored when `end` is given. */
  readonly asOf?: DateInput;
}

/**
 * One pause; `from` must not be after `to`; `to` left out or `null` is an open pause.
 *
 * @example
 * ```ts
 * PauseSchema.safeParse({ from: '2021-10-02', to: '2021-10-01' }).success; //=> false
 * ```
 */
export const PauseSchema = z
  .strictObject({ from: dateField, to: z.optional(z.nullable(dateField)), reason: z.optional(z.string()) })
  .check(fieldOrderCheck('from', 'to', 'after', (from: string, to: string) => from > to));

/** Optional pauses. */
export const PausesSchema = z.optional(z.array(PauseSchema));

/** The check that a fact `end` is not before `start`. */
export const endNotBeforeStart = fieldOrderCheck('end', 'start', 'before', (end: string, start: string) => end < start);

/**
 * Facts of a period deadline: `{ start, end?, asOf?, pauses? }`; `end` must not be before `start`.
 *
 * @example
 * ```ts
 * DeadlineFactsSchema.parse({ start: new Date('2021-09-28T16:30:00Z') }); //=> { start: '2021-09-29' }
 * ```
 */
export const DeadlineFactsSchema = z
  .strictObject({ start: dateField, end: z.optional(dateField), asOf: z.optional(dateField), pauses: PausesSchema })
  .check(endNotBeforeStart);

/**
 * Facts of a fixed-date deadline: `{ end?, asOf? }`.
 *
 * @example
 * ```ts
 * FixedDateFactsSchema.safeParse({ end: '2021-10-31' }).success; //=> true
 * ```
 */
export const FixedDateFactsSchema = z.strictObject({ end: z.optional(dateField), asOf: z.optional(dateField) });

/** Validated period-deadline facts, as {@link DeadlineFactsSchema} outputs them. */
export type ParsedDeadlineFacts = z.output<typeof DeadlineFactsSchema>;

