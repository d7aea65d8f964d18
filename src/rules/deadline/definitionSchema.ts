import * as z from 'zod/mini';
import { IsoDateSchema } from '../schema/dateSchemas.js';
import { DayAmountSchema, frozen, ruleFields, BilingualTextSchema } from '../schema/ruleFields.js';

/** How the last day of a calendar-day period that is not a working day moves (民法典 §203); see `addCalendarDays`. */
export const RollModeSchema = z.enum(['next_working_day', 'none', 'statutory_holidays_only']);

/** A limit in working days: day N is the N-th working day after the trigger day. */
const WorkingDayLimitSchema = frozen(z.strictObject({ amount: DayAmountSchema, unit: z.literal('working_days') }));

/** A limit in calendar days (民法典 §§201, 203): day N is N days after the trigger day, rolled per `roll` (default `'next_working_day'`). */
const CalendarDayLimitSchema = frozen(
  z.strictObject({ amount: DayAmountSchema, unit: z.literal('calendar_days'), roll: z.optional(RollModeSchema) }),
);

/** The limit of a period deadline. */
export const PeriodLimitSchema = z.discriminatedUnion('unit', [WorkingDayLimitSchema, CalendarDayLimitSchema]);

/**
 * A deadline counted from a trigger event (day 0, never counted) to a completion event; day N is included (以内, 民法典 §1259).
 *
 * @example
 * ```ts
 * PeriodDeadlineRuleSchema.safeParse(getRule('m15-payment')).success; //=> true
 * ```
 */
export const PeriodDeadlineRuleSchema = frozen(
  z.strictObject({
    ...ruleFields,
    kind: z.literal('deadline'),
    timing: z.literal('period'),
    /** The trigger event, as a clause: `{ zh: '收到发票', en: 'the invoice was received' }`. */
    trigger: BilingualTextSchema,
    /** What must be done, as a verb phrase: `{ zh: '办理支付手续', en: 'process the payment' }`. */
    action: BilingualTextSchema,
    limit: PeriodLimitSchema,
  }),
);

/**
 * A fixed due date (期日): the action must be done on or before `due`, which never rolls.
 *
 * @example
 * ```ts
 * FixedDateDeadlineRuleSchema.safeParse(getRule('m24-chuanyu-same-standard')).success; //=> true
 * ```
 */
export const FixedDateDeadlineRuleSchema = frozen(
  z.strictObject({
    ...ruleFields,
    kind: z.literal('deadline'),
    timing: z.literal('fixed_date'),
    action: BilingualTextSchema,
    due: IsoDateSchema,
  }),
);

/**
 * A deadline: a period from a trigger, or a fixed due date.
 *
 * @example
 * ```ts
 * DeadlineRuleSchema.safeParse(getRule('m13-contract-signing')).success; //=> true
 * ```
 */
export const DeadlineRuleSchema = z.discriminatedUnion('timing', [PeriodDeadlineRuleSchema, FixedDateDeadlineRuleSchema]);

/** A period deadline rule. */
export type PeriodDeadlineRule = z.infer<typeof PeriodDeadlineRuleSchema>;
/** A fixed-date deadline rule. */
export type FixedDateDeadlineRule = z.infer<typeof FixedDateDeadlineRuleSchema>;
/** A deadline rule of either timing. */
export type DeadlineRule = z.infer<typeof DeadlineRuleSchema>;
/** The limit of a period deadline. */
export type PeriodLimit = z.infer<typeof PeriodLimitSchema>;
