import * as z from 'zod/mini';
import { IsoDateSchema } from '../_internal/isoDateSchema.js';
import { HOLIDAY_KEYS } from './holidayKeys.js';

const RestRangeSchema = z
  .strictObject({ from: IsoDateSchema, to: IsoDateSchema })
  .check(z.refine((r) => r.from <= r.to, { error: '`from` must not be after `to`' }));

/**
 * One holiday's arrangement in a notice: its rest days (放假调休, whole ranges as the notice states them,
 * weekend days and swapped weekdays included) and its make-up working days (调休上班).
 */
export const HolidayArrangementSchema = z.strictObject({
  /** The holiday; for a merged block (国庆节、中秋节) the first one the notice names. */
  key: z.enum(HOLIDAY_KEYS),
  /** Other holidays merged into the same block, e.g. `['mid_autumn']`. */
  alsoKeys: z.optional(z.array(z.enum(HOLIDAY_KEYS))),
  rest: z.array(RestRangeSchema).check(z.minLength(1)),
  makeup: z.array(IsoDateSchema),
  /** The notice's own sentence for this holiday, verbatim. */
  quote: z.optional(z.string().check(z.minLength(1))),
  /**
   * Whether the notice joins the rest days to the weekend beside them (「与周末连休」, or a 「补休」 weekday), so that
   * the break takes in that weekend. Without it, the `quote` decides; without either, only the weekend days between
   * two listed days join.
   */
  joinsWeekend: z.optional(z.boolean()),
});

/** A notice of the State Council (or its General Office) that fixes or amends a year's schedule. */
export const HolidayNoticeSchema = z.strictObject({
  kind: z.enum(['schedule', 'amendment']),
  issuer: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  docNo: z.string().check(z.minLength(1)),
  /**
   * The day the notice was issued as far as the sources show: the day a copy on www.gov.cn or a 新华社 release made it
   * public, or, for a notice whose public copies all came later, the date the notice itself bears (落款).
   */
  publishedOn: IsoDateSchema,
  /** Where `publishedOn` comes from (the copy read and what it shows); required for the built-in seeds. */
  publishedOnSource: z.optional(z.string().check(z.minLength(1))),
  url: z.string().check(z.regex(/^https?:\/\/\S+$/, { error: 'must be an http(s) URL' })),
  /** Arrangements this notice sets; in an amendment each replaces the earlier arrangement of the same key. */
  holidays: z.array(HolidayArrangementSchema).check(z.minLength(1)),
});

/** The years a schedule may be for, both inclusive. */
export const SCHEDULE_YEARS: { readonly from: number; readonly to: number } = Object.freeze({ from: 1990, to: 2200 });

/**
 * A schedule year: the notice that fixed the year's holidays and the amendments published later, in order.
 * This is the shape of `seeds/calendar/cn/<year>.json` and of `createCalendar({ schedules })`.
 */
export const ScheduleYearSchema = z.strictObject({
  $schema: z.optional(z.string()),
  year: z.int().check(z.gte(SCHEDULE_YEARS.from), z.lte(SCHEDULE_YEARS.to)),
  notices: z.array(HolidayNoticeSchema).check(z.minLength(1)),
});

/** A schedule year, as validated by {@link ScheduleYearSchema}. */
export type ScheduleYear = z.infer<typeof ScheduleYearSchema>;
/** A notice inside a {@link ScheduleYear}. */
export type HolidayNotice = z.infer<typeof HolidayNoticeSchema>;
/** A holiday arrangement inside a {@link HolidayNotice}. */
export type HolidayArrangement = z.infer<typeof HolidayArrangementSchema>;
