import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { defineRule, evaluate, evaluateMany, getRule, safeEvaluate, type BatchItem, type BatchResultOf, type BuiltInRuleId, type DeadlineResult, type RuleDefinition } from '../../../src/rules/index.js';
import { untyped } from '../../fixtures/untyped.js';

const FACTS = [
  { start: '2021-09-28', end: '2021-10-15' },
  { start: '2021-09-28', end: '2021-10-18' },
  { start: '2021-09-28', asOf: '2021-10-08' },
  { start: '2021-02-30' },
  { start: '2003-12-30', asOf: '2004-01-21' },
  { start: '2021-09-28', asOf: '2021-10-20', pauses: [{ from: '2021-10-11', to: '2021-10-12' }] },
];

/** What `evaluate` says about `facts`, as the batch item at `index` should carry it. */
function expectedItem(rule: BuiltInRuleId | RuleDefinition, facts: unknown, index: number, options?: { readonly trace?: boolean }): BatchItem {
  const outcome = safeEvaluate(rule, facts, options);
  if (outcome.success) return { index, ok: true, result: outcome.data };
  const { code, message, details } = outcome.error;
  if (code === 'CALENDAR_OUT_OF_RANGE') {
    // A year without a notice is a result of the batch, not an error: the rule could not be judged yet.
    const { id, kind } = typeof rule === 'string' ? getRule(rule) : rule;
    return { index, ok: true, result: { ruleId: id, kind, status: 'out_of_range', code, message, years: details['years'] as number[], details } };
  }
  return { index, ok: false, error: { code, message, details } };
}

setFlagsFromString('--expose-gc');
/** A full garbage collection (`--expose-gc` set at run time): what is left on the heap after it is what is held. */
const collectGarbage = runInNewContext('gc') as () => void;

/** The bytes the heap holds after a full collection: unlike `heapUsed` alone, not raised by garbage of other files. */
function heapHeld(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/** A generator of `count` facts that records how many it has handed out. */
function countingFacts(count: number) {
  const state = { pulled: 0, closed: false };
  function* facts() {
    try {
      for (let i = 0; i < count; i++) {
        state.pulled += 1;
        yield { start: '2021-09-28', end: i % 2 === 0 ? '2021-10-15' : '2021-10-18' };
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, facts: facts() };
}

async function* asAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  for (const item of items) yield await Promise.resolve(item);
}

describe('evaluateMany', () => {
  it('yields one item per input, in order, each what evaluate gives for the same facts', () => {
    const items = [...evaluateMany('m06-water-connection', FACTS)];
    expect(items).toEqual(FACTS.map((facts, index) => expectedItem('m06-water-connection', facts, index)));
    expect(items.map((item) => (item.ok ? item.result.status : item.error.code))).toEqual(['met', 'missed', 'pending', 'INVALID_FACTS', 'out_of_range', 'overdue']);
  });

  it('reports an input error as plain data with the index, and goes on', () => {
    const [, bad, good] = [...evaluateMany('m15-payment', [{ start: '2021-09-29', end: '2021-10-12' }, { start: 'x', extra: 1 }, { start: '2021-09-29', end: '2021-10-13' }])];
    expect(bad).toMatchObject({ index: 1, ok: false, error: { code: 'INVALID_FACTS', details: { ruleId: 'm15-payment' } } });
    expect(bad?.ok === false && Object.getPrototypeOf(bad.error)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(bad))).toEqual(bad);
    expect(good).toMatchObject({ index: 2, ok: true, result: { status: 'missed' } });
  });

  it('passes the options to every evaluation', () => {
    const [item] = [...evaluateMany('m06-water-connection', FACTS.slice(0, 1), { trace: false })];
    expect(item).toEqual(expectedItem('m06-water-connection', FACTS[0], 0, { trace: false }));
    expect(item?.ok && item.result.status !== 'out_of_range' && item.result.trace).toEqual([]);
  });

  it('evaluates a rule given as a definition, whether from defineRule or plain JSON', () => {
    const json = { ...getRule('m06-water-connection'), id: 'another-district-water', limit: { amount: 5, unit: 'working_days' } } as const;
    const defined = defineRule(json);
    for (const rule of [json, defined]) {
      expect([...evaluateMany(rule, FACTS)]).toEqual(FACTS.map((facts, index) => expectedItem(defined, facts, index)));
    }
  });

  it('throws when called, before any item, for an unknown rule, an invalid definition, bad options or facts that are not iterable', () => {
    const { state, facts } = countingFacts(3);
    expect(() => evaluateMany(untyped('m99-nothing'), facts)).toThrow(expect.objectContaining({ code: 'UNKNOWN_RULE' }));
    expect(() => evaluateMany(untyped({ id: 'x', kind: 'deadline' }), facts)).toThrow(expect.objectContaining({ code: 'INVALID_RULE' }));
    expect(() => evaluateMany('m15-payment', facts, untyped({ trace: 'no' }))).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => evaluateMany('m15-payment', facts, untyped({ colour: 'red' }))).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    for (const notIterable of [undefined, 5, '2021-09-29', { start: '2021-09-29' }]) {
      expect(() => evaluateMany('m15-payment', untyped(notIterable))).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', details: { argument: 'facts', zh: { expected: '可迭代对象（数组、生成器等）或异步可迭代对象（流等）' } } }));
    }
    expect(state.pulled).toBe(0);
  });

  it('pulls one input per item and never reads ahead', () => {
    const { state, facts } = countingFacts(5);
    const items = evaluateMany('m06-water-connection', facts);
    expect(state.pulled).toBe(0);
    const iterator = items[Symbol.iterator]();
    for (let i = 1; i <= 5; i++) {
      expect(iterator.next().value).toMatchObject({ index: i - 1 });
      expect(state.pulled).toBe(i);
    }
    expect(iterator.next().done).toBe(true);
  });

  it('pulls one input per item from an async input too', async () => {
    const { state, facts } = countingFacts(3);
    const items = evaluateMany('m06-water-connection', asAsync(facts));
    expect(state.pulled).toBe(0);
    expect((await items.next()).value).toMatchObject({ index: 0 });
    expect(state.pulled).toBe(1);
    expect((await items.next()).value).toMatchObject({ index: 1 });
    expect(state.pulled).toBe(2);
  });

  it('closes the input when the caller stops early, synchronously or not', async () => {
    const sync = countingFacts(10);
    for (const item of evaluateMany('m06-water-connection', sync.facts)) if (item.index === 1) break;
    expect(sync.state).toEqual({ pulled: 2, closed: true });
    const forAwait = countingFacts(10);
    for await (const item of evaluateMany('m06-water-connection', forAwait.facts)) if (item.index === 1) break;
    expect(forAwait.state).toEqual({ pulled: 2, closed: true });
    const async = countingFacts(10);
    for await (const item of evaluateMany('m06-water-connection', asAsync(async.facts))) if (item.index === 1) break;
    expect(async.state).toEqual({ pulled: 2, closed: true });
  });

  it('gives the same items for an async input as for the same facts in an array', async () => {
    const fromAsync: BatchItem<BatchResultOf<DeadlineResult>>[] = [];
    for await (const item of evaluateMany('m06-water-connection', asAsync(FACTS))) fromAsync.push(item);
    expect(fromAsync).toEqual([...evaluateMany('m06-water-connection', FACTS)]);
  });

  it('lets a synchronous input be walked with for await as well, both protocols sharing one pass', async () => {
    const items = evaluateMany('m06-water-connection', FACTS);
    const first = await items.next();
    expect(first.value).toMatchObject({ index: 0 });
    const rest = [...items];
    expect(rest.map((item) => item.index)).toEqual([1, 2, 3, 4, 5]);
    expect((await items.next()).done).toBe(true);
  });

  it('evaluates a million generated facts lazily, in order, without holding them', () => {
    const count = 1_000_000;
    const { state, facts } = countingFacts(count);
    const heapBefore = heapHeld();
    let peak = 0;
    let expectedIndex = 0;
    let met = 0;
    for (const item of evaluateMany('m06-water-connection', facts, { trace: false })) {
      if (item.index !== expectedIndex++ || state.pulled !== expectedIndex) throw new Error(`item ${item.index} out of order or read ahead`);
      if (item.ok && item.result.status === 'met') met += 1;
      if (item.index % 250_000 === 0) peak = Math.max(peak, heapHeld() - heapBefore);
    }
    expect(expectedIndex).toBe(count);
    expect(met).toBe(count / 2);
    // A million results held would take hundreds of MB; a stream holds next to nothing between two items.
    expect(peak).toBeLessThan(16 * 1024 * 1024);
  });

  it('agrees with evaluate on every item of a mixed batch for each kind of rule', () => {
    const batches: readonly [BuiltInRuleId, readonly unknown[]][] = [
      ['m15-prepayment-ratio', [{ contractAmount: '100.00', prepaymentAmount: '30.00', supplierIsSme: false }, { contractAmount: '0', prepaymentAmount: '1', supplierIsSme: true }]],
      ['m22-intermediary-purchasers', [{ value: 150, asOf: '2021-10-01' }, { value: -1, asOf: '2021-10-01' }]],
      ['m06-electricity-10kv-average', [{ cases: [] }, { cases: [{ start: '2021-09-01', end: '2021-10-19' }] }]],
      ['m24-chuanyu-same-standard', [{ end: '2021-10-29' }, { start: '2021-10-29' }]],
    ];
    for (const [id, facts] of batches) expect([...evaluateMany(id, facts)]).toEqual(facts.map((f, index) => expectedItem(id, f, index)));
  });
});

describe('evaluateMany types', () => {
  it('types the results by the rule id, so a deadline result has its due date once out_of_range is ruled out', () => {
    const [item] = [...evaluateMany('m15-payment', [{ start: '2021-09-29', asOf: '2021-10-08' }])];
    if (!item?.ok || item.result.status === 'out_of_range') throw new Error('expected a judged result');
    const due: string = item.result.due;
    expect(due).toBe(evaluate('m15-payment', { start: '2021-09-29', asOf: '2021-10-08' }).due);
  });
});
