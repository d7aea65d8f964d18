import { describe, expect, it } from 'vitest';
import { evaluate, summarizeResults } from '../../src/rules/index.js';
import { checkConnection, checkConnections, type ConnectionApplication } from '../../src/utilities/index.js';
import { asyncOf } from '../fixtures/asyncOf.js';
import { untyped } from '../fixtures/untyped.js';

const APPLICATIONS: readonly ConnectionApplication[] = [
  { utility: 'water', category: 'general', acceptedOn: '2021-09-28', completedOn: '2021-10-15' },
  { utility: 'water', category: 'general', acceptedOn: '2021-09-28', completedOn: '2021-10-18' },
  { utility: 'water', category: 'general', acceptedOn: '2021-09-28', completedOn: '2021-10-13', pauses: [{ from: '2021-10-11', to: '2021-10-12' }] },
  { utility: 'water', category: 'general', acceptedOn: '2021-10-25', asOf: '2021-10-29' },
  { utility: 'gas', category: 'residential_ignition', acceptedOn: '2021-09-30', asOf: '2021-10-29' },
  { utility: 'electricity', category: '10kv_urban', acceptedOn: '2021-09-01', completedOn: '2021-10-19' },
  { utility: 'electricity', category: '10kv_urban', acceptedOn: '2021-09-01', completedOn: '2021-10-21', pauses: [{ from: '2021-10-11', to: '2021-10-12' }] },
  { utility: 'electricity', category: '10kv_urban', acceptedOn: '2021-10-20', asOf: '2021-10-29' },
  { utility: 'water', category: 'general', acceptedOn: '2021-09-28', completedOn: '2021-09-27' },
  { utility: 'steam', category: 'general', acceptedOn: '2021-09-28' } as unknown as ConnectionApplication,
];

/** A batch walked to its end: its items and its summary. */
function walked(applications: readonly ConnectionApplication[], options?: Parameters<typeof checkConnections>[1]) {
  const batch = checkConnections(applications, options);
  const items = [...batch];
  return { items, summary: batch.summary() };
}

describe('checkConnections', () => {
  const report = walked(APPLICATIONS, { trace: false });

  it('checks each application as checkConnection does, in order, an invalid one becoming an error item', () => {
    expect(report.items).toHaveLength(APPLICATIONS.length);
    report.items.forEach((item, index) => {
      expect(item.index).toBe(index);
      if (item.ok) expect(item.result).toEqual(checkConnection(APPLICATIONS[index] as ConnectionApplication, { trace: false }));
    });
    expect(report.items.filter((i) => !i.ok).map((i) => i.index)).toEqual([8, 9]);
  });

  it('summarises each rule with the summary helper over that rule’s items, and all items together', () => {
    const water = report.items.filter((_, i) => APPLICATIONS[i]?.utility === 'water');
    expect(report.summary.byRule['m06-water-connection']).toEqual(summarizeResults(water));
    expect(report.summary.byRule['m06-water-connection']).toMatchObject({
      count: 5,
      statuses: { met: 2, missed: 1, pending: 1 },
      errors: { INVALID_FACTS: 1 },
      elapsed: { working_days: { count: 3, mean: 8, median: 9, p90: 10, min: 5, max: 10 } },
    });
    expect(report.summary.byRule['m06-gas-residential-ignition']).toMatchObject({ count: 1, statuses: { overdue: 1 } });
    expect(Object.keys(report.summary.byRule)).toEqual(['m06-water-connection', 'm06-electricity-10kv-average', 'm06-gas-residential-ignition']);
    const { byRule, electricity10kvAverage, ...overall } = report.summary;
    expect(overall).toEqual(summarizeResults(report.items));
  });

  it('evaluates the 10 kV average over the completed 10 kV applications only', () => {
    expect(report.summary.electricity10kvAverage).toEqual(
      evaluate(
        'm06-electricity-10kv-average',
        {
          cases: [
            { start: '2021-09-01', end: '2021-10-19' },
            { start: '2021-09-01', end: '2021-10-21', pauses: [{ from: '2021-10-11', to: '2021-10-12' }] },
          ],
        },
        { trace: false },
      ),
    );
    expect(report.summary.electricity10kvAverage).toMatchObject({ status: 'met', count: 2, mean: 30 });
  });

  it('gives no_data for the 10 kV average, and no summaries, without applications', () => {
    expect(walked([])).toMatchObject({ items: [], summary: { count: 0, byRule: {}, electricity10kvAverage: { status: 'no_data', count: 0 } } });
  });

  it('is lazy, walks an async input the same way, and carries each application’s id', async () => {
    const streamed = asyncOf(APPLICATIONS.map((application, n) => ({ ...application, applicationNo: `A-${n}` })));
    const batch = checkConnections(streamed, { trace: false, id: 'applicationNo' });
    expect(batch.summary().count).toBe(0);
    const items = [];
    for await (const item of batch) items.push(item);
    expect(items.map((item) => item.id)).toEqual(APPLICATIONS.map((_, n) => `A-${n}`));
    expect(items.map(({ id, ...item }) => item)).toEqual(report.items);
    expect(batch.summary()).toEqual(report.summary);
  });

  it('throws for bad options before checking anything, and for applications that are not iterable', () => {
    expect(() => checkConnections(APPLICATIONS, untyped({ trace: 'yes' }))).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => checkConnections(untyped({ utility: 'water' }))).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', details: { argument: 'applications', zh: { expected: '可迭代对象（数组、生成器等）或异步可迭代对象（流等）' } } }));
  });
});
