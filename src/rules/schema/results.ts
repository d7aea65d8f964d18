import type * as z from 'zod/mini';
import type { HolidayRef, NoticeRef, RollMode } from '../../calendar/types.js';
import type { AverageStatusSchema, DeadlineStatusSchema, TargetStatusSchema, ThresholdStatusSchema } from './statusSchemas.js';

/**
 * A caveat on a result: days of `years` that decided the answer come from the projection of a year without a
 * published notice (`createCalendar({ unpublishedYears: 'provisional' })`), so the answer may change when the notice
 * is published. `explain` renders it in either language from `code` and `years`.
 */
export interface ProvisionalCalendarWarning {
  readonly code: 'PROVISIONAL_CALENDAR';
  /** The projected years, ascending. */
  readonly years: readonly number[];
  /** The caveat in English. */
  readonly message: string;
}

/**
 * A caveat on a deadline result: a pause began after the due date. The period had already run out, and a pause
 * cannot revive it, so the pause was left out of every count (it stays in the trace, marked `ignored`). `explain`
 * renders it in either language from `code` and `pause`.
 */
export interface PauseAfterDueWarning {
  readonly code: 'PAUSE_AFTER_DUE';
  /** The (merged) pause, `'YYYY-MM-DD'`, and its reasons. */
  readonly pause: { readonly from: string; readonly to: string; readonly reasons: readonly string[] };
  /** The caveat in English. */
  readonly message: string;
}

/**
 * A caveat on a result: it read days from 26 December on of the last year with a notice in the calendar, and the
 * next year's notice, not yet in it, may still change them (it did so in 2005, 2006, 2011 and 2018, making a last
 * weekend of December a working day or a last weekday a rest day). `explain` renders it in either language.
 */
export interface NextNoticeWarning {
  readonly code: 'MAY_CHANGE_WITH_NEXT_NOTICE';
  /** The days read that the next notice may change, `'YYYY-MM-DD'`, ascending. */
  readonly days: readonly string[];
  /** The year whose notice is not in the calendar. */
  readonly year: number;
  /** The caveat in English. */
  readonly message: string;
}

/** A caveat on a result, told apart by `code`. */
export type RuleWarning = ProvisionalCalendarWarning | PauseAfterDueWarning | NextNoticeWarning;

/**
 * `'met'` (done by the due date), `'missed'` (done after it), `'pending'` (not done, not yet due), `'overdue'` (not
 * done, past due), `'not_started'` (judged on an `asOf` day before the trigger day: the period has not begun).
 */
export type DeadlineStatus = z.output<typeof DeadlineStatusSchema>;

/** The limit of a period deadline. */
export interface DeadlineLimit {
  readonly amount: number;
  readonly unit: 'working_days' | 'calendar_days';
}

/** One step of a deadline's computation, in date order. */
export type DeadlineTraceStep =
  /** The trigger day: day 0, not counted (民法典 §201). */
  | { readonly type: 'start'; readonly date: string }
  /** Rest days of an official holiday inside a working-day period: not counted. */
  | { readonly type: 'holiday'; readonly from: string; readonly to: string; readonly holiday: HolidayRef; readonly notice: NoticeRef }
  /** A weekend day declared a working day (调休上班) inside a working-day period: counted. */
  | { readonly type: 'makeup_workday'; readonly date: string; readonly holiday: HolidayRef; readonly notice: NoticeRef }
  /**
   * A (merged) pause after the trigger day (for a 0-day period, from the trigger day): not counted. `ignored` when it
   * began after the due date: it cannot revive an expired period, so nothing was taken off (see the result's `warnings`).
   * `open` when no `to` was given: the clock has not restarted, and the pause was counted up to `to` (`asOf`, or `end`).
   */
  | { readonly type: 'pause'; readonly from: string; readonly to: string; readonly reasons: readonly string[]; readonly open?: true; readonly ignored?: true }
  /** A calendar-day period's last day was not a working day and moved (民法典 §203). */
  | {
      readonly type: 'roll';
      readonly from: string;
      readonly to: string;
      readonly mode: RollMode;
      readonly holiday?: HolidayRef;
      readonly notice?: NoticeRef;
    }
  /** The due date: the last day, included. */
  | { readonly type: 'due'; readonly date: string }
  /** The day the action was done. */
  | { readonly type: 'end'; readonly date: string }
  /** The day a deadline not yet done was judged on. */
  | { readonly type: 'as_of'; readonly date: string };

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
export interface DeadlineResult {
  readonly ruleId: string;
  readonly kind: 'deadline';
  readonly status: DeadlineStatus;
  /** The last day, `'YYYY-MM-DD'`, included. */
  readonly due: string;
  /** Absent for a fixed due date. */
  readonly limit?: DeadlineLimit;
  readonly elapsed?: number;
  readonly remaining?: number;
  readonly overBy?: number;
  /**
   * Present (`true`) when `overBy` is a lower bound: the due date is in the calendar's data but `end`/`asOf` is past
   * it, so the status is certain and `overBy` counts the working days after `due` in the data and the first working
   * day on or after `end`/`asOf` (`elapsed` is then absent when `end`/`asOf` itself is past the data).
   */
  readonly overByIsLowerBound?: true;
  /** The trigger day (day 0), `'YYYY-MM-DD'`; absent for a fixed due date. */
  readonly start?: string;
  /** The day the action was done, when it was. */
  readonly end?: string;
  /** The day a deadline not done was judged on (the facts' `asOf`, or today in Asia/Shanghai), when it is not done. */
  readonly asOf?: string;
  /** Present (`true`) when a projected day decided the answer (a calendar with `unpublishedYears: 'provisional'`); `warnings` names the years. */
  readonly provisional?: true;
  /**
   * A `'PROVISIONAL_CALENDAR'` warning when `provisional` is present; a `'PAUSE_AFTER_DUE'` warning for each pause
   * ignored; a `'MAY_CHANGE_WITH_NEXT_NOTICE'` warning when the answer read the last days of December before a year
   * whose notice is not in the calendar.
   */
  readonly warnings?: readonly RuleWarning[];
  /** The calendar's `asKnownOn` (`createCalendar({ asKnownOn })`) when it has one and the answer consulted it. */
  readonly asKnownOn?: string;
  /** Empty when evaluated with `trace: false`. */
  readonly trace: readonly DeadlineTraceStep[];
}

/** `'met'`, `'not_met'`, or `'not_applicable'` when the rule's applicability condition does not hold. */
export type ThresholdStatus = z.output<typeof ThresholdStatusSchema>;

/** One step of a threshold's computation. */
export type ThresholdTraceStep =
  /** The inputs as exact decimal strings (decimals at the input's precision), booleans and enum values. */
  | { readonly type: 'inputs'; readonly values: Readonly<Record<string, string | boolean>> }
  /** Whether the applicability condition holds. */
  | { readonly type: 'applicability'; readonly holds: boolean }
  /** The limit that applies: its index in the rule's `limits` and its value. */
  | { readonly type: 'limit'; readonly index: number; readonly value: string }
  /** The exact comparison. */
  | { readonly type: 'comparison'; readonly comparison: 'at_least' | 'at_most'; readonly holds: boolean };

/**
 * The result of a threshold rule; every number is an exact decimal string. For a ratio, `actual` is the fraction to
 * 6 decimals, rounded towards failing (down for `at_least`, up for `at_most`), so it never looks met when it is not;
 * `requiredAmount` is the numerator that meets the limit exactly (rounded up to the input's precision, the fen for
 * yuan, for `at_least`; down for `at_most`). `shortfall`/`shortfallAmount`: how far from met, only when not met.
 * A threshold never consults the calendar: it is never provisional.
 */
export interface ThresholdResult {
  readonly ruleId: string;
  readonly kind: 'threshold';
  readonly status: ThresholdStatus;
  readonly actual: string;
  readonly required: string;
  readonly shortfall?: string;
  readonly requiredAmount?: string;
  readonly shortfallAmount?: string;
  readonly trace: readonly ThresholdTraceStep[];
}

/** `'achieved'`; otherwise `'missed'` after the due date, or `'on_track'`/`'behind'` before it. */
export type TargetStatus = z.output<typeof TargetStatusSchema>;

/** The computation of a target's progress. */
export interface TargetTraceStep {
  readonly type: 'progress';
  readonly asOf: string;
  readonly startsOn: string;
  readonly baseline?: number;
  /** Days from `startsOn` to `asOf`, both included, at most `totalDays`. */
  readonly elapsedDays: number;
  /** Days from `startsOn` to `due`, both included. */
  readonly totalDays: number;
}

/** The result of a target rule (calendar days only: never provisional). `progress` and `expectedProgress` are shares in [0, 1] (for display; the status is decided in exact integers). */
export interface TargetResult {
  readonly ruleId: string;
  readonly kind: 'target';
  readonly status: TargetStatus;
  readonly target: number;
  readonly value: number;
  readonly due: string;
  readonly progress: number;
  readonly expectedProgress: number;
  /** The day the value was counted on, `'YYYY-MM-DD'`. */
  readonly asOf: string;
  readonly trace: readonly TargetTraceStep[];
}

/** `'met'` when the mean is within the limit, `'not_met'`, or `'no_data'` without cases. */
export type AverageStatus = z.output<typeof AverageStatusSchema>;

/** One step of an average's computation. */
export type AverageTraceStep =
  /** One case's duration, in the limit's unit, net of pauses. */
  | { readonly type: 'case'; readonly index: number; readonly start: string; readonly end: string; readonly duration: number }
  /** The exact comparison: `sum ≤ limit × count`. */
  | { readonly type: 'comparison'; readonly sum: number; readonly count: number; readonly limit: number; readonly holds: boolean };

/**
 * The result of an average rule. `mean`, `median` and `max` are `null` without cases; `withinLimit` counts cases with
 * a duration ≤ the limit. Only averages in working days consult the calendar, so only they carry `provisional`,
 * `warnings` and `asKnownOn`.
 */
export interface AverageResult {
  readonly ruleId: string;
  readonly kind: 'average';
  readonly status: AverageStatus;
  readonly mean: number | null;
  readonly median: number | null;
  readonly max: number | null;
  readonly count: number;
  readonly withinLimit: number;
  /**
   * Present (`true`) when a case ends after the calendar's data and was counted up to its last day: `mean`, `median`,
   * `max` and `withinLimit` are then lower bounds, and the status (`not_met`) is certain all the same.
   */
  readonly figuresAreLowerBounds?: true;
  /** Present (`true`) when a projected day decided the answer (a calendar with `unpublishedYears: 'provisional'`); `warnings` names the years. */
  readonly provisional?: true;
  /**
   * Present with a `'PROVISIONAL_CALENDAR'` warning when `provisional` is, and with a `'MAY_CHANGE_WITH_NEXT_NOTICE'`
   * warning when a case counted days the next year's notice may still change.
   */
  readonly warnings?: readonly (ProvisionalCalendarWarning | NextNoticeWarning)[];
  /** The calendar's `asKnownOn` (`createCalendar({ asKnownOn })`) when it has one and the answer consulted it. */
  readonly asKnownOn?: string;
  readonly trace: readonly AverageTraceStep[];
}

/** The result of any rule, as `evaluate` gives it. */
export type RuleResult = DeadlineResult | ThresholdResult | TargetResult | AverageResult;

/** The kind of a rule and of its results: `'deadline'`, `'threshold'`, `'target'` or `'average'`. */
export type RuleKind = RuleResult['kind'];

/**
 * The result of a rule whose answer needs a day the calendar has no data for (a year whose State Council notice is not
 * in it): a value, not an error, in a record's check (`checkProcurement`, `checkConnection`) and in every batch
 * (`evaluateMany`, `checkProcurements`, `checkConnections`, the CLI), where the other rules and records are still
 * judged and summaries count it as the status `out_of_range`. `evaluate` itself throws `CALENDAR_OUT_OF_RANGE` instead.
 * `explain` words it for people (the rule's name and the missing years); `message` and `details` are for developers.
 */
export interface OutOfRangeResult<Id extends string = string, K extends RuleKind = RuleKind> {
  readonly ruleId: Id;
  /** The kind of the rule that could not be judged. */
  readonly kind: K;
  readonly status: 'out_of_range';
  readonly code: 'CALENDAR_OUT_OF_RANGE';
  /** The error's message, for developers: the field that needs the day, the missing years and the remedies (`createCalendar({ schedules })`…). */
  readonly message: string;
  /** The years the calendar would need, ascending. */
  readonly years: readonly number[];
  /** The error's details (`argument` or `operation`, `date`, `coverage`, `years`), for developers. */
  readonly details: Readonly<Record<string, unknown>>;
}

/**
 * The result of a rule of a record's check (`checkProcurement`) whose trigger is not recorded yet (the invoice has not
 * come, the prepayment is not entered): nothing to judge yet, and not an error. `waitingFor` is the record field that
 * starts it; `explain` says what it waits for in the rule's own words.
 */
export interface NotStartedResult<Id extends string = string, K extends RuleKind = RuleKind, Field extends string = string> {
  readonly ruleId: Id;
  /** The kind of the rule that has not started. */
  readonly kind: K;
  readonly status: 'not_started';
  /** The record field that starts the rule once filled in (`'invoiceReceivedOn'`, `'prepaymentAmount'`…). */
  readonly waitingFor: Field;
}

/**
 * Every result the library returns, façades and batches included: a {@link RuleResult} of `evaluate`, an
 * {@link OutOfRangeResult} (a rule whose answer needs a year the calendar has no notice for), or a
 * {@link NotStartedResult} (a record's rule whose trigger is not recorded yet). Each has a `kind` ({@link RuleKind})
 * and a `status` ({@link ResultStatus}), and `explain` words each in Chinese and English.
 */
export type AnyRuleResult = RuleResult | OutOfRangeResult | NotStartedResult;

/**
 * The status of any result, one union for every kind (summaries count each):
 * - deadline: `'met'`, `'missed'`, `'pending'`, `'overdue'`, `'not_started'`;
 * - threshold: `'met'`, `'not_met'`, `'not_applicable'`;
 * - target: `'achieved'`, `'on_track'`, `'behind'`, `'missed'`;
 * - average: `'met'`, `'not_met'`, `'no_data'`;
 * - any kind: `'out_of_range'` (the answer needs a year the calendar has no notice for) and, in a record's check,
 *   `'not_started'` (the rule's trigger is not recorded yet).
 */
export type ResultStatus = AnyRuleResult['status'];
