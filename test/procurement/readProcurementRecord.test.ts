import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutNotYet } from '../../src/_internal/withoutNotYet.js';
import { ProcurementRecordSchema } from '../../src/procurement/procurementRecordSchema.js';
import { readProcurementRecord } from '../../src/procurement/readProcurementRecord.js';

const NOT_YET = ['contractSignedOn', 'performanceCompletedOn', 'acceptanceOrganizedOn', 'invoiceReceivedOn', 'paymentProcessedOn', 'prepaymentAmount'];

describe('the fast procurement record reader agrees with zod', () => {
  const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const dateLike = fc.oneof(day, day, fc.constantFrom('2021-02-29', '２０２１-01-01', '', '2021-1-01'), fc.date({ noInvalidDate: false }), fc.integer(), fc.constant(undefined), fc.constant(null));
  const amount = fc.oneof(fc.constantFrom('1000000.00', '0.00', '0', '300000.5', '1.005', '-1', '１', '1e5', ''), fc.double(), fc.constant(undefined), fc.constant(null));
  const record = fc.oneof(
    fc.record(
      {
        awardNoticeIssuedOn: dateLike,
        contractSignedOn: dateLike,
        performanceCompletedOn: dateLike,
        acceptanceOrganizedOn: dateLike,
        invoiceReceivedOn: dateLike,
        paymentProcessedOn: dateLike,
        contractAmount: amount,
        prepaymentAmount: amount,
        supplierIsSme: fc.oneof(fc.boolean(), fc.constant('true')),
        asOf: dateLike,
        extra: fc.string(),
      },
      { requiredKeys: ['awardNoticeIssuedOn', 'contractAmount', 'supplierIsSme'], noNullPrototype: false },
    ),
    fc.anything({ withNullPrototype: true }),
  );

  it('accepts only what ProcurementRecordSchema accepts, with the same values', () => {
    fc.assert(
      fc.property(record, (input) => {
        const fast = readProcurementRecord(input);
        if (fast === undefined) return;
        const slow = ProcurementRecordSchema.safeParse(withoutNotYet(input, NOT_YET));
        expect(slow.success).toBe(true);
        if (slow.success) expect(Object.fromEntries(Object.entries(fast).filter(([, v]) => v !== undefined))).toEqual(Object.fromEntries(Object.entries(slow.data).filter(([, v]) => v !== undefined)));
      }),
      { numRuns: 5000, seed: 113 },
    );
  });

  it('leaves every cross-field check to zod: a contract performed before it was signed', () => {
    expect(readProcurementRecord({ awardNoticeIssuedOn: '2021-09-08', contractSignedOn: '2021-09-10', performanceCompletedOn: '2021-09-05', contractAmount: '1.00', supplierIsSme: false })).toBeUndefined();
  });

  it('takes the fast path for a database row', () => {
    const row = { awardNoticeIssuedOn: '2021-09-08', contractSignedOn: null, invoiceReceivedOn: '2021-09-29', paymentProcessedOn: null, contractAmount: '100.00', prepaymentAmount: null, supplierIsSme: true, asOf: '2021-10-08' };
    expect(readProcurementRecord(row)).toEqual({ awardNoticeIssuedOn: '2021-09-08', invoiceReceivedOn: '2021-09-29', contractAmount: '100.00', supplierIsSme: true, asOf: '2021-10-08' });
  });
});
