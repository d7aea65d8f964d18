import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, explain, type DeadlineResult } from '../../../src/rules/index.js';
import { checkConnection } from '../../../src/utilities/index.js';
import { runCliInProcess } from '../../cli/runCliInProcess.js';

// m15-payment: 5 working days from the invoice. From Wednesday 2021-09-29: 09-30 is day 1, 10-01..10-07 the National
// Day holiday, 10-08 day 2 and Saturday 10-09 a make-up working day, day 3 (国办发明电〔2020〕27号); 10-11 is a Monday.
const START = '2021-09-29';

describe('an open pause (no `to`)', () => {
  it('runs until asOf: the clock has not restarted', () => {
    const result = evaluate('m15-payment', { start: START, asOf: '2021-10-13', pauses: [{ from: '2021-10-11', reason: '等待补正' }] });
    // 10-11..10-13 paused: days 4 and 5 are 10-14 and 10-15.
    expect(result).toMatchObject({ status: 'pending', due: '2021-10-15', elapsed: 3, remaining: 2 });
    expect(result.trace).toContainEqual({ type: 'pause', from: '2021-10-11', to: '2021-10-13', reasons: ['等待补正'], open: true });
  });

  it('runs until the end when the action is done', () => {
    const result = evaluate('m15-payment', { start: START, end: '2021-10-14', pauses: [{ from: '2021-10-11', to: null }] });
    // 10-11..10-14 paused: day 4 is 10-15, day 5 Monday 10-18.
    expect(result).toMatchObject({ status: 'met', due: '2021-10-18', elapsed: 3 });
  });

  it('is the closed pause that ends on asOf, or on the end (a law)', () => {
    const day = (n: number): string => new Date(Date.UTC(2021, 8, 30) + n * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), fc.boolean(), (a, b, done) => {
        const [from, until] = [day(Math.min(a, b)), day(Math.max(a, b))];
        const reference = done ? { end: until } : { asOf: until };
        const open = evaluate('m06-water-connection', { start: START, ...reference, pauses: [{ from }] }, { trace: false });
        const closed = evaluate('m06-water-connection', { start: START, ...reference, pauses: [{ from, to: until }] }, { trace: false });
        expect(open).toEqual(closed);
      }),
      { seed: 21, numRuns: 200 },
    );
  });

  it('that begins after asOf has paused nothing yet', () => {
    const open = evaluate('m15-payment', { start: START, asOf: '2021-10-08', pauses: [{ from: '2021-10-11' }] });
    expect(open).toEqual(evaluate('m15-payment', { start: START, asOf: '2021-10-08' }));
  });

  it('merges with a closed pause it overlaps, and stays open', () => {
    const result = evaluate('m15-payment', { start: START, asOf: '2021-10-14', pauses: [{ from: '2021-10-11', to: '2021-10-12' }, { from: '2021-10-12' }] });
    expect(result.trace.filter((s) => s.type === 'pause')).toEqual([{ type: 'pause', from: '2021-10-11', to: '2021-10-14', reasons: [], open: true }]);
  });

  it('is explained as open in both languages', () => {
    const result = evaluate('m15-payment', { start: START, asOf: '2021-10-13', pauses: [{ from: '2021-10-11' }] });
    expect(explain(result, { locale: 'zh-CN' })).toContain('未填写暂停结束日期，按暂停至');
    expect(explain(result, { locale: 'en' })).toContain('no end of the pause given: counted as paused up to');
  });

  it('is read in a connection application', () => {
    const result = checkConnection({ utility: 'water', category: 'general', acceptedOn: '2021-09-28', asOf: '2021-10-13', pauses: [{ from: '2021-10-11', to: null }] }, { trace: false });
    expect(result).toEqual(checkConnection({ utility: 'water', category: 'general', acceptedOn: '2021-09-28', asOf: '2021-10-13', pauses: [{ from: '2021-10-11', to: '2021-10-13' }] }, { trace: false }));
  });

  it('is written --pause <from>.. on the command line and <from>.. in a CSV cell', async () => {
    const run = await runCliInProcess(['deadline', 'm15-payment', '--start', START, '--pause', '2021-10-11..:等待补正', '--as-of', '2021-10-13', '--json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { result: DeadlineResult }).result).toMatchObject({ status: 'pending', due: '2021-10-15' });
    const csv = await runCliInProcess(['check', 'm15-payment', '--input', '-', '--input-format', 'csv', '--format', 'jsonl'], { stdin: 'start,asOf,pauses\r\n2021-09-29,2021-10-13,2021-10-11..\r\n' });
    expect(csv.stdout.split('\n')[0]).toContain('"due":"2021-10-15"');
  });
});
