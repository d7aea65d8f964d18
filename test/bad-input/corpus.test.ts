import { describe, expect, it } from 'vitest';
import * as calendarModule from '../../src/calendar/index.js';
import { isYingshangError } from '../../src/errors/index.js';
import * as measuresModule from '../../src/measures/index.js';
import * as procurementModule from '../../src/procurement/index.js';
import * as rulesModule from '../../src/rules/index.js';
import * as sqlModule from '../../src/sql/index.js';
import * as utilitiesModule from '../../src/utilities/index.js';
import type { BadCall } from './badCall.js';
import { calendarCalls } from './calendarCalls.js';
import { defaultCalendarFingerprint } from './defaultCalendarFingerprint.js';
import { jsonEntryCalls } from './jsonEntryCalls.js';
import { measuresCalls } from './measuresCalls.js';
import { procurementCalls } from './procurementCalls.js';
import { rulesCalls } from './rulesCalls.js';
import { safeCalls } from './safeCalls.js';
import { sqlCalls } from './sqlCalls.js';
import { utilitiesCalls } from './utilitiesCalls.js';
import { HANG_LIMIT_MS, withinTimeLimit } from './withinTimeLimit.js';

// Taken before any call of the corpus runs.
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
const fingerprintBefore = defaultCalendarFingerprint();

const AREAS: readonly (readonly [string, readonly BadCall[]])[] = [
  ['yingshang/calendar', calendarCalls],
  ['yingshang/measures', measuresCalls],
  ['yingshang/rules', rulesCalls],
  ['yingshang/procurement', procurementCalls],
  ['yingshang/utilities', utilitiesCalls],
  ['yingshang/sql', sqlCalls],
  ['the JSON entry points', jsonEntryCalls],
  ['the safe twins', safeCalls],
];
const ALL = AREAS.flatMap(([, calls]) => calls);

const SUBPATHS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  calendar: calendarModule,
  measures: measuresModule,
  rules: rulesModule,
  procurement: procurementModule,
  utilities: utilitiesModule,
  sql: sqlModule,
};

/** The public functions of a barrel (not its error classes, schemas or data), as `subpath.name`. */
function publicFunctions(subpath: string, exports: Readonly<Record<string, unknown>>): string[] {
  return Object.entries(exports)
    .filter(([, value]) => typeof value === 'function' && !/^class\b/.test(Function.prototype.toString.call(value)))
    .map(([name]) => `${subpath}.${name}`);
}

/** What a call ended in: a value, or what it threw. */
async function outcomeOf(call: BadCall): Promise<{ readonly value: unknown } | { readonly thrown: unknown }> {
  try {
    return { value: await withinTimeLimit(call.call, HANG_LIMIT_MS) };
  } catch (thrown) {
    return { thrown };
  }
}

function describeThrown(thrown: unknown): string {
  return thrown instanceof Error ? `${thrown.name} (${String((thrown as { code?: unknown }).code)}): ${thrown.stack ?? thrown.message}` : String(thrown);
}

describe.each(AREAS)('malformed calls of %s', (_, calls) => {
  // Each call is stopped if it hangs (`withinTimeLimit`); vitest's limit only guards the run as a whole.
  it.each(calls.map((c) => [`${c.subject} with ${c.input}`, c] as const))('%s ends in its typed error or documented outcome, in time', { timeout: 120_000 }, async (_title, call) => {
    const outcome = await outcomeOf(call);
    const { expected } = call;
    if ('code' in expected) {
      expect('thrown' in outcome, `expected ${expected.code}, got a value`).toBe(true);
      const thrown = (outcome as { readonly thrown: unknown }).thrown;
      expect(isYingshangError(thrown, expected.code), `expected ${expected.code}, got ${describeThrown(thrown)}`).toBe(true);
      for (const mention of expected.mentions) expect((thrown as Error).message).toContain(mention);
    } else {
      expect('value' in outcome, `expected a value, got ${'thrown' in outcome ? describeThrown(outcome.thrown) : ''}`).toBe(true);
      expected.returns((outcome as { readonly value: unknown }).value);
    }
  });
});

describe('the corpus', () => {
  it('has at least 150 malformed calls', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(150);
  });

  it('calls every public function of every subpath', () => {
    const subjects = new Set(ALL.map((c) => c.subject));
    const functions = Object.entries(SUBPATHS).flatMap(([subpath, exports]) => publicFunctions(subpath, exports));
    expect(functions.filter((f) => !subjects.has(f))).toEqual([]);
  });

  it('calls every method of the default calendar that takes arguments', () => {
    const methods = ['addWorkingDaysDetailed', 'countWorkingDaysDetailed', 'provisionalYearsBetween'];
    const inputs = ALL.filter((c) => c.subject === 'calendar.defaultCalendar').map((c) => c.input);
    expect(methods.filter((m) => !inputs.some((input) => input.startsWith(m)))).toEqual([]);
  });
});

// Defined last, so it runs after every call above: nothing they passed may have leaked into shared state.
describe('after the corpus', () => {
  it('leaves Object.prototype and every answer of the default calendar as they were', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    // The keys the corpus hid under own `__proto__` keys: none may have reached every object.
    const empty: Record<string, unknown> = {};
    expect(['start', 'end', 'asOf', 'kind', 'trace', 'topic', 'from', 'roll', 'type', 'unpublishedYears'].filter((key) => key in empty)).toEqual([]);
    expect(defaultCalendarFingerprint()).toBe(fingerprintBefore);
  });
});
