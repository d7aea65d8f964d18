import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createCalendar, defaultCalendar, isYingshangError, type Calendar, type RollMode } from '../../src/calendar/index.js';

/**
 * The rule: a calendar function raises CALENDAR_OUT_OF_RANGE exactly when its answer depends on the status of a day
 * the data does not have. The oracle answers each question by walking day by day over a calendar extended past both
 * ends of the data with made-up statuses; an answer that is the same under every extension needs no missing day.
 */

type Status = 'work' | 'rest' | 'holiday';
/** A status for each day outside the data. */
type Extension = (day: number) => Status;

const MS_PER_DAY = 86_400_000;
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;
const isoOf = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** Outside the data, a walk gives up this far from the days asked about: no answer within it is no answer. */
const WALK_LIMIT = 400;

const EXTENSIONS: readonly Extension[] = [
  () => 'work',
  () => 'rest',
  () => 'holiday',
  // Weekends resting, weekdays working: the plainest guess a library could make.
  (day) => (((day % 7) + 7 + 3) % 7 >= 5 ? 'rest' : 'work'),
];

/** The oracle for one calendar and one extension. */
function extendedCalendar(calendar: Calendar, extension: Extension) {
  const { from, to } = calendar.calendarCoverage();
  const first = dayOf(from);
  const last = dayOf(to);
  const statusOf = (day: number): Status => {
    if (day < first || day > last) return extension(day);
    const { kind } = calendar.getDayInfo(isoOf(day));
    return kind === 'holiday' ? 'holiday' : kind === 'weekend' ? 'rest' : 'work';
  };
  const works = (day: number): boolean => statusOf(day) === 'work';
  /** The first day from `day` on (step +1) or back (step −1) that passes `test`, or undefined. */
  const seek = (day: number, step: 1 | -1, test: (d: number) => boolean): number | undefined => {
    for (let d = day, k = 0; k < WALK_LIMIT; d += step, k++) if (test(d)) return d;
    return undefined;
  };
  const addWorking = (date: string, n: number): string | undefined => {
    let day = dayOf(date);
    const step = n > 0 ? 1 : -1;
    for (let left = Math.abs(n); left > 0; left--) {
      const found = seek(day + step, step, works);
      if (found === undefined) return undefined;
      day = found;
    }
    return isoOf(day);
  };
  return {
    addWorkingDays: addWorking,
    nextWorkingDay: (date: string) => addWorking(date, 1),
    previousWorkingDay: (date: string) => addWorking(date, -1),
    countWorkingDays: (start: string, end: string): number => {
      const [a, b] = [dayOf(start), dayOf(end)];
      let n = 0;
      for (let d = Math.min(a, b) + 1; d <= Math.max(a, b); d++) if (works(d)) n++;
      return a <= b ? n : -n;
    },
    addCalendarDays: (date: string, n: number, roll: RollMode): string | undefined => {
      const lastDay = dayOf(date) + n;
      if (roll === 'none' || works(lastDay)) return isoOf(lastDay);
      if (roll === 'next_working_day') {
        const found = seek(lastDay, 1, works);
        return found === undefined ? undefined : isoOf(found);
      }
      // Only an announced holiday rolls, to the day after its run of holiday days.
      if (statusOf(lastDay) !== 'holiday') return isoOf(lastDay);
      const after = seek(lastDay, 1, (d) => statusOf(d) !== 'holiday');
      return after === undefined ? undefined : isoOf(after);
    },
  };
}

type Question =
  | { readonly f: 'addWorkingDays'; readonly date: string; readonly n: number }
  | { readonly f: 'nextWorkingDay' | 'previousWorkingDay'; readonly date: string }
  | { readonly f: 'countWorkingDays'; readonly start: string; readonly end: string }
  | { readonly f: 'addCalendarDays'; readonly date: string; readonly n: number; readonly roll: RollMode };

function ask(calendar: Calendar, q: Question): unknown {
  switch (q.f) {
    case 'addWorkingDays':
      return calendar.addWorkingDays(q.date, q.n);
    case 'nextWorkingDay':
      return calendar.nextWorkingDay(q.date);
    case 'previousWorkingDay':
      return calendar.previousWorkingDay(q.date);
    case 'countWorkingDays':
      return calendar.countWorkingDays(q.start, q.end);
    case 'addCalendarDays':
      return calendar.addCalendarDays(q.date, q.n, { roll: q.roll });
  }
}

function askOracle(oracle: ReturnType<typeof extendedCalendar>, q: Question): unknown {
  switch (q.f) {
    case 'addWorkingDays':
      return oracle.addWorkingDays(q.date, q.n);
    case 'nextWorkingDay':
      return oracle.nextWorkingDay(q.date);
    case 'previousWorkingDay':
      return oracle.previousWorkingDay(q.date);
    case 'countWorkingDays':
      return oracle.countWorkingDays(q.start, q.end);
    case 'addCalendarDays':
      return oracle.addCalendarDays(q.date, q.n, q.roll);
  }
}

/** The library's answer, or `'out_of_range'` when it raises CALENDAR_OUT_OF_RANGE. */
function answerOf(calendar: Calendar, q: Question): unknown {
  try {
    return ask(calendar, q);
  } catch (error) {
    if (isYingshangError(error, 'CALENDAR_OUT_OF_RANGE')) return 'out_of_range';
    throw error;
  }
}

const CALENDARS: readonly (readonly [string, Calendar])[] = [
  ['the built-in calendar (2004–2026)', defaultCalendar],
  // A calendar whose data ends earlier: 2004–2021.
  ['a calendar as known on 2021-01-01', createCalendar({ asKnownOn: '2021-01-01' })],
];

/** A day within 40 days of either end of `calendar`'s data. */
function nearAnEnd(calendar: Calendar): fc.Arbitrary<string> {
  const { from, to } = calendar.calendarCoverage();
  return fc.tuple(fc.constantFrom(dayOf(from), dayOf(to) + 1), fc.integer({ min: -40, max: 39 })).map(([edge, k]) => isoOf(edge + k));
}

function questions(calendar: Calendar): fc.Arbitrary<Question> {
  const day = nearAnEnd(calendar);
  const n = fc.integer({ min: -25, max: 25 });
  return fc.oneof(
    fc.record({ f: fc.constant('addWorkingDays' as const), date: day, n }),
    fc.record({ f: fc.constantFrom('nextWorkingDay' as const, 'previousWorkingDay' as const), date: day }),
    fc.record({ f: fc.constant('countWorkingDays' as const), start: day, end: day }),
    fc.record({ f: fc.constant('countWorkingDays' as const), start: day, end: day }).map((q) => ({ ...q, end: q.start })),
    fc.record({ f: fc.constant('addCalendarDays' as const), date: day, n: fc.nat({ max: 30 }), roll: fc.constantFrom<RollMode>('next_working_day', 'statutory_holidays_only', 'none') }),
  );
}

describe('a calendar function raises exactly when its answer reads a day outside the data', () => {
  for (const [name, calendar] of CALENDARS) {
    test.prop([questions(calendar)], { numRuns: 300, seed: 20261207 })(name, (q) => {
      const answers = EXTENSIONS.map((extension) => askOracle(extendedCalendar(calendar, extension), q));
      const certain = answers.every((a) => a !== undefined && a === answers[0]);
      expect(answerOf(calendar, q)).toBe(certain ? answers[0] : 'out_of_range');
    });
  }
});

describe('the examples of issues 19 and 22', () => {
  it('answers what needs no missing day', () => {
    // 2026-12-31 is a Thursday, and no notice made it a rest day; 2027-01-01 itself is not read.
    expect(defaultCalendar.previousWorkingDay('2027-01-01')).toBe('2026-12-31');
    expect(defaultCalendar.nextWorkingDay('2003-12-31')).toBe('2004-01-02');
    expect(defaultCalendar.countWorkingDays('2027-01-02', '2027-01-02')).toBe(0);
    expect(defaultCalendar.addWorkingDays('2030-05-01', 0)).toBe('2030-05-01');
    // 2003-12-29 + 5 days = Saturday 2004-01-03, rolled to Monday 2004-01-05 (民法典 §203): only 01-03…01-05 are read.
    expect(defaultCalendar.addCalendarDays('2003-12-29', 5)).toBe('2004-01-05');
  });

  it('counts back twelve working days from the day after the data', () => {
    // December 2026 has no holiday: the weekdays from 12-31 back are 31, 30, 29, 28, 25, 24, 23, 22, 21, 18, 17, 16.
    expect(defaultCalendar.addWorkingDays('2027-01-01', -12)).toBe('2026-12-16');
  });

  it('still raises when a missing day decides the answer', () => {
    expect(answerOf(defaultCalendar, { f: 'nextWorkingDay', date: '2026-12-31' })).toBe('out_of_range');
    expect(answerOf(defaultCalendar, { f: 'previousWorkingDay', date: '2027-01-02' })).toBe('out_of_range');
    expect(answerOf(defaultCalendar, { f: 'countWorkingDays', start: '2026-12-31', end: '2027-01-01' })).toBe('out_of_range');
    expect(answerOf(defaultCalendar, { f: 'addCalendarDays', date: '2003-12-25', n: 5, roll: 'next_working_day' })).toBe('out_of_range');
  });
});
