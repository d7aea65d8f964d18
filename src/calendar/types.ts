import type { HolidayKey } from './holidayKeys.js';
import type * as z from 'zod/mini';
import type { HolidayRefSchema, NoticeRefSchema } from './refSchemas.js';

/** A civil date in China: a `'YYYY-MM-DD'` string, or a `Date` read as its Asia/Shanghai date. */
export type DateInput = string | Date;

/** What kind of day a date is. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';

/** The notice (or amendment) that fixed a day or a holiday block. */
export type NoticeRef = Readonly<z.output<typeof NoticeRefSchema>>;

/** A holiday named on a day. */
export type HolidayRef = Readonly<z.output<typeof HolidayRefSchema>>;

/** Everything the calendar knows about one day. */
export interface DayInfo {
  /** `'YYYY-MM-DD'`. */
  readonly date: string;
  /** 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  readonly isWorkingDay: boolean;
  readonly kind: DayKind;
  /**
   * Whether the day is a statutory holiday (法定节假日): one of the days 第二条 of 《全国年节及纪念日放假办法》 in force
   * that year gives every citizen off (10 a year 2004–2007, 11 from 2008, 13 from 2025; see `statutoryDaysOf`).
   * A rest day the notice adds around them (a swapped weekday, 2015-09-03, the 2020 春节 extension) is not one.
   * Always `false` in a year outside 2004–2040, the years whose lunar dates the library has.
   */
  readonly statutory: boolean;
  /** Present on rest days and make-up working days that belong to a holiday. */
  readonly holiday?: HolidayRef;
  /**
   * The notice that set this day's status (rest day or make-up working day): in a year a later notice amended, the
   * earliest notice whose status for the day every later one kept. 2020: 01-24…01-30 and the make-up day 01-19 cite
   * the 2020 notice of 2019 (国办发明电〔2019〕16号); 01-31…02-02, and 02-01 (a make-up day the extension made a rest
   * day), cite the extension 国办发明电〔2020〕1号.
   */
  readonly source?: NoticeRef;
  /**
   * Present with `source`: every notice of the year that set or changed this day's holiday, oldest first, `source`
   * among them (2020-01-24: the 2019 notice, then the extension). One notice for a holiday no notice amended.
   */
  readonly history?: readonly NoticeRef[];
  /** Present (`true`) when no notice covers the day yet and the answer comes from the projection. */
  readonly provisional?: true;
  /**
   * Present (`true`) on 26–31 December of the last year with a notice when the next year's notice is not in the
   * calendar: that notice may still make such a day a working day or a rest day (see {@link Calendar.nextNotice}).
   */
  readonly mayChangeWithNextNotice?: true;
}

/**
 * The notice a calendar is waiting for, and the days it may still change. A year's notice has changed the working
 * status of the last days of the year before it six times since 2004: 2005-12-31 (国办发明电〔2005〕35号),
 * 2006-12-30/31 (国办发明电〔2006〕49号), 2007-12-29 working and 2007-12-31 rest (国办发明电〔2007〕52号), 2011-12-31
 * (国办发明电〔2011〕45号), 2018-12-29 working and 2018-12-31 rest (国办发明电〔2018〕15号); the 2023 notice (国办发明电〔2022〕16号)
 * also made Saturday 2022-12-31 a day of the New Year's holiday.
 */
export interface NextNotice {
  /** The year whose notice is not in the calendar (the last year with a notice, plus one). */
  readonly year: number;
  /** 26 December of the year before, `'YYYY-MM-DD'`: the first day the notice may change. */
  readonly mayChangeFrom: string;
  /** 31 December of the year before, `'YYYY-MM-DD'`. */
  readonly mayChangeTo: string;
}

/** An answer with the provisional years it depends on (`unpublishedYears: 'provisional'`). */
export interface DetailedAnswer<T> {
  readonly value: T;
  /** Whether any day that decided the answer comes from a projection rather than a notice. */
  readonly provisional: boolean;
  /** The projected years the answer depends on, ascending (empty when `provisional` is false). */
  readonly provisionalYears: readonly number[];
}

/** What a calendar does for a year without a published notice. */
export type UnpublishedYears = 'error' | 'provisional';

/** One holiday block of a year, after every amendment. */
export interface HolidayBlock extends HolidayRef {
  /** Every holiday merged into this block, the primary `key` first (e.g. `['national_day', 'mid_autumn']`). */
  readonly keys: readonly HolidayKey[];
  /**
   * Rest days of the whole break, `'YYYY-MM-DD'`, ascending: the days the notice lists and the weekend days joined
   * to them (2014 清明节: 04-05, Sunday 04-06 and 04-07). Each has `kind: 'holiday'` in `getDayInfo`.
   */
  readonly restDays: readonly string[];
  /** The rest days as the notice lists them, `'YYYY-MM-DD'`, ascending (2014 清明节: 04-05 and 04-07). */
  readonly announcedRestDays: readonly string[];
  /** Make-up working days (调休上班), `'YYYY-MM-DD'`, ascending. */
  readonly makeupDays: readonly string[];
  /** The notice that set this arrangement (the amendment, if one replaced the original). */
  readonly notice: NoticeRef;
  /** Every notice of the year that touched this holiday, oldest first (the original and its amendments). */
  readonly history: readonly NoticeRef[];
}

/** How `addCalendarDays` treats a last day that is not a working day (民法典 §203). */
export type RollMode = 'next_working_day' | 'none' | 'statutory_holidays_only';

/** Options of `addCalendarDays`. */
export interface AddCalendarDaysOptions {
  /** Default `'next_working_day'`. */
  readonly roll?: RollMode;
}

/** The first and last date with official data, `'YYYY-MM-DD'`. */
export interface CalendarCoverage {
  readonly from: string;
  readonly to: string;
}

/** A working-day calendar: the default one, or one made by `createCalendar`. */
export interface Calendar {
  /** Whether `date` is a working day; see the module function `isWorkingDay`. */
  isWorkingDay(date: DateInput): boolean;
  /** Everything known about a day; see `getDayInfo`. */
  getDayInfo(date: DateInput): DayInfo;
  /** The n-th working day strictly after (n > 0) or before (n < 0) `date`; see `addWorkingDays`. */
  addWorkingDays(date: DateInput, n: number): string;
  /** Working days d with start < d ≤ end; see `countWorkingDays`. */
  countWorkingDays(start: DateInput, end: DateInput): number;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: DateInput): string;
  /** The last working day strictly before `date`. */
  previousWorkingDay(date: DateInput): string;
  /** The last day of a period of n calendar days (民法典 §201, §203); see `addCalendarDays`. */
  addCalendarDays(date: DateInput, n: number, options?: AddCalendarDaysOptions): string;
  /** The holiday blocks of a schedule year; see `holidaysOf`. */
  holidaysOf(year: number): readonly HolidayBlock[];
  /** The first and last day with data (projected years included). */
  calendarCoverage(): CalendarCoverage;
  /** Every day from `from` to `to`, both included; see `listDays`. */
  listDays(from: DateInput, to: DateInput): readonly DayInfo[];
  /** The working days from `from` to `to`, both included; see `listWorkingDays`. */
  listWorkingDays(from: DateInput, to: DateInput): readonly string[];
  /** The statutory holidays of a covered year; see `statutoryDaysOf`. */
  statutoryDaysOf(year: number): readonly string[];
  /**
   * {@link Calendar.addWorkingDays} with the provisional years the answer depends on.
   *
   * @example
   * ```ts
   * const cal = createCalendar({ unpublishedYears: 'provisional' });
   * cal.addWorkingDaysDetailed('2026-12-25', 5); //=> { value: '2027-01-04', provisional: true, provisionalYears: [2027] }
   * cal.addWorkingDaysDetailed('2021-09-29', 5); //=> { value: '2021-10-12', provisional: false, provisionalYears: [] }
   * ```
   */
  addWorkingDaysDetailed(date: DateInput, n: number): DetailedAnswer<string>;
  /**
   * {@link Calendar.countWorkingDays} with the provisional years the answer depends on.
   *
   * @example
   * ```ts
   * const cal = createCalendar({ unpublishedYears: 'provisional' });
   * cal.countWorkingDaysDetailed('2026-12-25', '2027-01-05'); //=> { value: 6, provisional: true, provisionalYears: [2027] }
   * ```
   */
  countWorkingDaysDetailed(start: DateInput, end: DateInput): DetailedAnswer<number>;
  /**
   * The projected years that decided any day d with min(a, b) < d ≤ max(a, b); empty for official data.
   *
   * @example
   * ```ts
   * const cal = createCalendar({ unpublishedYears: 'provisional' });
   * cal.provisionalYearsBetween('2026-06-01', '2028-03-01'); //=> [2027, 2028]
   * cal.provisionalYearsBetween('2021-01-01', '2021-12-31'); //=> []
   * ```
   */
  provisionalYearsBetween(a: DateInput, b: DateInput): readonly number[];
  /** `'provisional'` when years without a notice are projected, `'error'` (the default) when they are not covered. */
  readonly unpublishedYears: UnpublishedYears;
  /** The day the calendar answers as of (`createCalendar({ asKnownOn })`), or `undefined` for everything known. */
  readonly asKnownOn: string | undefined;
  /**
   * The next year's notice, which the calendar does not have yet, and the last days of December it may change.
   *
   * @example
   * ```ts
   * defaultCalendar.nextNotice; //=> { year: 2027, mayChangeFrom: '2026-12-26', mayChangeTo: '2026-12-31' }
   * createCalendar({ asKnownOn: '2018-11-01' }).nextNotice.mayChangeFrom; //=> '2018-12-26'
   * ```
   */
  readonly nextNotice: NextNotice;
}

/** What a calendar is built from, beyond its schedules. */
export interface CalendarSources {
  /** `'YYYY-MM-DD'`: ignore notices published after it. */
  readonly asKnownOn?: string;
  /** Project the years after the last notice (default `'error'`: leave them uncovered). */
  readonly unpublishedYears?: UnpublishedYears;
}
