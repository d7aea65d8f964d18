import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createResultSummary, evaluateMany, summarizeResults, type BatchItem, type DeadlineResult, type ElapsedStats } from '../../../src/rules/index.js';
import { asyncOf } from '../../fixtures/asyncOf.js';
import { untyped } from '../../fixtures/untyped.js';

/** A completed deadline result with the given elapsed time (only the fields the summary reads matter). */
function deadlineItem(index: number, elapsed: number, status: DeadlineResult['status'] = 'met', unit: 'working_days' | 'calendar_days' = 'working_days'): BatchItem {
  const result: DeadlineResult = { ruleId: 'x', kind: 'deadline', status, due: '2021-10-15', limit: { amount: 9, unit }, elapsed, trace: [] };
  return { index, ok: true, result };
}

/** The statistics computed the obvious way, by sorting every value. */
function naiveStats(values: readonly number[]): ElapsedStats {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const at = (rank: number) => sorted[rank - 1] as number;
  return {
    count: n,
    mean: sorted.reduce((a, b) => a + b, 0) / n,
    median: n % 2 === 1 ? at((n + 1) / 2) : (at(n / 2) + at(n / 2 + 1)) / 2,
    p90: at(Math.ceil((n * 9) / 10)),
    min: at(1),
    max: at(n),
  };
}

const MIXED = [
  { start: '2021-09-28', end: '2021-10-15' },
  { start: '2021-09-28', end: '2021-10-18' },
  { start: '2021-09-28', asOf: '2021-10-08' },
  { start: '2021-02-30' },
  { start: '2003-12-30', asOf: '2004-01-21' },
  { start: '2021-09-28', asOf: '2021-10-20' },
  { start: 'x' },
];

describe('createResultSummary', () => {
  it('counts results per status and errors per code, in a fixed order', () => {
    const summary = createResultSummary();
    for (const item of evaluateMany('m06-water-connection', MIXED, { trace: false })) summary.add(item);
    const result = summary.result();
    // 2003 has no notice: the item is counted as out_of_range, a status, not as an error.
    expect(result).toMatchObject({ count: 7, evaluated: 5, failed: 2, statuses: { met: 1, missed: 1, pending: 1, overdue: 1, out_of_range: 1 }, errors: { INVALID_FACTS: 2 } });
    expect(Object.keys(result.statuses)).toEqual(['met', 'missed', 'pending', 'overdue', 'out_of_range']);
    expect(Object.keys(result.errors)).toEqual(['INVALID_FACTS']);
  });

  it('takes the elapsed time of completed deadlines only, net of pauses, per unit', () => {
    const summary = createResultSummary();
    [deadlineItem(0, 4), deadlineItem(1, 12, 'missed'), deadlineItem(2, 3, 'pending'), deadlineItem(3, 30, 'overdue'), deadlineItem(4, 20, 'met', 'calendar_days')].forEach((i) => { summary.add(i); });
    expect(summary.result().elapsed).toEqual({
      working_days: { count: 2, mean: 8, median: 8, p90: 12, min: 4, max: 12 },
      calendar_days: { count: 1, mean: 20, median: 20, p90: 20, min: 20, max: 20 },
    });
  });

  it('gives the same mean, median and p90 as sorting every duration', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 400 }), { minLength: 1, maxLength: 300 }), (values) => {
        const summary = createResultSummary();
        values.forEach((v, i) => { summary.add(deadlineItem(i, v)); });
        const stats = summary.result().elapsed.working_days as ElapsedStats;
        const expected = naiveStats(values);
        expect({ ...stats, mean: undefined }).toEqual({ ...expected, mean: undefined });
        expect(stats.mean).toBeCloseTo(expected.mean, 9);
      }),
      { numRuns: 300, seed: 20211001 },
    );
  });

  it('takes p90 at the nearest rank, with integer arithmetic (30 values: the 27th)', () => {
    const summary = createResultSummary();
    for (let i = 1; i <= 30; i++) summary.add(deadlineItem(i, i));
    expect(summary.result().elapsed.working_days?.p90).toBe(27);
  });

  it('has no elapsed statistics before a completed deadline, and keeps counting after a snapshot', () => {
    const summary = createResultSummary();
    expect(summary.result()).toEqual({ count: 0, evaluated: 0, failed: 0, statuses: {}, errors: {}, elapsed: {} });
    summary.add(deadlineItem(0, 5));
    const first = summary.result();
    summary.add(deadlineItem(1, 7));
    expect(first.count).toBe(1);
    expect(summary.result().elapsed.working_days).toMatchObject({ count: 2, mean: 6 });
    expect(Object.isFrozen(first) && Object.isFrozen(first.statuses)).toBe(true);
  });
});

describe('summarizeResults', () => {
  it('summarises a synchronous stream synchronously, the same as feeding the builder', () => {
    const builder = createResultSummary();
    for (const item of evaluateMany('m06-water-connection', MIXED)) builder.add(item);
    expect(summarizeResults(evaluateMany('m06-water-connection', MIXED))).toEqual(builder.result());
  });

  it('summarises an async stream as a promise', async () => {
    await expect(summarizeResults(evaluateMany('m06-water-connection', asyncOf(MIXED)))).resolves.toEqual(summarizeResults(evaluateMany('m06-water-connection', MIXED)));
  });

  it('rejects what is not iterable', () => {
    expect(() => summarizeResults(untyped(5))).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
