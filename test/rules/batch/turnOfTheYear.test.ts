import { describe, expect, it } from 'vitest';
import { evaluate, evaluateMany, safeEvaluate, type ResultSummary } from '../../../src/rules/index.js';
import { checkProcurement, checkProcurements } from '../../../src/procurement/index.js';
import { checkConnection, checkConnections } from '../../../src/utilities/index.js';
import { applicationAt, datesAt, factsAt, NEXT_YEAR, procurementAt, RECORD_COUNT, REACHES, recordsOf } from '../../fixtures/turnOfTheYear.js';
import { untyped } from '../../fixtures/untyped.js';

/** Every 37th record is compared in full with what the single-record function gives (all of them would be slow). */
const sampled = (index: number): boolean => index % 37 === 0;

/** The sum of a summary's counts per status and per error code: every record is in exactly one of them. */
function accounted(summary: Pick<ResultSummary, 'statuses' | 'errors'>): number {
  return [...Object.values(summary.statuses), ...Object.values(summary.errors)].reduce((a, b) => a + b, 0);
}

describe.each(REACHES)(`a batch of 10,000 records of which a third reach into ${NEXT_YEAR}, a year without a notice (%s)`, (reach) => {
  it('runs through evaluateMany: every record an item in order, the ones evaluate cannot answer out_of_range', () => {
    const batch = evaluateMany('m15-payment', recordsOf(factsAt, reach), { trace: false });
    let index = 0;
    const misjudged: number[] = [];
    for (const item of batch) {
      if (item.index !== index || !item.ok) throw new Error(`item ${item.index} at ${index}: ${JSON.stringify(item)}`);
      // A record of 2021 is always judged.
      if (!datesAt(index, reach).intoNextYear && item.result.status === 'out_of_range') misjudged.push(index);
      if (sampled(index)) {
        // What evaluate says of the same facts: its result, or — for a year without a notice — out_of_range.
        const outcome = safeEvaluate('m15-payment', untyped(factsAt(index, reach)), { trace: false });
        if (outcome.success) expect(item).toEqual({ index, ok: true, result: outcome.data });
        else expect([outcome.error.code, item]).toEqual(['CALENDAR_OUT_OF_RANGE', { index, ok: true, result: expect.objectContaining({ status: 'out_of_range', kind: 'deadline', years: [NEXT_YEAR] }) as unknown }]);
      }
      index += 1;
    }
    expect(misjudged).toEqual([]);
    const summary = batch.summary();
    expect([index, summary.count, summary.failed, accounted(summary)]).toEqual([RECORD_COUNT, RECORD_COUNT, 0, RECORD_COUNT]);
    expect(summary.statuses.out_of_range).toBeGreaterThan(0);
  });

  it('runs through checkProcurements, carrying each contract number, every contract and every rule accounted for', async () => {
    const batch = checkProcurements(recordsOf(procurementAt, reach), { trace: false, id: 'contractNo' });
    let index = 0;
    for await (const item of batch) {
      if (item.index !== index || item.id !== `HT-${index}` || !item.ok) throw new Error(`item ${item.index} at ${index}: ${JSON.stringify(item)}`);
      if (sampled(index)) {
        const { contractNo, ...record } = procurementAt(index, reach);
        expect(item).toEqual({ index, id: contractNo, ok: true, result: checkProcurement(untyped(record), { trace: false }) });
      }
      index += 1;
    }
    const summary = batch.summary();
    expect([index, summary.count, summary.failed, accounted(summary)]).toEqual([RECORD_COUNT, RECORD_COUNT, 0, RECORD_COUNT]);
    for (const rule of Object.values(summary.byRule)) expect([rule.count, accounted(rule)]).toEqual([RECORD_COUNT, RECORD_COUNT]);
    expect(summary.byRule['m15-payment'].statuses.out_of_range).toBeGreaterThan(0);
  });

  it('runs through checkConnections, every application counted overall and under its rule', () => {
    const batch = checkConnections(recordsOf(applicationAt, reach), { trace: false, id: 'applicationNo' });
    let index = 0;
    for (const item of batch) {
      if (item.index !== index || item.id !== `A-${index}` || !item.ok) throw new Error(`item ${item.index} at ${index}: ${JSON.stringify(item)}`);
      if (sampled(index)) {
        const { applicationNo, ...application } = applicationAt(index, reach);
        expect(item).toEqual({ index, id: applicationNo, ok: true, result: checkConnection(untyped(application), { trace: false }) });
      }
      index += 1;
    }
    const summary = batch.summary();
    expect([index, summary.count, summary.failed, accounted(summary)]).toEqual([RECORD_COUNT, RECORD_COUNT, 0, RECORD_COUNT]);
    expect(Object.values(summary.byRule).reduce((n, rule) => n + rule.count, 0)).toBe(RECORD_COUNT);
    expect(summary.statuses.out_of_range).toBeGreaterThan(0);
    // The 10 kV average is over the completed 10 kV applications that could be judged.
    expect(summary.electricity10kvAverage.count).toBeGreaterThan(0);
  });
});

describe('an out_of_range record in a batch', () => {
  it('is the one the issue reported: a contract awarded 2026-12-15, iterated without a throw', () => {
    const batch = checkProcurements([{ awardNoticeIssuedOn: '2026-12-15', contractAmount: '100', supplierIsSme: true, asOf: '2026-12-20' }]);
    const items = [...batch];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ ok: true, result: { status: 'incomplete', results: { 'm13-contract-signing': { status: 'out_of_range', kind: 'deadline', years: [2027] } } } });
    expect(batch.summary()).toMatchObject({ count: 1, failed: 0, statuses: { incomplete: 1 } });
    expect(batch.summary().byRule['m15-payment'].statuses).toEqual({ not_started: 1 });
    // The same record through evaluate throws: one rule, one answer.
    expect(() => evaluate('m13-contract-signing', { start: '2026-12-15', asOf: '2026-12-20' })).toThrow(expect.objectContaining({ code: 'CALENDAR_OUT_OF_RANGE' }));
  });
});
