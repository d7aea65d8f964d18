/**
 * Each facts and record type is its schema's input, so the type and the schema cannot disagree: what a schema
 * accepts compiles, `null` for "not yet" included. Type-checked by `npm run test:types`.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type {
  AverageFactsSchema,
  ConnectionApplicationSchema,
  DeadlineFactsSchema,
  FixedDateFactsSchema,
  ProcurementRecordSchema,
  TargetFactsSchema,
  AverageFacts,
  ConnectionApplication,
  DeadlineFacts,
  FixedDateFacts,
  ProcurementRecord,
  TargetFacts,
} from '../../../src/index.js';
import { checkProcurement, evaluate } from '../../../src/index.js';

describe('a shape is its schema', () => {
  it('derives each facts and record type from its schema', () => {
    expectTypeOf<DeadlineFacts>().toEqualTypeOf<Readonly<z.input<typeof DeadlineFactsSchema>>>();
    expectTypeOf<FixedDateFacts>().toEqualTypeOf<Readonly<z.input<typeof FixedDateFactsSchema>>>();
    expectTypeOf<TargetFacts>().toEqualTypeOf<Readonly<z.input<typeof TargetFactsSchema>>>();
    expectTypeOf<AverageFacts>().toEqualTypeOf<Readonly<z.input<typeof AverageFactsSchema>>>();
    expectTypeOf<ProcurementRecord>().toEqualTypeOf<Readonly<z.input<typeof ProcurementRecordSchema>>>();
    expectTypeOf<ConnectionApplication>().toExtend<z.input<typeof ConnectionApplicationSchema>>();
  });

  it('takes `null` for a day not there yet, in the types as in the schemas', () => {
    checkProcurement({ awardNoticeIssuedOn: '2021-09-08', contractSignedOn: null, contractAmount: '100.00', prepaymentAmount: null, supplierIsSme: false });
    evaluate('m15-payment', { start: '2021-09-29', end: null });
    // @ts-expect-error the award notice starts every procurement rule: it is never `null`
    checkProcurement({ awardNoticeIssuedOn: null, contractAmount: '100.00', supplierIsSme: false });
  });
});
