import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as calendarModule from '../../src/calendar/index.js';
import * as measuresModule from '../../src/measures/index.js';
import * as procurementModule from '../../src/procurement/index.js';
import * as rulesModule from '../../src/rules/index.js';
import * as utilitiesModule from '../../src/utilities/index.js';
import { anyInput, anyValue, jsonValue } from './arbitraries.js';
import { fuzzParameters, onlyLibraryErrorsAsync, PROPERTY_TIMEOUT_MS } from './fuzzSettings.js';
import { untyped } from '../fixtures/untyped.js';

type AnyFunction = (...args: unknown[]) => unknown;

/** Every public function of every subpath (not the error classes), and the methods of the default calendar and of a result summary. */
const FUNCTIONS: readonly (readonly [string, AnyFunction])[] = [
  ...Object.entries({ calendar: calendarModule, measures: measuresModule, rules: rulesModule, procurement: procurementModule, utilities: utilitiesModule }).flatMap(([subpath, exports]) =>
    Object.entries(exports as Readonly<Record<string, unknown>>)
      .filter(([, value]) => typeof value === 'function' && !/^class\b/.test(Function.prototype.toString.call(value)))
      .map(([name, value]) => [`${subpath}.${name}`, value as AnyFunction] as const),
  ),
  ...Object.entries(calendarModule.defaultCalendar)
    .filter(([, value]) => typeof value === 'function')
    .map(([name, value]) => [`defaultCalendar.${name}`, value as AnyFunction] as const),
  ['createResultSummary().add', (item) => { rulesModule.createResultSummary().add(untyped(item)); }],
];

/** Waits for what a call returned: a promise settles, a batch iterator (sync or async) is walked to its end. */
async function settled(value: unknown): Promise<void> {
  if (value instanceof Promise) await value;
  else if (typeof value === 'object' && value !== null && Symbol.asyncIterator in value) {
    for await (const item of value as AsyncIterable<unknown>) expect(item).toHaveProperty('index');
  }
}

describe('every public function given arbitrary arguments', () => {
  it('fuzzes at least the 30 public functions of the five subpaths', () => {
    expect(FUNCTIONS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(FUNCTIONS)('%s lets only the library’s errors escape', { timeout: PROPERTY_TIMEOUT_MS }, async (_, fn) => {
    const args = fc.oneof(fc.array(anyValue, { maxLength: 3 }), fc.array(jsonValue, { maxLength: 3 }), fc.tuple(fc.constantFrom('m15-payment', 'm15-prepayment-ratio', '2021-10-01', 2021), anyInput, anyInput));
    await fc.assert(
      fc.asyncProperty(args, (list) => onlyLibraryErrorsAsync(async () => settled(fn(...list)))),
      fuzzParameters(),
    );
  });
});
