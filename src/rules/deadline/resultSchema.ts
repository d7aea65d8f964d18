import * as z from 'zod/mini';
import { HolidayRefSchema, NoticeRefSchema } from '../../calendar/refSchemas.js';
import { calendarNotesShape, spanShape } from '../schema/calendarNotesSchema.js';
import { IsoDateSchema } from '../schema/dateSchemas.js';
import { CountSchema } from '../schema/numberSchemas.js';
import type { ReadonlyOutput } from '../schema/readonlyOutput.js';
import { resultHead } from '../schema/resultHead.js';
import { DeadlineStatusSchema } from '../schema/statusSchemas.js';
import { RollModeSchema } from './definitionSchema.js';

const dated = { holiday: HolidayRefSchema, notice: NoticeRefSchema };

/** The shape of a {@link DeadlineTraceStep}, told apart by `type`. */
export const DeadlineTraceStepSchema = z.discriminatedUnion('type', [
  /** The trigger day: day 0, not counted (民法典 §201). */
  z.object({ type: z.literal('start'), date: IsoDateSchema }),
  /** Rest days of an official holiday inside a working-day period: not counted. */
  z.object({ type: z.literal('holiday'), ...spanShape, ...dated }),
  /** A weekend day declared a working day (调休上班) inside a working-day period: counted. */
  z.object({ type: z.literal('makeup_workday'), date: IsoDateSchema, ...dated }),
  /**
   * A (merged) pause after the trigger day (for a 0-day period, from the trigger day): not counted. `ignored` when it
   * began after the due date: it cannot revive an expired period, so nothing was taken off (see the result's `warnings`).
   * `open` when no `to` was given: the clock has not restarted, and the pause was counted up to `to` (`asOf`, or `end`).
   */
  z.object({ type: z.literal('pause'), ...spanShape, reasons: z.array(z.string()), open: z.optional(z.literal(true)), ignored: z.optional(z.literal(true)) }),
  /** A calendar-day period's last day was not a working day and moved (民法典 §203). */
  z.object({ type: z.literal('roll'), ...spanShape, mode: RollModeSchema, holiday: z.optional(HolidayRefSchema), notice: z.optional(NoticeRefSchema) }),
  /** The due date: the last day, included. */
  z.object({ type: z.literal('due'), date: IsoDateSchema }),
  /** The day the action was done. */
  z.object({ type: z.literal('end'), date: IsoDateSchema }),
  /** The day a deadline not yet done was judged on. */
  z.object({ type: z.literal('as_of'), date: IsoDateSchema }),
]);

/** One step of a deadline's computation, in date order. */
export type DeadlineTraceStep = ReadonlyOutput<typeof DeadlineTraceStepSchema>;

/** The shape of a {@link DeadlineLimit}. */
export const DeadlineLimitSchema = z.object({ amount: CountSchema, unit: z.enum(['working_days', 'calendar_days']) });

/** The limit of a period deadline. */
export type DeadlineLimit = ReadonlyOutput<typeof DeadlineLimitSchema>;

const deadlineResultShape = {
  ...resultHead('deadline', DeadlineStatusSchema),
  /** The last day, `'YYYY-MM-DD'`, included. */
  due: IsoDateSchema,
  /** Absent for a fixed due date. */
  limit: z.optional(DeadlineLimitSchema),
  elapsed: z.optional(CountSchema),
  remaining: z.optional(CountSchema),
  overBy: z.optional(CountSchema),
  /**
   * Present (`true`) when `overBy` is a lower bound: the due date is in the calendar's data but `end`/`asOf` is past
   * it, so the status is certain and `overBy` counts the working days after `due` in the data and the first working
   * day on or after `end`/`asOf` (`elapsed` is then absent when `end`/`asOf` itself is past the data).
   */
  overByIsLowerBound: z.optional(z.literal(true)),
  /** The trigger day (day 0), `'YYYY-MM-DD'`; absent for a fixed due date. */
  start: z.optional(IsoDateSchema),
  /** The day the action was done, when it was. */
  end: z.optional(IsoDateSchema),
  /** The day a deadline not done was judged on (the facts' `asOf`, or today in Asia/Shanghai), when it is not done. */
  asOf: z.optional(IsoDateSchema),
  // The calendar's notes (`calendarNotesShape`), field by field so that each keeps its doc in the published types.
  /** Present (`true`) when a projected day decided the answer (a calendar with `unpublishedYears: 'provisional'`); `warnings` names the years. */
  provisional: calendarNotesShape.provisional,
  /**
   * A `'PROVISIONAL_CALENDAR'` warning when `provisional` is present; a `'PAUSE_AFTER_DUE'` warning for each pause
   * ignored; a `'MAY_CHANGE_WITH_NEXT_NOTICE'` warning when the answer read the last days of December before a year
   * whose notice is not in the calendar.
   */
  warnings: calendarNotesShape.warnings,
  /** The calendar's `asKnownOn` (`createCalendar({ asKnownOn })`) when it has one and the answer consulted it. */
  asKnownOn: calendarNotesShape.asKnownOn,
  /** Empty when evaluated with `trace: false`. */
  trace: z.array(DeadlineTraceStepSchema),
};

/**
 * The shape of a {@link DeadlineResult}: what `evaluate` gives, or the same after a JSON round trip (`explain` checks
 * a result against it before wording it).
 *
 * @example
 * ```ts
 * DeadlineResultSchema.safeParse(evaluate('m15-payment', { start: '2021-09-29' })).success; //=> true
 * ```
 */
export const DeadlineResultSchema: z.ZodMiniObject<typeof deadlineResultShape> = z.object(deadlineResultShape);

/**
 * The result of a deadline rule. `elapsed`, `remaining` and `overBy` are in the limit's unit, net of pauses
 * (for a fixed due date: calendar days, and no `limit` or `elapsed`). `remaining` is given when the action is or was
 * in time (days left from `end`/`asOf` to `due`), `overBy` when it is late: the days after `due` up to `end`/`asOf`,
 * in working days up to the first working day on or after it (a Saturday action after a Friday due date is 1 working
 * day late), so `overBy` ≥ 1 whenever the status is `missed` or `overdue`. A `not_started` result (an `asOf` before
 * the trigger day) has neither, nor `elapsed`. A pause that began after the due date is ignored, with a
 * `'PAUSE_AFTER_DUE'` warning. A fixed due date, or a calendar-day period with `roll: 'none'`, never consults the
 * calendar's days, so it never carries `provisional`, a `'PROVISIONAL_CALENDAR'` warning or `asKnownOn`.
 */
export type DeadlineResult = ReadonlyOutput<typeof DeadlineResultSchema>;
