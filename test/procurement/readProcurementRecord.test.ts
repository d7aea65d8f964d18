import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProcurement } from '../../src/procurement/checkProcurement.js';
import { ProcurementRecordSchema } from '../../src/procurement/procurementRecordSchema.js';
import { readProcurementRecord } from '../../src/procurement/readProcurementRecord.js';

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
        const slow = ProcurementRecordSchema.safeParse(input);
        expect(slow.success).toBe(true);
        // A day given as `null` is `undefined` in zod's output and left out by the fast reader: the same record.
        if (slow.success) expect(fast).toEqual(slow.data);
      }),
      { numRuns: 5000, seed: 113 },
    );
  });

  // The common shape: a plain object of 'YYYY-MM-DD' strings (real or not) or `null`s, plain amounts, a boolean.
  const plainDay = fc.oneof(day, fc.constantFrom('2021-02-29', '2021-13-01'), fc.constant(null), fc.constant(undefined));
  const plainAmount = fc.oneof(fc.stringMatching(/^\d{1,15}(\.\d{1,3})?$/), fc.constantFrom('0', '0.00', '-1', '1e5'));
  const commonRecord = fc.record(
    {
      awardNoticeIssuedOn: day,
      contractSignedOn: plainDay,
      performanceCompletedOn: plainDay,
      acceptanceOrganizedOn: plainDay,
      invoiceReceivedOn: plainDay,
      paymentProcessedOn: plainDay,
      contractAmount: plainAmount,
      prepaymentAmount: fc.oneof(plainAmount, fc.constant(null)),
      supplierIsSme: fc.boolean(),
      asOf: fc.oneof(day, fc.constant(undefined)),
    },
    { requiredKeys: ['awardNoticeIssuedOn', 'contractAmount', 'supplierIsSme'] },
  );

  it('on the common shape, accepts exactly what ProcurementRecordSchema accepts', () => {
    fc.assert(
      fc.property(commonRecord, (input) => {
        const slow = ProcurementRecordSchema.safeParse(input);
        const fast = readProcurementRecord(input);
        expect(fast !== undefined).toBe(slow.success);
        if (slow.success) expect(fast).toEqual(slow.data);
      }),
      { numRuns: 3000, seed: 113 },
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

describe('ProcurementRecordSchema accepts what checkProcurement accepts', () => {
  // A database row: the contract is not signed yet, so its column is empty.
  const row = { awardNoticeIssuedOn: '2021-09-08', contractSignedOn: null, contractAmount: '100.00', prepaymentAmount: null, supplierIsSme: false, asOf: '2021-10-08' };

  it('takes `null` for a day not there yet, as the engine does', () => {
    expect(ProcurementRecordSchema.safeParse(row).success).toBe(true);
    // 20 days from 2021-09-08 is 2021-09-28; unsigned on 2021-10-08, the signing is overdue.
    expect(checkProcurement(row).results['m13-contract-signing'].status).toBe('overdue');
  });

  it('gives `null` the meaning of a field left out', () => {
    const leftOut = { awardNoticeIssuedOn: '2021-09-08', contractAmount: '100.00', supplierIsSme: false, asOf: '2021-10-08' };
    expect(ProcurementRecordSchema.parse(row)).toEqual(ProcurementRecordSchema.parse(leftOut));
  });

  it('still rejects `null` where a value is required', () => {
    expect(ProcurementRecordSchema.safeParse({ ...row, awardNoticeIssuedOn: null }).success).toBe(false);
    expect(ProcurementRecordSchema.safeParse({ ...row, asOf: null }).success).toBe(false);
    // @ts-expect-error -- `asOf` is a day or left out, never `null`.
    expect(() => checkProcurement({ ...row, asOf: null })).toThrow(/asOf/);
  });

  it('reports an amount that is not a decimal at its field, beside a contract amount, instead of throwing', () => {
    const bad = { ...row, contractAmount: '100.00', prepaymentAmount: '1e5' };
    const parsed = ProcurementRecordSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path)).toEqual([['prepaymentAmount']]);
    expect(() => checkProcurement(bad)).toThrow(expect.objectContaining({ code: 'INVALID_FACTS' }));
  });
});
