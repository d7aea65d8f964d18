import { expect } from 'vitest';
import { checkProcurement, checkProcurements, createProcurementSummary, explain, formatError, isYingshangError, labelOf, type ProcurementRecord } from '../../src/procurement/index.js';
import { evaluate } from '../../src/rules/index.js';
import { callsOf, fails, returns, type BadCall } from './badCall.js';
import { untyped } from '../fixtures/untyped.js';

const RECORD = 'Invalid procurement record';
const base: ProcurementRecord = { awardNoticeIssuedOn: '2021-09-08', contractAmount: '1000000.00', supplierIsSme: false, asOf: '2021-09-20' };
const check = (changes: Record<string, unknown>): unknown => checkProcurement({ ...base, ...changes });

/** Malformed calls of `yingshang/procurement`: records, amounts, dates and options. */
export const procurementCalls: readonly BadCall[] = [
  ...callsOf('procurement.checkProcurement', [
    { input: 'null', call: () => checkProcurement(untyped(null)), expected: fails('INVALID_FACTS', RECORD, '(root): must be an object, not null') },
    { input: 'an array', call: () => checkProcurement(untyped([])), expected: fails('INVALID_FACTS', RECORD, '(root): must be an object') },
    { input: 'an empty record', call: () => checkProcurement(untyped({})), expected: fails('INVALID_FACTS', 'awardNoticeIssuedOn: is required') },
    { input: 'an impossible award date', call: () => check({ awardNoticeIssuedOn: '2021-09-31' }), expected: fails('INVALID_FACTS', "awardNoticeIssuedOn: '2021-09-31' is not a real date: September 2021 has 30 days") },
    { input: 'an award date with a two-digit year', call: () => check({ awardNoticeIssuedOn: '21-09-08' }), expected: fails('INVALID_FACTS', "awardNoticeIssuedOn: '21-09-08' is not a date written year first", "'YYYY-MM-DD'") },
    { input: 'a contract amount with 3 decimals', call: () => check({ contractAmount: '1000000.005' }), expected: fails('INVALID_FACTS', 'contractAmount: must be a decimal with at most 2 decimals') },
    { input: 'a prepayment with 3 decimals, as a number', call: () => check({ prepaymentAmount: 0.125 }), expected: fails('INVALID_FACTS', 'prepaymentAmount: must have at most 2 decimals') },
    { input: 'a negative prepayment', call: () => check({ prepaymentAmount: -1 }), expected: fails('INVALID_FACTS', 'prepaymentAmount: must not be negative') },
    { input: 'a contract amount of NaN', call: () => check({ contractAmount: NaN }), expected: fails('INVALID_FACTS', 'contractAmount:', 'a finite number') },
    { input: 'a contract amount of -Infinity', call: () => check({ contractAmount: -Infinity }), expected: fails('INVALID_FACTS', 'contractAmount:', 'a finite number') },
    { input: 'a contract amount of 0', call: () => check({ contractAmount: '0.00' }), expected: fails('INVALID_FACTS', 'contractAmount: must be greater than 0') },
    { input: 'supplierIsSme as a string', call: () => check({ supplierIsSme: 'false' }), expected: fails('INVALID_FACTS', 'supplierIsSme: must be true or false') },
    {
      input: 'a payment without its invoice (the payment rule waits for it)',
      call: () => check({ paymentProcessedOn: '2021-09-20' }),
      expected: returns((value) => { expect(value).toMatchObject({ results: { 'm15-payment': { status: 'not_started', waitingFor: 'invoiceReceivedOn' } } }); }),
    },
    { input: 'a payment before its invoice', call: () => check({ invoiceReceivedOn: '2021-09-29', paymentProcessedOn: '2021-09-20' }), expected: fails('INVALID_FACTS', 'paymentProcessedOn: must not be before `invoiceReceivedOn`: 2021-09-20 is before 2021-09-29') },
    { input: 'a contract signed before the award', call: () => check({ contractSignedOn: '2021-09-01' }), expected: fails('INVALID_FACTS', 'contractSignedOn: must not be before `awardNoticeIssuedOn`') },
    { input: 'an unknown field', call: () => check({ signedOn: '2021-09-20' }), expected: fails('INVALID_FACTS', 'signedOn: is not a known field') },
    { input: 'an own __proto__ key', call: () => checkProcurement(untyped(JSON.parse('{"awardNoticeIssuedOn":"2021-09-08","contractAmount":"1.00","supplierIsSme":true,"__proto__":{"asOf":"2021-09-20"}}'))), expected: fails('INVALID_FACTS', '__proto__: is not a known field') },
    {
      input: 'an award date outside the calendar (the rule is out_of_range, the record still checked)',
      call: () => check({ awardNoticeIssuedOn: '2030-01-02', asOf: '2030-01-03' }),
      expected: returns((value) => { expect(value).toMatchObject({ status: 'incomplete', results: { 'm13-contract-signing': { status: 'out_of_range', years: [2027, 2028, 2029, 2030] } } }); }),
    },
    { input: 'trace as a number', call: () => checkProcurement(base, untyped({ trace: 0 })), expected: fails('INVALID_ARGUMENT', '`options.trace`', 'true or false') },
    { input: 'options as a string', call: () => checkProcurement(base, untyped('fast')), expected: fails('INVALID_ARGUMENT', '`options`', '{ trace: false }') },
    {
      input: 'a prepayment above the contract amount (a contradiction, not a ratio over 100%)',
      call: () => check({ prepaymentAmount: '2000000.00' }),
      expected: fails('INVALID_FACTS', 'prepaymentAmount: must not be more than `contractAmount`: 2000000.00 is more than'),
    },
    {
      input: 'only the required fields (the other rules have not started)',
      call: () => checkProcurement(base),
      expected: returns((value) => { expect(value).toMatchObject({ status: 'pending', complete: false, results: { 'm14-acceptance': { status: 'not_started', waitingFor: 'performanceCompletedOn' }, 'm15-prepayment-ratio': { status: 'not_started' } } }); },
      ),
    },
  ]),
  ...callsOf('procurement.checkProcurements', [
    { input: 'a number', call: () => checkProcurements(untyped(42)), expected: fails('INVALID_ARGUMENT', '`records`', 'number 42') },
    { input: 'a string', call: () => checkProcurements(untyped('abc')), expected: fails('INVALID_ARGUMENT', '`records`', '"abc"') },
    {
      input: 'junk records among good ones',
      call: () => {
        const batch = checkProcurements(untyped([null, base, { ...base, contractSignedOn: '2021-02-30' }]));
        return [[...batch].map((item) => (item.ok ? item.result.status : item.error.code)), batch.summary().errors];
      },
      expected: returns((value) => { expect(value).toEqual([['INVALID_FACTS', 'pending', 'INVALID_FACTS'], { INVALID_FACTS: 2 }]); }),
    },
  ]),
  ...callsOf('procurement.createProcurementSummary', [
    { input: 'no item', call: () => createProcurementSummary().result().count, expected: returns((value) => { expect(value).toBe(0); }) },
  ]),
  ...callsOf('procurement.explain', [
    { input: 'a procurement check instead of a result', call: () => explain(untyped(checkProcurement(base))), expected: fails('INVALID_ARGUMENT', '`result`', 'result.kind') },
    { input: 'a result with a negative elapsed time', call: () => explain({ ...evaluate('m15-payment', { start: '2021-09-29', asOf: '2021-10-08' }), elapsed: -2 }), expected: fails('INVALID_ARGUMENT', 'result.elapsed: must be ≥ 0') },
  ]),
  ...callsOf('procurement.labelOf', [{ input: 'an unknown status', call: () => labelOf(untyped('breached')), expected: fails('INVALID_ARGUMENT', '`key`') }]),
  ...callsOf('procurement.formatError', [{ input: 'a string', call: () => formatError(untyped('INVALID_FACTS')), expected: fails('INVALID_ARGUMENT', '`error`') }]),
  ...callsOf('procurement.isYingshangError', [
    { input: 'an object without a prototype', call: () => isYingshangError(Object.create(null)), expected: returns((value) => { expect(value).toBe(false); }) },
  ]),
];
