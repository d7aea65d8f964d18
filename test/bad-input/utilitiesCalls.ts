import { expect } from 'vitest';
import { checkConnection, checkConnections, checkZeroInvestment, connectionRuleIdOf, explain, formatError, isYingshangError, labelOf } from '../../src/utilities/index.js';
import { callsOf, fails, returns, type BadCall } from './badCall.js';
import { untyped } from '../fixtures/untyped.js';

const APPLICATION = 'Invalid connection application';
const PAIRS = 'valid pairs (utility/category): water/general';
const water = { utility: 'water', category: 'general', acceptedOn: '2021-09-28', asOf: '2021-10-08' } as const;
const connect = (changes: Record<string, unknown>): unknown => checkConnection({ ...water, ...changes });
const project = { withinUrbanConstructionLand: true, customerCost: '0', capacityKva: '100', enterpriseSize: 'small', customerInvestment: '0.00' } as const;
const zero = (changes: Record<string, unknown>): unknown => checkZeroInvestment({ ...project, ...changes });

/** Malformed calls of `yingshang/utilities`: applications, batches, projects and options. */
export const utilitiesCalls: readonly BadCall[] = [
  ...callsOf('utilities.checkConnection', [
    { input: 'null', call: () => checkConnection(untyped(null)), expected: fails('INVALID_FACTS', APPLICATION, '(root): must be an object, not null') },
    { input: 'an unknown utility', call: () => connect({ utility: 'sewage' }), expected: fails('INVALID_FACTS', 'utility: "sewage" is not a utility', PAIRS) },
    { input: 'a category of another utility', call: () => connect({ category: 'total' }), expected: fails('INVALID_FACTS', 'category: "total" is not a category of water', PAIRS) },
    { input: 'the category constructor', call: () => connect({ category: 'constructor' }), expected: fails('INVALID_FACTS', 'category: "constructor" is not a category of water') },
    { input: 'an impossible acceptance date', call: () => connect({ acceptedOn: '2021-06-31' }), expected: fails('INVALID_FACTS', "acceptedOn: '2021-06-31' is not a real date: June 2021 has 30 days") },
    { input: 'a completion before the acceptance', call: () => connect({ completedOn: '2021-09-01' }), expected: fails('INVALID_FACTS', 'completedOn: must not be before `acceptedOn`') },
    { input: 'a pause that runs backwards', call: () => connect({ pauses: [{ from: '2021-10-05', to: '2021-10-04' }] }), expected: fails('INVALID_FACTS', 'pauses.0.from: must not be after `to`') },
    { input: 'an unknown field', call: () => connect({ capacity: 100 }), expected: fails('INVALID_FACTS', 'capacity: is not a known field') },
    { input: 'an own __proto__ key', call: () => checkConnection(JSON.parse('{"utility":"water","category":"general","acceptedOn":"2021-09-28","__proto__":{}}')), expected: fails('INVALID_FACTS', '__proto__: is not a known field') },
    { input: '10⁶ invalid pauses', call: () => connect({ pauses: Array.from({ length: 1e6 }, () => null) }), expected: fails('INVALID_FACTS', 'pauses: has too many invalid items (1000000)') },
    { input: 'a calendar that is not one', call: () => checkConnection(water, { calendar: untyped([]) }), expected: fails('INVALID_ARGUMENT', '`options.calendar`', 'createCalendar()') },
  ]),
  ...callsOf('utilities.checkConnections', [
    { input: 'a number', call: () => checkConnections(untyped(5)), expected: fails('INVALID_ARGUMENT', '`applications`', 'an iterable', 'number 5') },
    { input: 'a string', call: () => checkConnections(untyped('water')), expected: fails('INVALID_ARGUMENT', '`applications`', 'an iterable') },
    { input: 'an object with a length', call: () => checkConnections(untyped({ length: 1, 0: water })), expected: fails('INVALID_ARGUMENT', '`applications`', 'an iterable (an array, a generator…) or an async iterable') },
    { input: 'bad options, before any application', call: () => checkConnections([water], untyped({ trace: 'yes' })), expected: fails('INVALID_ARGUMENT', '`options.trace`') },
    {
      input: 'an empty array',
      call: () => {
        const batch = checkConnections([]);
        return { items: [...batch], summary: batch.summary() };
      },
      expected: returns((value) => { expect(value).toMatchObject({ items: [], summary: { count: 0, byRule: {}, electricity10kvAverage: { status: 'no_data' } } }); }),
    },
  ]),
  ...callsOf('utilities.checkZeroInvestment', [
    { input: 'null', call: () => checkZeroInvestment(untyped(null)), expected: fails('INVALID_FACTS', 'Invalid zero-investment project', '(root): must be an object') },
    { input: 'a cost with 3 decimals', call: () => zero({ customerCost: '0.001' }), expected: fails('INVALID_FACTS', 'customerCost: must be a decimal with at most 2 decimals') },
    { input: 'a negative capacity', call: () => zero({ capacityKva: -160 }), expected: fails('INVALID_FACTS', 'capacityKva: must not be negative') },
    { input: 'an unknown enterprise size', call: () => zero({ enterpriseSize: 'huge' }), expected: fails('INVALID_FACTS', 'enterpriseSize: must be one of', '"small"', 'not "huge"') },
    { input: 'a missing field', call: () => checkZeroInvestment(untyped({ ...project, withinUrbanConstructionLand: undefined })), expected: fails('INVALID_FACTS', 'withinUrbanConstructionLand: is required') },
    { input: 'an unknown field', call: () => zero({ voltage: '10kV' }), expected: fails('INVALID_FACTS', 'voltage: is not a known field') },
  ]),
  ...callsOf('utilities.connectionRuleIdOf', [
    {
      input: 'junk, inherited names and own __proto__ keys (never a rule)',
      call: () =>
        [null, 5, 'water', {}, { utility: 'water' }, { utility: 'constructor', category: 'name' }, { utility: 'water', category: 'toString' }, JSON.parse('{"utility":"__proto__","category":"general"}')].map(
          connectionRuleIdOf,
        ),
      expected: returns((value) => { expect(value).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined]); }),
    },
  ]),
  ...callsOf('utilities.explain', [
    { input: 'a connections report instead of a result', call: () => explain(untyped(checkConnections([water]))), expected: fails('INVALID_ARGUMENT', '`result`', 'result.kind') },
  ]),
  ...callsOf('utilities.isYingshangError', [
    { input: 'an error code as a string', call: () => isYingshangError('INVALID_FACTS'), expected: returns((value) => { expect(value).toBe(false); }) },
  ]),
  ...callsOf('utilities.labelOf', [{ input: 'undefined', call: () => labelOf(untyped(undefined)), expected: fails('INVALID_ARGUMENT', '`key`') }]),
  ...callsOf('utilities.formatError', [{ input: 'an array', call: () => formatError(untyped([])), expected: fails('INVALID_ARGUMENT', '`error`') }]),
];
