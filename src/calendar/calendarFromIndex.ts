import { readOptions } from '../_internal/readOptions.js';
import { daysFromCivil, formatIsoDay, isoWeekday, parseIsoDay, shanghaiDayOfDate } from '../_internal/dayNumber.js';
import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { describeValue } from '../_internal/describeValue.js';
import type { CalendarIndex } from './calendarIndex.js';
import { registerCalendarDays, type CalendarDays } from './calendarDays.js';
import { HOLIDAY } from './dayStatus.js';
import { isoOfWrittenDate } from '../_internal/writtenDate.js';
import { invalidCountError, invalidDateError, outOfRangeError, runsPastCoverageError } from './calendarMessages.js';
import type { CompiledNotice } from './compileSchedule.js';
import { HOLIDAY_NAMES } from './holidayKeys.js';
import type { ResolvedBlock } from './resolveHolidayBlocks.js';
import { provisionalYearsIn, type ProvisionalSpans } from './provisionalSpans.js';
import { STATUTORY_DAY_YEARS, statutoryDayNumbers } from './statutoryDayNumbers.js';
import type { AddCalendarDaysOptions, Calendar, CalendarSources, DetailedAnswer, DayInfo, DayKind, HolidayBlock, HolidayRef, NoticeRef, RollMode } from './types.js';

/** The `'YYYY-MM-DD'` strings of a calendar's days. */
interface IsoTables {
  /** By covered-day index. */
  readonly days: readonly string[];
  /** By working-day rank (the days of `workAt`). */
  readonly workingDays: readonly string[];
}

/** `'00'` to `'31'`. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 32 }, (_, d) => String(d).padStart(2, '0'));
/** 9999-12-31, the last day a `'YYYY-MM-DD'` string can name. */
const LAST_DAY = 2_932_896;
const KIND_NAMES: readonly DayKind[] = ['weekend', 'workday', 'holiday', 'makeup_workday'];
const ROLL_MODES: readonly RollMode[] = ['next_working_day', 'none', 'statutory_holidays_only'];

/** The words of an out-of-range message for an operation of `count` days, before the day it started from. */
type Operation = (count: number) => string;
const ADDING_WORKING_DAYS: Operation = (count) => `Adding ${count} working days to`;
const WORKING_DAY_AFTER: Operation = () => 'The working day after';
const WORKING_DAY_BEFORE: Operation = () => 'The working day before';
const CALENDAR_DAYS_PERIOD: Operation = (count) => `A period of ${count} calendar days from`;

/** The roll mode of the options of `addCalendarDays`; throws for options that are not `{ roll? }` or an unknown mode. */
function rollOf(options: unknown): RollMode {
  if (options === undefined) return 'next_working_day';
  const { roll = 'next_working_day' } = readOptions(options, { roll: { oneOf: ROLL_MODES } }, "{ roll: 'none' }");
  // readOptions has checked it is one of ROLL_MODES; its record types the value as unknown.
  return roll as RollMode;
}

/** The days of `[from, to]` ranges as `'YYYY-MM-DD'`, ascending and frozen. */
function daysOf(ranges: readonly (readonly [number, number])[]): readonly string[] {
  const days: number[] = [];
  for (const [from, to] of ranges) for (let d = from; d <= to; d++) days.push(d);
  return Object.freeze(days.sort((a, b) => a - b).map(formatIsoDay));
}

/**
 * Wraps a {@link CalendarIndex} in the public {@link Calendar} methods. Every answer is a few array reads;
 * output strings and day-info objects are built once per day and cached. `spans` (from `buildProvisionalSpans`)
 * marks the days of projected years; without it no day is provisional. `lastNoticeYear` is the last year with a
 * published notice (the index's last year when nothing is projected): its days from 26 December on may change with
 * the next year's notice.
 *
 * @internal
 */
export function calendarFromIndex(index: CalendarIndex, sources: CalendarSources = {}, spans?: ProvisionalSpans, lastNoticeYear = index.lastYear): Calendar {
  const { firstDay, length, monthStart, status, statutory, blockOf, workBefore, workAt, afterHolidayRun, blocks } = index;
  const totalWork = workAt.length;
  const coverage = Object.freeze({ from: formatIsoDay(firstDay), to: formatIsoDay(firstDay + length - 1) });
  /** The `'YYYY-MM-DD'` of each covered day and of each working day by rank, built by {@link buildIsoTables} on first use. */
  let isoTables: IsoTables | undefined;
  const infoCache: (DayInfo | undefined)[] = new Array<DayInfo | undefined>(length);
  const noticeRefs = new Map<CompiledNotice, NoticeRef>();
  const holidayRefs = new Map<ResolvedBlock, HolidayRef>();
  const historyRefs = new Map<ResolvedBlock, readonly NoticeRef[]>();
  const yearBlocks = new Map<number, readonly HolidayBlock[]>();
  const yearStatutoryDays = new Map<number, readonly string[]>();

  const monthCount = monthStart.length - 1;
  const { firstYear } = index;
  const nextNotice = Object.freeze({ year: lastNoticeYear + 1, mayChangeFrom: `${lastNoticeYear}-12-26`, mayChangeTo: `${lastNoticeYear}-12-31` });
  const mayChangeFrom = daysFromCivil(lastNoticeYear, 12, 26) - firstDay;
  const mayChangeTo = mayChangeFrom + 5;

  /** An answer over the covered days `(min(a, b), max(a, b)]` with the projected years behind it. */
  function detailed<T>(value: T, a: number, b: number): DetailedAnswer<T> {
    const provisionalYears = provisionalYearsIn(spans, Math.min(a, b), Math.max(a, b));
    return Object.freeze({ value, provisional: provisionalYears.length > 0, provisionalYears });
  }

  /** Covered-day index of a date input; throws for an invalid date or one outside the data. */
  function at(input: unknown, argument: string): number {
    const i = indexOf(input, argument);
    if (i < 0 || i >= length) throw outOfRangeError(firstDay + i, coverage, argument);
    return i;
  }

  /**
   * Covered-day index of a strict `'YYYY-MM-DD'`, read from its char codes and the month table, or −1 when `s` is not
   * one or names a day outside the data. A leaf (it calls nothing), so that V8 inlines it whole or calls it whole.
   */
  function coveredIndexOf(s: string): number {
    if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
    // Each a digit's value 0–9, or more than 9 after `>>> 0` (which makes a negative difference huge).
    const y1 = s.charCodeAt(0) - 48;
    const y2 = s.charCodeAt(1) - 48;
    const y3 = s.charCodeAt(2) - 48;
    const y4 = s.charCodeAt(3) - 48;
    const m1 = s.charCodeAt(5) - 48;
    const m2 = s.charCodeAt(6) - 48;
    const d1 = s.charCodeAt(8) - 48;
    const d2 = s.charCodeAt(9) - 48;
    if (y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9 || y4 >>> 0 > 9 || m1 >>> 0 > 9 || m2 >>> 0 > 9 || d1 >>> 0 > 9 || d2 >>> 0 > 9) return -1;
    const month = m1 * 10 + m2 - 1;
    const k = (y1 * 1000 + y2 * 100 + y3 * 10 + y4 - firstYear) * 12 + month;
    // One unsigned comparison tests both bounds: month 1–12, a covered month, day 1 to the month's length.
    if (month >>> 0 >= 12 || k >>> 0 >= monthCount) return -1;
    const start = monthStart[k] as number;
    const day = d1 * 10 + d2 - 1;
    return day >>> 0 < (monthStart[k + 1] as number) - start ? start + day : -1;
  }

  /**
   * Covered-day index of any real date, covered or not (negative before the data, `length` or more after it);
   * throws for an invalid one.
   */
  function indexOf(input: unknown, argument: string): number {
    const i = typeof input === 'string' ? coveredIndexOf(input) : -1;
    return i >= 0 ? i : dayOf(input, argument) - firstDay;
  }

  /** The day number of any real date (covered or not); throws for an invalid one. */
  function dayOf(input: unknown, argument: string): number {
    // A date written another year-first way ('2021/9/29', '2021年9月29日'…) is read only after the strict form fails.
    const day = typeof input === 'string' ? parseIsoDay(isoOfWrittenDate(input) ?? input) : input instanceof Date ? shanghaiDayOfDate(input) : NaN;
    if (day !== day) throw invalidDateError(input, argument);
    return day;
  }

  /**
   * Covered-day index `i` of a day from which an answer reads the days after it, up to some later day: any day from
   * the day before the data (whose following days are all covered) to the last covered day.
   */
  function beforeRead(i: number, argument: string): number {
    if (i < -1 || i >= length) throw outOfRangeError(firstDay + i, coverage, argument);
    return i;
  }

  /**
   * Covered-day index of a day from which an answer reads the days before it: any day from the first covered day to
   * the day after the data (whose preceding days are all covered).
   */
  function afterReadAt(input: unknown, argument: string): number {
    return afterRead(indexOf(input, argument), argument);
  }

  /** {@link afterReadAt} of an index. */
  function afterRead(i: number, argument: string): number {
    if (i < 0 || i > length) throw outOfRangeError(firstDay + i, coverage, argument);
    return i;
  }

  /** `i` clamped to the covered days, and the day before them, for the provisional-year counts. */
  function clamp(i: number): number {
    return Math.min(Math.max(i, -1), length - 1);
  }

  /** `'YYYY-MM-DD'` of covered day `i`. */
  function iso(i: number): string {
    return (isoTables ?? buildIsoTables()).days[i] as string;
  }

  /**
   * The `'YYYY-MM-DD'` of every covered day, and the same strings by working-day rank, built the first time an answer
   * needs one (1–3 ms and about 300 kB for the default calendar's 8,401 days, month by month from the month table), so
   * that `iso` is one array read.
   */
  function buildIsoTables(): IsoTables {
    const days: string[] = [];
    for (let k = 0; k < monthCount; k++) {
      const year = firstYear + Math.floor(k / 12);
      const prefix = `${String(year).padStart(4, '0')}-${TWO_DIGITS[(k % 12) + 1] as string}-`;
      const monthLength = (monthStart[k + 1] as number) - (monthStart[k] as number);
      for (let d = 1; d <= monthLength; d++) days.push(prefix + (TWO_DIGITS[d] as string));
    }
    // Every working day is a covered day.
    return (isoTables = { days, workingDays: Array.from(workAt, (i) => days[i] as string) });
  }

  /** `iso` of any index, covered or not (for messages). */
  function isoAny(i: number): string {
    return formatIsoDay(firstDay + i);
  }

  function checkCount(n: unknown, argument: string): number {
    if (!Number.isSafeInteger(n)) throw invalidCountError(n, argument);
    return n as number;
  }

  function noticeRef(notice: CompiledNotice): NoticeRef {
    let ref = noticeRefs.get(notice);
    if (!ref) {
      ref = Object.freeze({ docNo: notice.docNo, title: notice.title, publishedOn: notice.publishedOn, url: notice.url });
      noticeRefs.set(notice, ref);
    }
    return ref;
  }

  function holidayRef(block: ResolvedBlock): HolidayRef {
    let ref = holidayRefs.get(block);
    if (!ref) {
      const names = block.keys.map((k) => HOLIDAY_NAMES[k]);
      ref = Object.freeze({
        key: block.keys[0] ?? 'new_year',
        name: Object.freeze({ zh: names.map((n) => n.zh).join('、'), en: names.map((n) => n.en).join(' and ') }),
      });
      holidayRefs.set(block, ref);
    }
    return ref;
  }

  /** Every notice that touched the block, oldest first, as one frozen array shared by its days and its public block. */
  function historyRef(block: ResolvedBlock): readonly NoticeRef[] {
    let ref = historyRefs.get(block);
    if (!ref) {
      ref = Object.freeze(block.history.map(noticeRef));
      historyRefs.set(block, ref);
    }
    return ref;
  }

  function publicBlock(block: ResolvedBlock): HolidayBlock {
    return Object.freeze({
      ...holidayRef(block),
      keys: Object.freeze([...block.keys]),
      restDays: daysOf(block.rest),
      announcedRestDays: daysOf(block.announced),
      makeupDays: Object.freeze([...block.makeup].sort((a, b) => a - b).map(formatIsoDay)),
      notice: noticeRef(block.notice),
      history: historyRef(block),
    });
  }

  /**
   * The covered-day index of the `rank`-th working day (0-based); throws when it lies beyond the data, describing the
   * operation (`operation(count)`, written only then: this is the hot path).
   */
  function workingDay(rank: number, operation: Operation, count: number, from: number): number {
    if (rank < 0 || rank >= totalWork) throw runsPastCoverageError(`${operation(count)} ${isoAny(from)}`, coverage, rank >= 0);
    return workAt[rank] as number;
  }

  function isWorkingDayAt(i: number): boolean {
    // A typed array read outside it is `undefined`: the bounds check the read makes anyway is the coverage check.
    const code = status[i];
    if (code === undefined) throw outOfRangeError(firstDay + i, coverage, 'date');
    return (code & 1) === 1;
  }

  /**
   * The rank of the `count`-th working day after index `i` in the common case: `count` > 0 and `i` a covered day or the
   * day before the data; −1 otherwise. The rank may lie past the data (`totalWork` or more).
   */
  function rankAfter(i: number, count: number): number {
    return count > 0 && i >= -1 && i < length ? (workBefore[i + 1] as number) + count - 1 : -1;
  }

  /** The `count`-th working day after (or before) index `i`; `count` ≠ 0. */
  function addWorkingDaysAt(i: number, count: number): number {
    // The common case: an answer inside the data. The rest is in its own function, so that V8 inlines this whole into
    // the methods that call it.
    const rank = rankAfter(i, count);
    return rank >= 0 && rank < totalWork ? (workAt[rank] as number) : addWorkingDaysFromAnyDay(i, count);
  }

  /** {@link addWorkingDaysAt} for any day and count: the answer, or the error naming the day outside the data. */
  function addWorkingDaysFromAnyDay(i: number, count: number): number {
    if (count > 0) return workingDay((workBefore[beforeRead(i, 'date') + 1] as number) + count - 1, ADDING_WORKING_DAYS, count, i);
    return workingDay((workBefore[afterRead(i, 'date')] as number) + count, ADDING_WORKING_DAYS, count, i);
  }

  function countWorkingDaysAt(s: number, e: number): number {
    // The common case: both days covered, or the day before the data (`workBefore` has an entry for each, and a typed
    // array read outside it is `undefined`).
    const workUpToEnd = workBefore[e + 1];
    const workUpToStart = workBefore[s + 1];
    return workUpToEnd !== undefined && workUpToStart !== undefined ? workUpToEnd - workUpToStart : countFromAnyDays(s, e);
  }

  /** {@link countWorkingDaysAt} when a day is outside the data: 0 for an empty range, else the error naming the bound that is. */
  function countFromAnyDays(s: number, e: number): number {
    // The days counted are (min, max]: an empty range reads none.
    if (s === e) return 0;
    const forward = s < e;
    const high = forward ? e : s;
    const low = forward ? s : e;
    if (high >= length) throw outOfRangeError(firstDay + high, coverage, forward ? 'end' : 'start');
    throw outOfRangeError(firstDay + low, coverage, forward ? 'start' : 'end');
  }

  function nextWorkingDayAt(i: number): number {
    return workingDay(workBefore[beforeRead(i, 'date') + 1] as number, WORKING_DAY_AFTER, 1, i);
  }

  /** The frozen day info of covered day `i`, built once. */
  function infoAt(i: number): DayInfo {
    let info = infoCache[i];
    if (!info) {
      const code = status[i] as number;
      const block = blocks[(blockOf[i] as number) - 1];
      info = Object.freeze({
        date: iso(i),
        weekday: isoWeekday(firstDay + i),
        isWorkingDay: (code & 1) === 1,
        // Every code the index stores names a kind (the index is built from KIND_NAMES).
        kind: KIND_NAMES[code] as DayKind,
        statutory: statutory[i] === 1,
        ...(block ? { holiday: holidayRef(block), source: noticeRef(block.setBy.get(firstDay + i) ?? block.notice), history: historyRef(block) } : {}),
        ...(provisionalYearsIn(spans, i - 1, i).length > 0 ? { provisional: true as const } : {}),
        ...(i >= mayChangeFrom && i <= mayChangeTo ? { mayChangeWithNextNotice: true as const } : {}),
      });
      infoCache[i] = info;
    }
    return info;
  }

  /** `addCalendarDays` from index `i` of any day, every other argument checked: the answer, or the error. */
  function addCalendarDaysFromAnyDay(i: number, n: unknown, options: unknown): string {
    const count = checkCount(n, 'n');
    if (count < 0) throw invalidCountError(n, 'n', 'a whole number of days ≥ 0 (a period of calendar days is never negative)');
    const roll = rollOf(options);
    // Without a roll the answer is plain date arithmetic: no calendar data is needed.
    if (roll === 'none') {
      const day = firstDay + i;
      if (day + count > LAST_DAY) throw invalidCountError(n, 'n', `a number of days that ends by 9999-12-31`);
      return formatIsoDay(day + count);
    }
    // With a roll only day n and, when it is a rest day, the days up to the next working day are read (民法典 §203).
    const last = i + count;
    // A date outside the data whose day n is too: the error names the date and every missing year up to it.
    if (last < 0 || i >= length) throw outOfRangeError(firstDay + i, coverage, 'date');
    if (last >= length) throw runsPastCoverageError(`${CALENDAR_DAYS_PERIOD(count)} ${isoAny(i)}`, coverage);
    const code = status[last] as number;
    if ((code & 1) === 1) return iso(last);
    if (roll === 'statutory_holidays_only') {
      if (code !== HOLIDAY) return iso(last);
      const after = afterHolidayRun[last] as number;
      if (after >= length) throw runsPastCoverageError(`${CALENDAR_DAYS_PERIOD(count)} ${isoAny(i)}`, coverage);
      return iso(after);
    }
    return iso(workingDay(workBefore[last] as number, CALENDAR_DAYS_PERIOD, count, last - count));
  }

  /** The covered-day indices of `from` and `to`; throws when `to` is before `from`. */
  function range(from: unknown, to: unknown): [number, number] {
    const f = at(from, 'from');
    const t = at(to, 'to');
    if (t < f) throw new InvalidArgumentError(`\`to\` (${iso(t)}) is before \`from\` (${iso(f)}); a list runs forwards, both days included.`, {
        argument: 'to',
        zh: { problem: `to（${iso(t)}）早于 from（${iso(f)}）`, expected: '不早于 from 的日期（两端都包括）' },
      });
    return [f, t];
  }

  /** Throws unless `year` is an integer year with data; `what` names the answer asked for. */
  function checkYear(year: unknown, what: string): void {
    if (!Number.isInteger(year)) {
      throw new InvalidArgumentError(`\`year\` must be an integer year such as 2021, got ${describeValue(year)}.`, { argument: 'year', value: describeValue(year), zh: { expected: '整数年份，如 2021' } });
    }
    if ((year as number) < index.firstYear || (year as number) > index.lastYear) {
      throw runsPastCoverageError(`${what} of ${String(year)}`, coverage, (year as number) > index.lastYear);
    }
  }

  const calendar: Calendar = {
    isWorkingDay(date) {
      return isWorkingDayAt(indexOf(date, 'date'));
    },

    getDayInfo(date) {
      return infoAt(at(date, 'date'));
    },

    listDays(from, to) {
      const [f, t] = range(from, to);
      return Object.freeze(Array.from({ length: t - f + 1 }, (_, k) => infoAt(f + k)));
    },

    listWorkingDays(from, to) {
      const [f, t] = range(from, to);
      const first = workBefore[f] as number;
      return Object.freeze(Array.from({ length: (workBefore[t + 1] as number) - first }, (_, k) => iso(workAt[first + k] as number)));
    },

    addWorkingDays(date, n) {
      const i = indexOf(date, 'date');
      const count = checkCount(n, 'n');
      // Adding nothing reads no day: the answer is the date itself, covered or not.
      if (count === 0) return formatIsoDay(firstDay + i);
      // The common case reads the answer's string by its rank (`undefined` past the data).
      const rank = rankAfter(i, count);
      const answer = rank >= 0 ? (isoTables ?? buildIsoTables()).workingDays[rank] : undefined;
      return answer ?? iso(addWorkingDaysFromAnyDay(i, count));
    },

    countWorkingDays(start, end) {
      return countWorkingDaysAt(indexOf(start, 'start'), indexOf(end, 'end'));
    },

    nextWorkingDay(date) {
      return iso(nextWorkingDayAt(indexOf(date, 'date')));
    },

    previousWorkingDay(date) {
      const i = afterReadAt(date, 'date');
      return iso(workingDay((workBefore[i] as number) - 1, WORKING_DAY_BEFORE, -1, i));
    },

    addCalendarDays(date, n, options?: AddCalendarDaysOptions) {
      const i = indexOf(date, 'date');
      // The common case: no options, a count ≥ 0 and day n covered (民法典 §203: a rest day rolls to the next working
      // day, which `workAt` gives; it is `undefined` past the data). The rest is in its own function, so that V8
      // inlines this whole.
      if (options === undefined && Number.isSafeInteger(n) && n >= 0) {
        const last = i + n;
        if (last >= 0 && last < length) {
          const day = ((status[last] as number) & 1) === 1 ? last : workAt[workBefore[last] as number];
          if (day !== undefined) return iso(day);
        }
      }
      return addCalendarDaysFromAnyDay(i, n, options);
    },

    holidaysOf(year) {
      checkYear(year, 'The holidays');
      let list = yearBlocks.get(year);
      if (!list) {
        list = Object.freeze(blocks.filter((b) => b.year === year).map(publicBlock));
        yearBlocks.set(year, list);
      }
      return list;
    },

    calendarCoverage() {
      return coverage;
    },

    statutoryDaysOf(year) {
      checkYear(year, 'The statutory holidays');
      let list = yearStatutoryDays.get(year);
      if (!list) {
        const days = statutoryDayNumbers(year);
        if (days === undefined) {
          throw new InvalidArgumentError(
            `The statutory holidays of ${year} are unknown: the library has the lunar dates they need for ${STATUTORY_DAY_YEARS.from}–${STATUTORY_DAY_YEARS.to}.`,
            { argument: 'year', value: year, zh: { problem: `${year}年的法定节假日未知：本库只有${STATUTORY_DAY_YEARS.from}–${STATUTORY_DAY_YEARS.to}年所需的农历日期` } },
          );
        }
        list = Object.freeze(days.map(formatIsoDay));
        yearStatutoryDays.set(year, list);
      }
      return list;
    },

    addWorkingDaysDetailed(date, n) {
      const value = calendar.addWorkingDays(date, n);
      return detailed(value, clamp(indexOf(date, 'date')), clamp(indexOf(value, 'date')));
    },

    countWorkingDaysDetailed(start, end) {
      return detailed(calendar.countWorkingDays(start, end), clamp(indexOf(start, 'start')), clamp(indexOf(end, 'end')));
    },

    provisionalYearsBetween(a, b) {
      const i = at(a, 'a');
      const j = at(b, 'b');
      return provisionalYearsIn(spans, Math.min(i, j), Math.max(i, j));
    },

    asKnownOn: sources.asKnownOn,
    nextNotice,
    unpublishedYears: sources.unpublishedYears ?? 'error',
  };
  const days: CalendarDays = {
    firstDay,
    length,
    mayChangeFrom,
    indexOf: (date) => indexOf(date, 'date'),
    iso: (i) => (i >= 0 && i < length ? iso(i) : isoAny(i)),
    isWorkingDay: isWorkingDayAt,
    addWorkingDays: (i, n) => (n === 0 ? i : addWorkingDaysAt(i, n)),
    countWorkingDays: countWorkingDaysAt,
    nextWorkingDay: nextWorkingDayAt,
  };
  return registerCalendarDays(Object.freeze(calendar), days);
}
