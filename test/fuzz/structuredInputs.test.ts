import fc from 'fast-check';
import { describe, it } from 'vitest';
import { addCalendarDays, createCalendar, toCSV, toHolidayRecords, toICS } from '../../src/calendar/index.js';
import { listMeasures } from '../../src/measures/index.js';
import { checkProcurement } from '../../src/procurement/index.js';
import { defineRule, evaluate, evaluateMany, explain, getRule, summarizeResults } from '../../src/rules/index.js';
import { checkConnection, checkConnections, checkZeroInvestment } from '../../src/utilities/index.js';
import { schedule2027 } from '../fixtures/schedule2027.js';
import { mutationOf } from './arbitraries.js';
import { fuzzParameters, onlyLibraryErrors, PROPERTY_TIMEOUT_MS } from './fuzzSettings.js';
import { untyped } from '../fixtures/untyped.js';

/** The first arguments of a call from a (possibly malformed) argument list: whatever sits at 0, 1, 2 (not spread, which needs an iterable). */
function args(list: unknown): [never, never, never] {
  const at = (i: number): never => untyped((typeof list === 'object' && list !== null ? (list as Readonly<Record<number, unknown>>)[i] : undefined));
  return [at(0), at(1), at(2)];
}

/** A value as JSON (plain data a system would send). */
function json(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

const deadline = evaluate('m15-payment', { start: '2021-09-29', end: '2021-10-13', pauses: [{ from: '2021-10-11', to: '2021-10-11', reason: '补正' }] });

/**
 * Valid inputs of every entry point that takes structured data, and the call that takes each. Fuzzing changes one
 * value deep inside, so the checks past the first field are reached too.
 */
const ENTRY_POINTS: readonly (readonly [string, unknown, (input: unknown) => unknown])[] = [
  ['period-deadline facts', { start: '2021-09-29', end: '2021-10-12', asOf: '2021-10-12', pauses: [{ from: '2021-10-01', to: '2021-10-02', reason: 'x' }] }, (f) => evaluate('m15-payment', untyped(f))],
  ['calendar-day facts', { start: '2021-09-11', asOf: '2021-10-12', pauses: [{ from: '2021-09-15', to: '2021-09-16' }] }, (f) => evaluate('m13-contract-signing', untyped(f))],
  ['fixed-date facts', { end: '2021-10-12', asOf: '2021-10-12' }, (f) => evaluate('m24-chuanyu-same-standard', untyped(f))],
  ['target facts', { value: 3, asOf: '2021-10-12', baseline: 1 }, (f) => evaluate('m51-bankruptcy-clearance', untyped(f))],
  ['average facts', { cases: [{ start: '2021-09-01', end: '2021-10-12', pauses: [{ from: '2021-09-03', to: '2021-09-04' }] }] }, (f) => evaluate('m06-electricity-10kv-average', untyped(f))],
  ['threshold facts', { contractAmount: '1000.00', prepaymentAmount: 300, supplierIsSme: true }, (f) => evaluate('m15-prepayment-ratio', untyped(f))],
  ['evaluate options', { calendar: createCalendar({ unpublishedYears: 'provisional' }), trace: false }, (o) => evaluate('m15-payment', { start: '2026-12-28', asOf: '2026-12-30' }, untyped(o))],
  ['a batch of facts', [{ start: '2021-09-29' }, { start: '2021-09-29', end: '2021-10-12' }], (items) => [...evaluateMany('m15-payment', untyped(items))]],
  ['a procurement record', { awardNoticeIssuedOn: '2021-09-08', contractSignedOn: '2021-09-28', performanceCompletedOn: '2021-09-29', acceptanceOrganizedOn: '2021-09-30', invoiceReceivedOn: '2021-09-29', paymentProcessedOn: '2021-10-10', contractAmount: '1000000.00', prepaymentAmount: '300000.00', supplierIsSme: true, asOf: '2021-10-08' }, (r) => checkProcurement(untyped(r))],
  ['a connection application', { utility: 'electricity', category: '10kv_urban', acceptedOn: '2021-09-28', completedOn: '2021-10-13', asOf: '2021-10-13', pauses: [{ from: '2021-10-11', to: '2021-10-12' }] }, (a) => checkConnection(untyped(a))],
  ['a batch of connection applications', [{ utility: 'water', category: 'general', acceptedOn: '2021-09-28', completedOn: '2021-10-13' }, { utility: 'electricity', category: '10kv_urban', acceptedOn: '2021-09-28', completedOn: '2021-10-13' }], (a) => checkConnections(untyped(a))],
  ['a zero-investment project', { withinUrbanConstructionLand: true, customerCost: '0', capacityKva: '200', enterpriseSize: 'small', customerInvestment: '35000.00' }, (p) => checkZeroInvestment(untyped(p))],
  ['a period-deadline rule', json(getRule('m13-contract-signing')), (r) => evaluate(defineRule(r), { start: '2021-09-11', asOf: '2021-10-01' })],
  ['a fixed-date rule', json(getRule('m24-chuanyu-same-standard')), (r) => evaluate(untyped(r), untyped({ end: '2021-10-01' }))],
  ['a threshold rule', json(getRule('m15-prepayment-ratio')), (r) => evaluate(defineRule(r), { contractAmount: '1000.00', prepaymentAmount: 300, supplierIsSme: true })],
  ['a threshold rule with conditions', json(getRule('m07-electricity-zero-investment')), (r) => defineRule(r)],
  ['a target rule', json(getRule('m51-bankruptcy-clearance')), (r) => evaluate(untyped(r), untyped({ value: 1, asOf: '2021-10-01' }))],
  ['an average rule', json(getRule('m06-electricity-10kv-average')), (r) => evaluate(untyped(r), untyped({ cases: [] }))],
  ['calendar options with a schedule', { schedules: [json(schedule2027)], unpublishedYears: 'provisional', asKnownOn: '2027-06-01' }, (o) => createCalendar(untyped(o)).holidaysOf(2027)],
  ['iCalendar options', { from: '2021-09-01', to: '2021-10-31', locale: 'en' }, (o) => toICS(untyped(o))],
  ['CSV options with a calendar', [{ asKnownOn: '2021-01-01' }, { from: '2021-09-01', to: '2021-10-31' }], (a) => toCSV({ ...(args(a)[1] as object), calendar: createCalendar(args(a)[0]) })],
  ['holiday-record options', { from: '2021-09-01', to: '2021-10-31' }, (o) => toHolidayRecords(untyped(o))],
  ['a measure filter', { chapter: 1, section: { chapter: 1, ordinal: 4 }, topic: 'procurement', department: '区财政局', role: 'lead', hasRules: true }, (f) => listMeasures(untyped(f))],
  ['addCalendarDays arguments', ['2021-09-11', 20, { roll: 'none' }], (a) => addCalendarDays(...args(a))],
  ['a deadline result to explain', json(deadline), (r) => explain(untyped(r), { locale: 'en' })],
  ['a rolled deadline result to explain', json(evaluate('m13-contract-signing', { start: '2021-09-11', asOf: '2021-10-13' })), (r) => explain(untyped(r))],
  ['a threshold result to explain', json(evaluate('m15-prepayment-ratio', { contractAmount: '1000.00', prepaymentAmount: 300, supplierIsSme: true })), (r) => explain(untyped(r))],
  ['a target result to explain', json(evaluate('m51-bankruptcy-clearance', { value: 1, asOf: '2021-10-01', baseline: 3 })), (r) => explain(untyped(r), { locale: 'en' })],
  ['an average result to explain', json(evaluate('m06-electricity-10kv-average', { cases: [{ start: '2021-09-01', end: '2021-10-12' }] })), (r) => explain(untyped(r))],
  ['explain options with a rule', { locale: 'en', rule: json(getRule('m15-payment')) }, (o) => explain(deadline, untyped(o))],
  ['batch items to summarize', json([{ index: 0, ok: true, result: deadline }, { index: 1, ok: false, error: { code: 'INVALID_FACTS', message: 'x', details: {} } }]), (items) => summarizeResults(untyped(items))],
];

describe('the JSON entry points given malformed versions of valid input', () => {
  it.each(ENTRY_POINTS)('%s lets only the library’s errors escape', { timeout: PROPERTY_TIMEOUT_MS }, (_, sample, call) => {
    call(sample);
    fc.assert(
      fc.property(mutationOf(sample), (input) => { onlyLibraryErrors(() => call(input)); }),
      fuzzParameters(),
    );
  });
});
