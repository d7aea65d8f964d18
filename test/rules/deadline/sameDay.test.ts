import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, explain, type DeadlineResult, type FactsOfId, type DeadlinePause } from '../../../src/rules/index.js';

const ID = 'm47-employment-matters-same-day';
const sameDay = (facts: FactsOfId<typeof ID>): DeadlineResult => evaluate(ID, facts);

describe('a same-day (0 working-day) rule', () => {
  it('is due on the next working day when the trigger is a rest day (行政许可法 §82: a working-day period ends on a working day)', () => {
    // 2021-10-10 is a Sunday (not a make-up day: the 2021 国庆 make-up days are 09-26 and 10-09).
    expect(sameDay({ start: '2021-10-10', end: '2021-10-11' })).toMatchObject({ due: '2021-10-11', status: 'met' });
    // 2020-02-01 was a make-up Saturday of the 2019 notice, made a rest day by 国办发明电〔2020〕1号 (「2月3日（星期一）起正常上班」).
    expect(sameDay({ start: '2020-02-01', end: '2020-02-01' })).toMatchObject({ due: '2020-02-03', status: 'met' });
    // A make-up Saturday is a working day: due that day (2021-10-09, 「10月9日（星期六）上班」).
    expect(sameDay({ start: '2021-10-09', end: '2021-10-09' })).toMatchObject({ due: '2021-10-09', status: 'met' });
  });

  it('moves the due date past every pause it lands in, a later one included (行政许可法 §45)', () => {
    // Trigger 09-19 in the first pause (09-14…10-15); Monday 10-17 opens the second (10-17…10-26): first open working day Thursday 10-27.
    const pauses = [
      { from: '2016-09-14', to: '2016-10-15' },
      { from: '2016-10-17', to: '2016-10-26' },
    ];
    const result = sameDay({ start: '2016-09-19', asOf: '2016-10-25', pauses });
    expect(result).toMatchObject({ due: '2016-10-27', status: 'pending' });
    expect(result).not.toHaveProperty('overBy');
    expect(explain(result)).not.toContain('已逾期');
    // Done on Friday 10-28: one working day late, not zero.
    expect(sameDay({ start: '2016-09-19', end: '2016-10-28', pauses })).toMatchObject({ due: '2016-10-27', status: 'missed', overBy: 1 });
  });
});

/**
 * An oracle from the notices alone, independent of the library's index: a day is a working day when it is Monday to
 * Friday and no arrangement in force lists it as a rest day, or when an arrangement in force lists it as a make-up day.
 * An amendment's arrangement replaces the earlier one of the same holiday (the seeds' transcription of the notices).
 */
function noticeOracle(): (day: string) => boolean {
  const rest = new Set<string>();
  const makeup = new Set<string>();
  for (let year = 2004; year <= 2026; year++) {
    const seed = JSON.parse(readFileSync(new URL(`../../../seeds/calendar/cn/${year}.json`, import.meta.url), 'utf8')) as {
      notices: { holidays: { key: string; rest: { from: string; to: string }[]; makeup: string[] }[] }[];
    };
    const inForce = new Map<string, { rest: { from: string; to: string }[]; makeup: string[] }>();
    for (const notice of seed.notices) for (const h of notice.holidays) inForce.set(h.key, h);
    for (const h of inForce.values()) {
      for (const r of h.rest) for (let d = r.from; d <= r.to; d = dayAfter(d)) rest.add(d);
      for (const d of h.makeup) makeup.add(d);
    }
  }
  return (day) => makeup.has(day) || (!rest.has(day) && weekdayOf(day) <= 5);
}

function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
}

describe('law: a same-day working-day rule with random pauses', () => {
  const isWorking = noticeOracle();
  const paused = (day: string, pauses: readonly DeadlinePause[]): boolean => pauses.some((p) => p.from <= day && day <= (p.to as string));
  // 2004-01-05 … 2026-10-31, so that the due date and the as-of day stay inside the data.
  const dayIn = (from: number, to: number) => fc.integer({ min: from, max: to }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
  const first = Date.UTC(2004, 0, 5) / 86_400_000;
  const last = Date.UTC(2026, 9, 31) / 86_400_000;
  const offsetDay = (day: string, n: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  const cases = dayIn(first, last).chain((start) =>
    fc.record({
      start: fc.constant(start),
      pauses: fc.array(
        fc.tuple(fc.integer({ min: -3, max: 20 }), fc.integer({ min: 0, max: 9 })).map(([at, length]) => ({ from: offsetDay(start, at), to: offsetDay(start, at + length) })),
        { maxLength: 3 },
      ),
      reference: fc.integer({ min: 0, max: 40 }).map((n) => offsetDay(start, n)),
      done: fc.boolean(),
    }),
  );

  it('is due on the first working day from the trigger day on that no pause covers; overBy ≥ 1 whenever late', () => {
    fc.assert(
      fc.property(cases, ({ start, pauses, reference, done }) => {
        let expected = start;
        while (!isWorking(expected) || paused(expected, pauses)) expected = dayAfter(expected);
        const result = sameDay(done ? { start, end: reference, pauses } : { start, asOf: reference, pauses });
        expect(result.due).toBe(expected);
        const late = reference > expected;
        expect(result.status).toBe(late ? (done ? 'missed' : 'overdue') : done ? 'met' : 'pending');
        if (late) expect(result.overBy).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 2000, seed: 20221022 },
    );
  });
});
