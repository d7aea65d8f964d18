import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay } from '../../src/_internal/dayNumber.js';
import { addCalendarDays, addWorkingDays, calendarCoverage, countWorkingDays, getDayInfo, isWorkingDay, nextWorkingDay } from '../../src/calendar/index.js';
import { evaluate, listRules, type BuiltInRule, type BuiltInRuleId, type DeadlineResult, type FactsOfId, type DeadlinePause, type PeriodDeadlineRule } from '../../src/rules/index.js';
import { DeadlineFactsSchema } from '../../src/rules/factsSchemas.js';
import { periodInputOf, readDeadlineFacts } from '../../src/rules/deadline/readFacts.js';

const first = parseIsoDay(calendarCoverage().from);
const last = parseIsoDay(calendarCoverage().to);
// Keep every due date inside the coverage: start at least 120 days before its end.
const dayNumber = fc.integer({ min: first + 1, max: last - 120 });
const day = dayNumber.map(formatIsoDay);
const params = { numRuns: 1000, seed: 20210801 };

const periodRules = listRules().filter((r): r is Extract<BuiltInRule, PeriodDeadlineRule> => r.kind === 'deadline' && r.timing === 'period');
const workingDayRules = periodRules.filter((r) => r.limit.unit === 'working_days');
const periodRule = fc.constantFrom(...periodRules);
const workingDayRule = fc.constantFrom(...workingDayRules);

function deadline<const Id extends BuiltInRuleId>(id: Id, facts: FactsOfId<Id>): DeadlineResult {
  return evaluate(id, facts, { trace: false }) as DeadlineResult;
}

/** A pause of up to 15 days starting within 40 days of `start`. */
const pauseNear = (start: number): fc.Arbitrary<DeadlinePause> =>
  fc.tuple(fc.integer({ min: -5, max: 40 }), fc.integer({ min: 0, max: 15 })).map(([offset, length]) => ({
    from: formatIsoDay(start + offset),
    to: formatIsoDay(start + offset + length),
  }));

describe('laws of deadline evaluation', () => {
  it('is met when done on the due date and missed when done on the next working day', () => {
    fc.assert(
      fc.property(periodRule, day, (rule, start) => {
        const { due } = deadline(rule.id, { start, asOf: start });
        expect(deadline(rule.id, { start, end: due }).status).toBe('met');
        expect(deadline(rule.id, { start, end: nextWorkingDay(due) }).status).toBe('missed');
      }),
      params,
    );
  });

  it('counts elapsed exactly as countWorkingDays when nothing is paused', () => {
    fc.assert(
      fc.property(workingDayRule, dayNumber, fc.nat({ max: 100 }), (rule, start, length) => {
        const [a, b] = [formatIsoDay(start), formatIsoDay(start + length)];
        const r = deadline(rule.id, { start: a, end: b });
        expect(r.elapsed).toBe(countWorkingDays(a, b));
        if (r.status === 'met') expect(r.remaining).toBe(countWorkingDays(b, r.due));
        else {
          // Late up to the first working day on or after the action day: at least 1 working day.
          const lateUntil = isWorkingDay(b) ? b : nextWorkingDay(b);
          expect(r.overBy).toBe(countWorkingDays(r.due, lateUntil));
          expect(r.overBy).toBeGreaterThanOrEqual(1);
        }
      }),
      params,
    );
  });

  it('puts a working-day due date on the N-th working day (N = 0: the first working day from the trigger day on), and a calendar-day one on day N or the next working day', () => {
    fc.assert(
      fc.property(periodRule, day, (rule, start) => {
        const { due } = deadline(rule.id, { start, asOf: start });
        if (rule.limit.unit === 'working_days') {
          const sameDay = isWorkingDay(start) ? start : nextWorkingDay(start);
          expect(due).toBe(rule.limit.amount === 0 ? sameDay : addWorkingDays(start, rule.limit.amount));
        }
        else {
          expect(due).toBe(addCalendarDays(start, rule.limit.amount));
          expect(isWorkingDay(due)).toBe(true);
        }
      }),
      params,
    );
  });

  it('never brings the due date earlier when a pause is added', () => {
    fc.assert(
      fc.property(
        periodRule,
        dayNumber.chain((start) => fc.tuple(fc.constant(start), fc.array(pauseNear(start), { maxLength: 3 }), pauseNear(start))),
        (rule, [start, pauses, extra]) => {
          const facts = { start: formatIsoDay(start), asOf: formatIsoDay(start) };
          const before = deadline(rule.id, { ...facts, pauses });
          const after = deadline(rule.id, { ...facts, pauses: [...pauses, extra] });
          expect(after.due >= before.due).toBe(true);
        },
      ),
      params,
    );
  });

  it('gives net elapsed plus paused working days equal to the gross count', () => {
    fc.assert(
      fc.property(workingDayRule, dayNumber.chain((start) => fc.tuple(fc.constant(start), pauseNear(start), fc.nat({ max: 60 }))), (rule, [start, pause, length]) => {
        const [a, b] = [formatIsoDay(start), formatIsoDay(start + length)];
        const result = deadline(rule.id, { start: a, end: b, pauses: [pause] });
        const net = result.elapsed ?? -1;
        const lo = Math.max(parseIsoDay(pause.from as string) - 1, start);
        const hi = Math.min(parseIsoDay(pause.to as string), start + length);
        // A pause that began after the due date is ignored.
        const counts = (pause.from as string) <= result.due;
        const paused = counts && hi > lo ? countWorkingDays(formatIsoDay(lo), formatIsoDay(hi)) : 0;
        expect(net + paused).toBe(countWorkingDays(a, b));
      }),
      params,
    );
  });
});

describe('the trace of a working-day deadline', () => {
  it('lists exactly the official rest days (in runs) and make-up days between the trigger and the due date', () => {
    fc.assert(
      fc.property(workingDayRule, day, (rule, start) => {
        const r = evaluate(rule.id, { start, asOf: start });
        // A run is cut where the holiday or the notice that set its days changes (2020 春节: 01-24…30, then the extension's 01-31…02-02).
        const expected: { type: string; from?: string; to?: string; date?: string; key?: string | undefined; docNo?: string | undefined }[] = [];
        for (let d = parseIsoDay(start) + 1; d <= parseIsoDay(r.due); d++) {
          const info = getDayInfo(formatIsoDay(d));
          const last = expected[expected.length - 1];
          const docNo = info.source?.docNo;
          if (info.kind === 'makeup_workday') expected.push({ type: 'makeup_workday', date: info.date, key: info.holiday?.key, docNo });
          else if (info.kind === 'holiday' && last?.type === 'holiday' && last.to === formatIsoDay(d - 1) && last.key === info.holiday?.key && last.docNo === docNo) last.to = info.date;
          else if (info.kind === 'holiday') expected.push({ type: 'holiday', from: info.date, to: info.date, key: info.holiday?.key, docNo });
        }
        const listed = r.trace
          .filter((s) => s.type === 'holiday' || s.type === 'makeup_workday')
          .map((s) =>
            s.type === 'holiday'
              ? { type: s.type, from: s.from, to: s.to, key: s.holiday.key, docNo: s.notice.docNo }
              : { type: s.type, date: s.date, key: s.holiday.key, docNo: s.notice.docNo },
          );
        expect(listed).toEqual(expected);
      }),
      params,
    );
  });
});

describe('the fast facts reader agrees with zod', () => {
  const dateLike = fc.oneof(
    day,
    fc.constantFrom('2021-02-29', '2021-13-01', '2021-1-01', '２０２１-01-01', '', '2021-10-09T00:00'),
    fc.date({ min: new Date('1990-01-01'), max: new Date('2030-01-01'), noInvalidDate: false }),
    fc.integer(),
    fc.constant(undefined),
    fc.constant(null),
  );
  const pause = fc.record({ from: dateLike, to: dateLike, reason: fc.option(fc.string(), { nil: undefined }) }, { requiredKeys: ['from', 'to'] });
  const facts = fc.oneof(
    fc.record(
      { start: dateLike, end: dateLike, asOf: dateLike, pauses: fc.oneof(fc.array(pause, { maxLength: 3 }), fc.constant('x')), extra: fc.string() },
      { requiredKeys: [], noNullPrototype: false },
    ),
    fc.anything({ withNullPrototype: true }),
  );

  it('accepts only what DeadlineFactsSchema accepts, with the same output', () => {
    fc.assert(
      fc.property(facts, (input) => {
        const fast = readDeadlineFacts(input);
        const slow = DeadlineFactsSchema.safeParse(input);
        if (fast !== undefined) {
          expect(slow.success).toBe(true);
          if (slow.success) expect(fast).toEqual(periodInputOf(slow.data));
        }
      }),
      { numRuns: 5000, seed: 113 },
    );
  });

  // The common shape: a plain object of 'YYYY-MM-DD' strings (real or not), `end: null` for not done yet, plain pauses.
  const plainDay = fc.oneof(day, day, fc.constantFrom('2021-02-29', '2021-13-01'));
  const plainPause = fc.record({ from: plainDay, to: plainDay, reason: fc.option(fc.string(), { nil: undefined }) }, { requiredKeys: ['from', 'to'] });
  const commonFacts = fc.record(
    { start: plainDay, end: fc.oneof(plainDay, fc.constant(null)), asOf: plainDay, pauses: fc.array(plainPause, { maxLength: 3 }) },
    { requiredKeys: ['start'] },
  );

  it('on the common shape, accepts exactly what DeadlineFactsSchema accepts', () => {
    fc.assert(
      fc.property(commonFacts, (input) => {
        const slow = DeadlineFactsSchema.safeParse(input);
        const fast = readDeadlineFacts(input);
        expect(fast !== undefined).toBe(slow.success);
        if (slow.success) expect(fast).toEqual(periodInputOf(slow.data));
      }),
      { numRuns: 3000, seed: 113 },
    );
  });

  it('takes the fast path for the common shapes', () => {
    for (const input of [
      { start: '2021-09-29', end: null },
      { start: '2021-09-29' },
      { start: '2021-09-29', end: '2021-10-12' },
      { start: new Date(), asOf: '2021-10-12', end: undefined },
      { start: '2021-09-29', pauses: [{ from: '2021-10-01', to: '2021-10-02', reason: '补正' }] },
      Object.assign(Object.create(null) as object, { start: '2021-09-29' }),
    ]) {
      expect(readDeadlineFacts(input)).toBeDefined();
    }
  });
});

describe('laws of exact thresholds', () => {
  const fen = fc.bigInt({ min: 1n, max: 10n ** 15n });
  const yuan = (f: bigint): string => `${f / 100n}.${String(f % 100n).padStart(2, '0')}`;

  it('meets 30% exactly when 100 × prepayment ≥ 30 × contract, and requires the contract × 30% rounded up to the fen', () => {
    fc.assert(
      fc.property(fen, fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.boolean(), (contract, prepayment, sme) => {
        const percent = sme ? 50n : 30n;
        const r = evaluate('m15-prepayment-ratio', { contractAmount: yuan(contract), prepaymentAmount: yuan(prepayment), supplierIsSme: sme }, { trace: false });
        expect(r.status).toBe(100n * prepayment >= percent * contract ? 'met' : 'not_met');
        expect(r.requiredAmount).toBe(yuan((percent * contract + 99n) / 100n));
        if (r.status === 'not_met') expect(r.shortfallAmount).toBe(yuan((percent * contract + 99n) / 100n - prepayment));
        // The shown ratio is never above the exact one, so a ratio that is not met never shows as the limit.
        expect(BigInt(r.actual.replace('.', '')) * contract <= prepayment * 1_000_000n).toBe(true);
      }),
      params,
    );
  });
});
