import * as z from 'zod/mini';
import { IsoDateSchema } from './dateSchemas.js';
import type { ReadonlyOutput } from './readonlyOutput.js';

/** A `'YYYY-MM-DD'` span, as traces and warnings carry it. */
export const spanShape = { from: IsoDateSchema, to: IsoDateSchema };

const provisionalCalendarWarningShape = {
  code: z.literal('PROVISIONAL_CALENDAR'),
  /** The projected years, ascending. */
  years: z.array(z.int()).check(z.minLength(1)),
  /** The caveat in English. */
  message: z.string(),
};

/** The shape of a {@link ProvisionalCalendarWarning}. */
export const ProvisionalCalendarWarningSchema: z.ZodMiniObject<typeof provisionalCalendarWarningShape> = z.object(provisionalCalendarWarningShape);

/**
 * A caveat on a result: days of `years` that decided the answer come from the projection of a year without a
 * published notice (`createCalendar({ unpublishedYears: 'provisional' })`), so the answer may change when the notice
 * is published. `explain` renders it in either language from `code` and `years`.
 */
export type ProvisionalCalendarWarning = ReadonlyOutput<typeof ProvisionalCalendarWarningSchema>;

const pauseAfterDueWarningShape = {
  code: z.literal('PAUSE_AFTER_DUE'),
  /** The (merged) pause, `'YYYY-MM-DD'`, and its reasons. */
  pause: z.object({ ...spanShape, reasons: z.array(z.string()) }),
  /** The caveat in English. */
  message: z.string(),
};

/** The shape of a {@link PauseAfterDueWarning}. */
export const PauseAfterDueWarningSchema: z.ZodMiniObject<typeof pauseAfterDueWarningShape> = z.object(pauseAfterDueWarningShape);

/**
 * A caveat on a deadline result: a pause began after the due date. The period had already run out, and a pause
 * cannot revive it, so the pause was left out of every count (it stays in the trace, marked `ignored`). `explain`
 * renders it in either language from `code` and `pause`.
 */
export type PauseAfterDueWarning = ReadonlyOutput<typeof PauseAfterDueWarningSchema>;

const nextNoticeWarningShape = {
  code: z.literal('MAY_CHANGE_WITH_NEXT_NOTICE'),
  /** The days read that the next notice may change, `'YYYY-MM-DD'`, ascending. */
  days: z.array(IsoDateSchema).check(z.minLength(1)),
  /** The year whose notice is not in the calendar. */
  year: z.int(),
  /** The caveat in English. */
  message: z.string(),
};

/** The shape of a {@link NextNoticeWarning}. */
export const NextNoticeWarningSchema: z.ZodMiniObject<typeof nextNoticeWarningShape> = z.object(nextNoticeWarningShape);

/**
 * A caveat on a result: it read days from 26 December on of the last year with a notice in the calendar, and the
 * next year's notice, not yet in it, may still change them (it did so in 2005, 2006, 2011 and 2018, making a last
 * weekend of December a working day or a last weekday a rest day). `explain` renders it in either language.
 */
export type NextNoticeWarning = ReadonlyOutput<typeof NextNoticeWarningSchema>;

/** The shape of a {@link RuleWarning}. */
export const RuleWarningSchema = z.discriminatedUnion('code', [ProvisionalCalendarWarningSchema, PauseAfterDueWarningSchema, NextNoticeWarningSchema]);

/** A caveat on a result, told apart by `code`. */
export type RuleWarning = ReadonlyOutput<typeof RuleWarningSchema>;

/**
 * What a calendar adds to the results of the kinds that read it (deadlines and averages): whether a projected day
 * decided the answer, the warnings and the calendar's `asKnownOn`. Each kind's result schema spreads it (an average
 * narrows `warnings`).
 *
 * @example
 * ```ts
 * z.object(calendarNotesShape).safeParse({ warnings: [{ code: 'PROVISIONAL_CALENDAR', years: [], message: '' }] }).success; //=> false
 * ```
 */
export const calendarNotesShape = {
  /** Present (`true`) when a projected day decided the answer (a calendar with `unpublishedYears: 'provisional'`); `warnings` names the years. */
  provisional: z.optional(z.literal(true)),
  warnings: z.optional(z.array(RuleWarningSchema)),
  /** The calendar's `asKnownOn` (`createCalendar({ asKnownOn })`) when it has one and the answer consulted it. */
  asKnownOn: z.optional(IsoDateSchema),
};

/**
 * The calendar notes of a deadline or average result (see {@link calendarNotesShape}), and its kind: what the
 * engine adds (`engine/calendarNotes.ts`) and `explain` words (`text/explainCalendarNotes.ts`) without knowing the kind.
 */
export type CalendarNotes = ReadonlyOutput<z.ZodMiniObject<typeof calendarNotesShape>> & { readonly kind: 'deadline' | 'average' };
