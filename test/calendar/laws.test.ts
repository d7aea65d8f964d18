import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay } from '../../src/_internal/dayNumber.js';
import { addCalendarDays, addWorkingDays, calendarCoverage, countWorkingDays, isWorkingDay } from '../../src/calendar/index.js';

const first = parseIsoDay(calendarCoverage().from);
const last = parseIsoDay(calendarCoverage().to);
// Keep answers inside the coverage: start a year after the first day and at least a year before the last.
const day = fc.integer({ min: first + 366, max: last - 400 }).map(formatIsoDay);
const anyDay = fc.integer({ min: first, max: last }).map(formatIsoDay);
const steps = fc.integer({ min: -200, max: 200 });
const params = { numRuns: 2000, seed: 20211113 };

describe('laws of the working-day calendar', () => {
  it('countWorkingDays(a, addWorkingDays(a, n)) === n for every n ≥ 0', () => {
    fc.assert(fc.property(day, fc.nat({ max: 200 }), (a, n) => countWorkingDays(a, addWorkingDays(a, n)) === n), params);
  });

  it('countWorkingDays is antisymmetric', () => {
    fc.assert(fc.property(anyDay, anyDay, (a, b) => countWorkingDays(a, b) === -countWorkingDays(b, a)), params);
  });

  it('addWorkingDays is strictly increasing in n', () => {
    fc.assert(fc.property(day, steps, (a, n) => addWorkingDays(a, n) < addWorkingDays(a, n + 1)), params);
  });

  it('addWorkingDays lands on a working day for every n ≠ 0', () => {
    fc.assert(fc.property(day, steps.filter((n) => n !== 0), (a, n) => isWorkingDay(addWorkingDays(a, n))), params);
  });

  it('addWorkingDays(a, n) then -n returns to a when a is a working day', () => {
    fc.assert(fc.property(day.filter(isWorkingDay), steps, (a, n) => addWorkingDays(addWorkingDays(a, n), -n) === a), params);
  });

  it('countWorkingDays adds up over consecutive intervals', () => {
    fc.assert(fc.property(anyDay, anyDay, anyDay, (a, b, c) => countWorkingDays(a, b) + countWorkingDays(b, c) === countWorkingDays(a, c)), params);
  });

  it('addCalendarDays never ends on a rest day under the default roll, and never before day n', () => {
    fc.assert(
      fc.property(day, fc.nat({ max: 120 }), (a, n) => {
        const end = addCalendarDays(a, n);
        const nominal = addCalendarDays(a, n, { roll: 'none' });
        return isWorkingDay(end) && end >= nominal && countWorkingDays(nominal, end) <= 1;
      }),
      params,
    );
  });

  it('the statutory-holidays-only roll lies between no roll and the full roll', () => {
    fc.assert(
      fc.property(day, fc.nat({ max: 120 }), (a, n) => {
        const statutory = addCalendarDays(a, n, { roll: 'statutory_holidays_only' });
        return addCalendarDays(a, n, { roll: 'none' }) <= statutory && statutory <= addCalendarDays(a, n);
      }),
      params,
    );
  });
});

describe('agreement with a plain day-by-day count', () => {
  it('matches a naive loop over every day for random intervals', () => {
    fc.assert(
      fc.property(anyDay, fc.nat({ max: 800 }), (a, len) => {
        const start = parseIsoDay(a);
        const end = Math.min(start + len, last);
        let naive = 0;
        for (let d = start + 1; d <= end; d++) if (isWorkingDay(formatIsoDay(d))) naive++;
        expect(countWorkingDays(a, formatIsoDay(end))).toBe(naive);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
