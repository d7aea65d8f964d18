import { describe, expect, it } from 'vitest';
import { checkProcurement } from '../../src/procurement/index.js';
import { evaluate } from '../../src/rules/index.js';
import { checkConnection, checkConnections } from '../../src/utilities/index.js';
import { untyped } from '../fixtures/untyped.js';

// A database row holds null for a day that has not happened yet: the same result as the field left out.
describe('null means "not yet"', () => {
  it('in the facts of a period deadline and of a fixed-date deadline', () => {
    expect(evaluate('m15-payment', { start: '2021-09-29', end: null, asOf: '2021-10-13' })).toEqual(evaluate('m15-payment', { start: '2021-09-29', asOf: '2021-10-13' }));
    expect(evaluate('m15-payment', { start: '2021-09-29', end: null, asOf: '2021-10-13' }).status).toBe('overdue');
    // The zod path too (a pause written with Dates is not the fast path's common shape).
    const paused = { start: '2021-09-29', asOf: '2021-10-13', pauses: [{ from: new Date('2021-10-10T04:00:00Z'), to: '2021-10-11', extra: 1 }] };
    expect(() => evaluate('m15-payment', { ...paused, end: null })).toThrow(/pauses\.0\.extra: is not a known field/);
    expect(evaluate('m24-chuanyu-same-standard', { end: null, asOf: '2021-11-02' })).toEqual(evaluate('m24-chuanyu-same-standard', { asOf: '2021-11-02' }));
  });

  it('in a procurement record and a connection application', () => {
    const record = { awardNoticeIssuedOn: '2021-09-08', contractAmount: '100.00', supplierIsSme: false, asOf: '2021-10-08' };
    const nulls = { contractSignedOn: null, performanceCompletedOn: null, acceptanceOrganizedOn: null, invoiceReceivedOn: null, paymentProcessedOn: null, prepaymentAmount: null };
    expect(checkProcurement({ ...record, ...nulls })).toEqual(checkProcurement(record));
    expect(checkProcurement({ ...record, ...nulls }).results['m13-contract-signing'].status).toBe('overdue');
    const application = { utility: 'water', category: 'general', acceptedOn: '2021-09-28', asOf: '2021-10-11' } as const;
    expect(checkConnection({ ...application, completedOn: null })).toEqual(checkConnection(application));
    // An open 10 kV application is no case of the average, whether its completedOn is left out or null.
    const tenKv = { utility: 'electricity', category: '10kv_urban', acceptedOn: '2021-09-01' } as const;
    const done = { ...tenKv, completedOn: '2021-10-19' };
    const averageOf = (applications: readonly object[]) => {
      const batch = checkConnections(untyped(applications));
      Array.from(batch); // runs the batch: its summary counts the items read
      return batch.summary().electricity10kvAverage;
    };
    expect(averageOf([done, { ...tenKv, completedOn: null }])).toEqual(averageOf([done, tenKv]));
  });

  it('only where a day may not have happened yet: a null start or award day is still an error', () => {
    expect(() => evaluate('m15-payment', untyped({ start: null }))).toThrow(/start: /);
    expect(() => checkProcurement(untyped({ awardNoticeIssuedOn: null, contractAmount: '100.00', supplierIsSme: false }))).toThrow(/awardNoticeIssuedOn: /);
  });
});
