import * as z from 'zod/mini';
import { calendarNotesShape, NextNoticeWarningSchema, ProvisionalCalendarWarningSchema } from '../schema/calendarNotesSchema.js';
import { IsoDateSchema } from '../schema/dateSchemas.js';
import { CountSchema } from '../schema/numberSchemas.js';
import type { ReadonlyOutput } from '../schema/readonlyOutput.js';
import { resultHead } from '../schema/resultHead.js';
import { AverageStatusSchema } from '../schema/statusSchemas.js';

/** The shape of an {@link AverageTraceStep}, told apart by `type`. */
export const AverageTraceStepSchema = z.discriminatedUnion('type', [
  /** One case's duration, in the limit's unit, net of pauses. */
  z.object({ type: z.literal('case'), index: CountSchema, start: IsoDateSchema, end: IsoDateSchema, duration: CountSchema }),
  /** The exact comparison: `sum ≤ limit × count`. */
  z.object({ type: z.literal('comparison'), sum: CountSchema, count: CountSchema, limit: CountSchema, holds: z.boolean() }),
]);

/** One step of an average's computation. */
export type AverageTraceStep = ReadonlyOutput<typeof AverageTraceStepSchema>;

const averageResultShape = {
  ...resultHead('average', AverageStatusSchema),
  mean: z.nullable(z.number()),
  median: z.nullable(z.number()),
  max: z.nullable(z.number()),
  count: CountSchema,
  withinLimit: CountSchema,
  /**
   * Present (`true`) when a case ends after the calendar's data and was counted up to its last day: `mean`, `median`,
   * `max` and `withinLimit` are then lower bounds, and the status (`not_met`) is certain all the same.
   */
  figuresAreLowerBounds: z.optional(z.literal(true)),
  // The calendar's notes (`calendarNotesShape`), field by field so that each keeps its doc in the published types.
  /** Present (`true`) when a projected day decided the answer (a calendar with `unpublishedYears: 'provisional'`); `warnings` names the years. */
  provisional: calendarNotesShape.provisional,
  /**
   * Present with a `'PROVISIONAL_CALENDAR'` warning when `provisional` is, and with a `'MAY_CHANGE_WITH_NEXT_NOTICE'`
   * warning when a case counted days the next year's notice may still change.
   */
  warnings: z.optional(z.array(z.discriminatedUnion('code', [ProvisionalCalendarWarningSchema, NextNoticeWarningSchema]))),
  /** The calendar's `asKnownOn` (`createCalendar({ asKnownOn })`) when it has one and the answer consulted it. */
  asKnownOn: calendarNotesShape.asKnownOn,
  trace: z.array(AverageTraceStepSchema),
};

/**
 * The shape of an {@link AverageResult}: what `evaluate` gives, or the same after a JSON round trip (`explain` checks
 * a result against it before wording it); `mean` is `null` exactly when there are no cases.
 *
 * @example
 * ```ts
 * AverageResultSchema.safeParse({ ruleId: 'x', kind: 'average', status: 'no_data', mean: null, median: null, max: null, count: 0, withinLimit: 0, trace: [] }).success; //=> true
 * ```
 */
export const AverageResultSchema: z.ZodMiniObject<typeof averageResultShape> = z.object(averageResultShape).check(z.refine((r) => (r.mean === null) === (r.count === 0), { error: 'must be null exactly when `count` is 0', path: ['mean'] }));

/**
 * The result of an average rule. `mean`, `median` and `max` are `null` without cases; `withinLimit` counts cases with
 * a duration ≤ the limit. Only averages in working days consult the calendar, so only they carry `provisional`,
 * `warnings` and `asKnownOn`.
 */
export type AverageResult = ReadonlyOutput<typeof AverageResultSchema>;
