import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay } from '../../src/_internal/dayNumber.js';
import { createCalendar, defaultCalendar, type Calendar } from '../../src/calendar/index.js';
import { evaluate, listRules, type PeriodDeadlineRule } from '../../src/rules/index.js';

// The engine counts on the day indexes of a calendar built from an index, and goes through the public methods of any
// other object that passes for a calendar (a copy of one). Both must give the same results and the same errors.

const periodRules = listRules().filter((r): r is Extract<ReturnType<typeof listRules>[number], PeriodDeadlineRule> => r.kind === 'deadline' && r.timing === 'period');
const first = parseIsoDay(defaultCalendar.calendarCoverage().from);
const last = parseIsoDay(defaultCalendar.calendarCoverage().to);
// From a year before the data to a year after it, so that the errors at both ends are compared too.
const day = fc.integer({ min: first - 366, max: last + 366 }).map(formatIsoDay);
const pause = fc.tuple(day, fc.nat({ max: 20 })).map(([from, length]) => ({ from, to: formatIsoDay(parseIsoDay(from) + length) }));
const facts = fc.record(
  { start: day, end: fc.option(fc.nat({ max: 60 }), { nil: undefined }), asOf: fc.option(fc.integer({ min: -10, max: 60 }), { nil: undefined }), pauses: fc.array(pause, { maxLength: 2 }) },
  { requiredKeys: ['start', 'asOf', 'pauses'] },
).map(({ start, end, asOf, pauses }) => ({
  start,
  ...(end !== undefined ? { end: formatIsoDay(parseIsoDay(start) + end) } : {}),
  asOf: formatIsoDay(parseIsoDay(start) + (asOf ?? 0)),
  ...(pauses.length > 0 ? { pauses } : {}),
}));

/** The result, or the error's code, message and details. */
function outcome(f: () => unknown): unknown {
  try {
    return f();
  } catch (error) {
    const { code, message, details } = error as { code: string; message: string; details: unknown };
    return { code, message, details };
  }
}

describe.each([
  ['the built-in calendar', defaultCalendar],
  ['a calendar that projects 2027 and answers as known on a day', createCalendar({ unpublishedYears: 'provisional', asKnownOn: '2026-11-30' })],
])('the engine on %s and on a copy of it', (_, calendar: Calendar) => {
  const copy: Calendar = { ...calendar };
  it('gives the same results and errors for every period deadline, traced', () => {
    fc.assert(
      fc.property(fc.constantFrom(...periodRules), facts, (rule, f) => {
        expect(outcome(() => evaluate(rule.id, f, { calendar: copy }))).toEqual(outcome(() => evaluate(rule.id, f, { calendar })));
      }),
      { numRuns: 600, seed: 20261207 },
    );
  });

  it('gives the same averages', () => {
    const average = listRules().filter((r) => r.kind === 'average');
    fc.assert(
      fc.property(fc.constantFrom(...average), fc.array(fc.tuple(day, fc.nat({ max: 40 })), { maxLength: 4 }), (rule, cases) => {
        const f = { cases: cases.map(([start, length]) => ({ start, end: formatIsoDay(parseIsoDay(start) + length) })) };
        expect(outcome(() => evaluate(rule.id, f, { calendar: copy }))).toEqual(outcome(() => evaluate(rule.id, f, { calendar })));
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });
});
