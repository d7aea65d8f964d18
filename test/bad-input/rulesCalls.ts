import { expect } from 'vitest';
import {
  createResultSummary,
  evaluate,
  evaluateMany,
  explain,
  formatError,
  formatIssue,
  getRule,
  listRules,
  labelOf,
  isBuiltInRuleId,
  isYingshangError,
  parseAmount,
  parseBoolean,
  safeEvaluate,
  summarizeResults,
  thresholdFactsSchema,
  type BatchItem,
  type DeadlineResult,
} from '../../src/rules/index.js';
import { callsOf, fails, returns, type BadCall } from './badCall.js';
import { asyncOf } from '../fixtures/asyncOf.js';
import { untyped } from '../fixtures/untyped.js';

const DATE = "must be a real date written 'YYYY-MM-DD'";
const PAYMENT = "Invalid facts for rule 'm15-payment'";
const RATIO = "Invalid facts for rule 'm15-prepayment-ratio'";
const TARGET = "Invalid facts for rule 'm51-bankruptcy-clearance'";
const AVERAGE = "Invalid facts for rule 'm06-electricity-10kv-average'";
const ok = { contractAmount: '1000000.00', prepaymentAmount: '300000.00', supplierIsSme: false };

/** A result as JSON, so that a case can spoil one field. */
function json<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const deadline = (): DeadlineResult => json(evaluate('m15-payment', { start: '2021-09-29', asOf: '2021-10-08' }));
const threshold = () => json(evaluate('m15-prepayment-ratio', ok));
const average = () => json(evaluate('m06-electricity-10kv-average', { cases: [{ start: '2021-09-01', end: '2021-10-12' }] }));
const metItem = (): BatchItem => ({ index: 0, ok: true, result: evaluate('m15-payment', { start: '2021-09-29', end: '2021-10-12' }) });

/** A nest of 10⁵ arrays, for "deeply nested junk". */
function deeplyNested(): unknown {
  let value: unknown = '2021-09-29';
  for (let i = 0; i < 1e5; i++) value = [value];
  return value;
}

/** 10⁶ facts, counting how many were taken. */
function lazilyMany(taken: { count: number }): Generator {
  return (function* () {
    for (let i = 0; i < 1e6; i++) {
      taken.count += 1;
      yield { start: '2021-09-29' };
    }
  })();
}

/** Malformed calls of `yingshang/rules`: ids, facts, options, results and batch items. */
export const rulesCalls: readonly BadCall[] = [
  ...callsOf('rules.parseBoolean', [
    { input: "'yes'", call: () => parseBoolean('yes'), expected: fails('INVALID_ARGUMENT', '"yes"', '是/否') },
    { input: 'an object', call: () => parseBoolean({ value: true }), expected: fails('INVALID_ARGUMENT', 'an object', 'TRUE/FALSE') },
    { input: 'a string of 10⁶ ones', call: () => parseBoolean('1'.repeat(1e6)), expected: fails('INVALID_ARGUMENT', 'Y/N') },
  ]),
  ...callsOf('rules.parseAmount', [
    { input: 'a European decimal comma', call: () => parseAmount('1.200,00'), expected: fails('INVALID_ARGUMENT', '"1.200,00"', "'1,200,000.00'") },
    { input: '万元 not asked for', call: () => parseAmount('120万元'), expected: fails('INVALID_ARGUMENT', "unit '万元'") },
    { input: 'a string of 10⁶ digits with a comma', call: () => parseAmount(`${'1'.repeat(1e6)},1`), expected: fails('INVALID_ARGUMENT', 'not an amount') },
    { input: 'a BigInt', call: () => parseAmount(10n), expected: fails('INVALID_ARGUMENT', 'bigint') },
    { input: 'an unknown unit', call: () => parseAmount('1', { unit: untyped('yuan') }), expected: fails('INVALID_ARGUMENT', 'options.unit') },
  ]),
  ...callsOf('rules.listRules', [{ input: 'an argument it does not take', call: () => (Reflect.apply(listRules, null, ['m15-payment']) as ReturnType<typeof listRules>).length, expected: returns((value) => { expect(value).toBe(26); }) }]),
  ...callsOf('rules.getRule', [
    { input: 'an unknown id', call: () => getRule(untyped('m99-none')), expected: fails('UNKNOWN_RULE', '"m99-none"', 'Known rules: m06-water-connection') },
    { input: 'an upper-case id', call: () => getRule(untyped('M15-PAYMENT')), expected: fails('UNKNOWN_RULE', '"M15-PAYMENT"', 'Known rules') },
    { input: '__proto__', call: () => getRule(untyped('__proto__')), expected: fails('UNKNOWN_RULE', '"__proto__"', 'Known rules') },
    { input: 'a BigInt', call: () => getRule(untyped(15n)), expected: fails('UNKNOWN_RULE', 'bigint 15', 'Known rules') },
    { input: 'an object with a cycle', call: () => getRule(untyped(((o: { self?: unknown }) => ((o.self = o), o))({}))), expected: fails('UNKNOWN_RULE', 'an object', 'Known rules') },
    { input: 'undefined', call: () => getRule(untyped(undefined)), expected: fails('UNKNOWN_RULE', 'undefined', 'Known rules') },
  ]),
  ...callsOf('rules.isBuiltInRuleId', [
    ...(
      [
        ['an unknown id', 'm99-none'],
        ['an upper-case id', 'M15-PAYMENT'],
        ['an id with a space', 'm15-payment '],
        ['__proto__', '__proto__'],
        ['constructor', 'constructor'],
        ['a String object', new String('m15-payment')],
        ['an object whose toString is an id', { toString: () => 'm15-payment' }],
        ['an array of an id', ['m15-payment']],
        ['a number', 15],
        ['a symbol', Symbol('m15-payment')],
        ['undefined', undefined],
        ['a string of 10⁶ characters', 'm'.repeat(1e6)],
      ] as const
    ).map(([input, value]) => ({ input, call: () => isBuiltInRuleId(value), expected: returns((result) => { expect(result).toBe(false); }) })),
  ]),
  ...callsOf('rules.evaluate', [
    { input: 'a number as the rule', call: () => evaluate(untyped(42), untyped({})), expected: fails('INVALID_ARGUMENT', '`rule`', "rule id such as 'm06-water-connection'") },
    { input: 'null as the rule', call: () => evaluate(untyped(null), untyped({})), expected: fails('INVALID_ARGUMENT', '`rule`', 'null') },
    { input: 'an impossible start', call: () => evaluate('m15-payment', { start: '2021-02-29' }), expected: fails('INVALID_FACTS', PAYMENT, "start: '2021-02-29' is not a real date: February 2021 has 28 days") },
    { input: 'a start written month first', call: () => evaluate('m15-payment', { start: '09/29/2021' }), expected: fails('INVALID_FACTS', "start: '09/29/2021' is not a date written year first; accepted forms are 'YYYY-MM-DD'") },
    { input: 'no start', call: () => evaluate('m15-payment', untyped({})), expected: fails('INVALID_FACTS', 'start: is required') },
    { input: 'an end before the start', call: () => evaluate('m15-payment', { start: '2021-09-29', end: '2021-09-28' }), expected: fails('INVALID_FACTS', 'end: must not be before `start`') },
    { input: 'pauses that are not an array', call: () => evaluate('m15-payment', { start: '2021-09-29', pauses: untyped('none') }), expected: fails('INVALID_FACTS', 'pauses: must be an array') },
    { input: 'a pause that runs backwards', call: () => evaluate('m15-payment', { start: '2021-09-29', pauses: [{ from: '2021-10-12', to: '2021-10-11' }] }), expected: fails('INVALID_FACTS', 'pauses.0.from: must not be after `to`') },
    { input: 'a pause reason that is a number', call: () => evaluate('m15-payment', { start: '2021-09-29', pauses: [{ from: '2021-10-11', to: '2021-10-11', reason: untyped(5) }] }), expected: fails('INVALID_FACTS', 'pauses.0.reason: must be a string') },
    { input: 'an unknown field', call: () => evaluate('m15-payment', untyped({ start: '2021-09-29', finish: '2021-10-01' })), expected: fails('INVALID_FACTS', 'finish: is not a known field') },
    { input: 'an own __proto__ key', call: () => evaluate('m15-payment', untyped(JSON.parse('{"start":"2021-09-29","__proto__":{"end":"2021-10-01"}}'))), expected: fails('INVALID_FACTS', '__proto__: is not a known field') },
    { input: 'a constructor key', call: () => evaluate('m15-payment', untyped({ start: '2021-09-29', constructor: 'x' })), expected: fails('INVALID_FACTS', 'constructor: is not a known field') },
    { input: 'a prototype key', call: () => evaluate('m15-payment', untyped({ start: '2021-09-29', prototype: {} })), expected: fails('INVALID_FACTS', 'prototype: is not a known field') },
    { input: 'deeply nested junk as the start', call: () => evaluate('m15-payment', untyped({ start: deeplyNested() })), expected: fails('INVALID_FACTS', "start: must be a 'YYYY-MM-DD' string or a Date") },
    { input: 'a Date after year 9999', call: () => evaluate('m15-payment', { start: new Date(8.64e15) }), expected: fails('INVALID_FACTS', 'start: must be a valid Date between years 0 and 9999') },
    { input: 'asOf NaN', call: () => evaluate('m15-payment', { start: '2021-09-29', asOf: untyped(NaN) }), expected: fails('INVALID_FACTS', "asOf: must be a 'YYYY-MM-DD' string or a Date") },
    { input: 'null facts', call: () => evaluate('m15-payment', untyped(null)), expected: fails('INVALID_FACTS', '(root): must be an object, not null') },
    { input: 'facts as an array', call: () => evaluate('m15-payment', untyped([])), expected: fails('INVALID_FACTS', '(root): must be an object') },
    { input: 'facts as a string', call: () => evaluate('m15-payment', untyped('{"start":"2021-09-29"}')), expected: fails('INVALID_FACTS', '(root): must be an object') },
    { input: 'a start outside the calendar', call: () => evaluate('m15-payment', { start: '2030-01-02' }), expected: fails('CALENDAR_OUT_OF_RANGE', '2030-01-02', '2004-01-01 to 2026-12-31') },
    { input: 'a pause to the year 9999', call: () => evaluate('m13-contract-signing', { start: '2021-09-11', pauses: [{ from: '2021-09-12', to: '9999-12-31' }] }), expected: fails('CALENDAR_OUT_OF_RANGE', '2004-01-01 to 2026-12-31') },
    { input: '10⁶ invalid pauses', call: () => evaluate('m15-payment', { start: '2021-09-29', pauses: untyped(Array.from({ length: 1e6 }, () => 5)) }), expected: fails('INVALID_FACTS', 'pauses: has too many invalid items (1000000)') },
    {
      input: '10⁶ copies of one pause, merged into one (the answer of a single pause)',
      call: () => {
        const pause = { from: '2021-10-11', to: '2021-10-12' };
        const facts = { start: '2021-09-29', end: '2021-10-14' };
        return [evaluate('m15-payment', { ...facts, pauses: Array.from({ length: 1e6 }, () => pause) }, { trace: false }), evaluate('m15-payment', { ...facts, pauses: [pause] }, { trace: false })];
      },
      expected: returns((value) => {
        const [many, one] = value as [DeadlineResult, DeadlineResult];
        expect(many).toEqual(one);
        expect(one).toMatchObject({ status: 'met', due: '2021-10-14' });
      }),
    },
    { input: 'a negative count', call: () => evaluate('m51-bankruptcy-clearance', { value: -1, asOf: '2021-10-01' }), expected: fails('INVALID_FACTS', TARGET, 'value: must be ≥ 0') },
    { input: 'a fractional count', call: () => evaluate('m51-bankruptcy-clearance', { value: 1.5, asOf: '2021-10-01' }), expected: fails('INVALID_FACTS', 'value: must be a whole number') },
    { input: 'an infinite count', call: () => evaluate('m51-bankruptcy-clearance', { value: Infinity, asOf: '2021-10-01' }), expected: fails('INVALID_FACTS', 'value: must be a number', 'Infinity') },
    { input: 'a count as a string', call: () => evaluate('m51-bankruptcy-clearance', { value: untyped('3'), asOf: '2021-10-01' }), expected: fails('INVALID_FACTS', 'value: must be a number, not "3"') },
    { input: 'a count beyond 2⁵³', call: () => evaluate('m51-bankruptcy-clearance', { value: 2 ** 60, asOf: '2021-10-01' }), expected: fails('INVALID_FACTS', 'value:') },
    { input: 'no asOf for a target', call: () => evaluate('m51-bankruptcy-clearance', untyped({ value: 1 })), expected: fails('INVALID_FACTS', 'asOf: is required') },
    { input: 'cases that are not an array', call: () => evaluate('m06-electricity-10kv-average', { cases: untyped({}) }), expected: fails('INVALID_FACTS', AVERAGE, 'cases: must be an array') },
    { input: 'a null case', call: () => evaluate('m06-electricity-10kv-average', { cases: [untyped(null)] }), expected: fails('INVALID_FACTS', 'cases.0: must be an object, not null') },
    { input: 'an empty list of cases', call: () => evaluate('m06-electricity-10kv-average', { cases: [] }), expected: returns((value) => { expect(value).toMatchObject({ status: 'no_data', mean: null, count: 0 }); }) },
    {
      input: '10⁶ identical cases (the mean of one case)',
      call: () => evaluate('m06-electricity-10kv-average', { cases: Array.from({ length: 1e6 }, () => ({ start: '2021-09-01', end: '2021-10-12' })) }, { trace: false }),
      expected: returns((value) => { expect(value).toMatchObject({ status: 'met', count: 1e6, mean: 25, median: 25, max: 25, withinLimit: 1e6 }); }),
    },
    { input: 'an amount with 3 decimals', call: () => evaluate('m15-prepayment-ratio', { ...ok, contractAmount: '1000000.001' }), expected: fails('INVALID_FACTS', RATIO, 'contractAmount: must be a decimal with at most 2 decimals') },
    { input: 'an amount with 3 decimals, as a number', call: () => evaluate('m15-prepayment-ratio', { ...ok, prepaymentAmount: 300000.001 }), expected: fails('INVALID_FACTS', 'prepaymentAmount: must have at most 2 decimals') },
    { input: 'a negative amount', call: () => evaluate('m15-prepayment-ratio', { ...ok, prepaymentAmount: -5 }), expected: fails('INVALID_FACTS', 'prepaymentAmount: must not be negative') },
    { input: 'a negative amount as a string', call: () => evaluate('m15-prepayment-ratio', { ...ok, prepaymentAmount: '-5.00' }), expected: fails('INVALID_FACTS', 'prepaymentAmount: must be a decimal with at most 2 decimals ≥ 0') },
    { input: 'an amount of NaN', call: () => evaluate('m15-prepayment-ratio', { ...ok, contractAmount: NaN }), expected: fails('INVALID_FACTS', 'contractAmount:', 'a finite number') },
    { input: 'an amount of Infinity', call: () => evaluate('m15-prepayment-ratio', { ...ok, contractAmount: Infinity }), expected: fails('INVALID_FACTS', 'contractAmount:', 'a finite number') },
    { input: 'an amount with full-width digits', call: () => evaluate('m15-prepayment-ratio', { ...ok, contractAmount: '１０００' }), expected: fails('INVALID_FACTS', 'contractAmount: must be a decimal', "'1000.00'") },
    { input: 'an amount with an exponent', call: () => evaluate('m15-prepayment-ratio', { ...ok, contractAmount: '1e6' }), expected: fails('INVALID_FACTS', 'contractAmount: must be a decimal') },
    { input: 'an amount with a thousands separator', call: () => evaluate('m15-prepayment-ratio', { ...ok, contractAmount: '1,000,000.00' }), expected: fails('INVALID_FACTS', 'contractAmount: must be a decimal') },
    { input: 'a contract amount of 0', call: () => evaluate('m15-prepayment-ratio', { ...ok, contractAmount: 0 }), expected: fails('INVALID_FACTS', 'contractAmount: must be greater than 0') },
    { input: 'an amount of 10⁶ digits', call: () => evaluate('m15-prepayment-ratio', { ...ok, contractAmount: '9'.repeat(1e6) }), expected: fails('INVALID_FACTS', 'contractAmount: must have at most 309 digits before the decimal point') },
    { input: 'a boolean as a string', call: () => evaluate('m15-prepayment-ratio', { ...ok, supplierIsSme: untyped('true') }), expected: fails('INVALID_FACTS', 'supplierIsSme: must be true or false, not "true"') },
    {
      input: 'the largest finite amounts (exact, not rounded)',
      call: () => evaluate('m15-prepayment-ratio', { contractAmount: Number.MAX_VALUE, prepaymentAmount: Number.MAX_VALUE, supplierIsSme: true }, { trace: false }),
      expected: returns((value) => { expect(value).toMatchObject({ status: 'met', actual: '1.000000', required: '0.500000' }); }),
    },
    { input: 'options as an array', call: () => evaluate('m15-payment', { start: '2021-09-29' }, untyped([])), expected: fails('INVALID_ARGUMENT', '`options`', '{ trace: false }', 'an array') },
    { input: 'trace as a string', call: () => evaluate('m15-payment', { start: '2021-09-29' }, { trace: untyped('no') }), expected: fails('INVALID_ARGUMENT', '`options.trace`', 'true or false') },
    { input: 'a calendar that is not one', call: () => evaluate('m15-payment', { start: '2021-09-29' }, { calendar: untyped({}) }), expected: fails('INVALID_ARGUMENT', '`options.calendar`', 'createCalendar()') },
    { input: 'an unknown option', call: () => evaluate('m15-payment', { start: '2021-09-29' }, untyped({ locale: 'en' })), expected: fails('INVALID_ARGUMENT', '`options.locale`', 'valid options: calendar, trace') },
    { input: 'an own __proto__ option', call: () => evaluate('m15-payment', { start: '2021-09-29' }, untyped(JSON.parse('{"__proto__":{"trace":false}}'))), expected: fails('INVALID_ARGUMENT', '`options.__proto__`', 'valid options') },
  ]),
  ...callsOf('rules.safeEvaluate', [
    {
      input: 'an impossible date (the error comes back as a value)',
      call: () => safeEvaluate('m13-contract-signing', { start: '2021-02-30' }),
      expected: returns((value) => { expect(value).toMatchObject({ success: false, error: { code: 'INVALID_FACTS', message: expect.stringContaining('start:') as unknown } }); }),
    },
    { input: 'an unknown rule', call: () => safeEvaluate(untyped('m99-none'), untyped({})), expected: returns((value) => { expect(value).toMatchObject({ success: false, error: { code: 'UNKNOWN_RULE' } }); }) },
    { input: 'a rule definition of junk', call: () => safeEvaluate(untyped({ kind: 'deadline' }), untyped({})), expected: returns((value) => { expect(value).toMatchObject({ success: false, error: { code: 'INVALID_RULE' } }); }) },
  ]),
  ...callsOf('rules.evaluateMany', [
    { input: 'a number as the facts', call: () => evaluateMany('m15-payment', untyped(5)), expected: fails('INVALID_ARGUMENT', '`facts`', 'an iterable', 'number 5') },
    { input: 'a string as the facts (not iterated by character)', call: () => evaluateMany('m15-payment', '2021-09-29'), expected: fails('INVALID_ARGUMENT', '`facts`', 'an iterable') },
    { input: 'a plain object as the facts', call: () => evaluateMany('m15-payment', untyped({ start: '2021-09-29' })), expected: fails('INVALID_ARGUMENT', '`facts`', 'an object') },
    { input: 'an unknown rule, before any item', call: () => evaluateMany(untyped('m99-none'), []), expected: fails('UNKNOWN_RULE', '"m99-none"', 'Known rules') },
    { input: 'bad options, before any item', call: () => evaluateMany('m15-payment', [], untyped({ trace: 1 })), expected: fails('INVALID_ARGUMENT', '`options.trace`', 'true or false') },
    {
      input: 'junk items (each an error item, the run goes on)',
      call: () => [...evaluateMany('m15-payment', [null, 5, { start: 'x' }, { start: '2021-09-29', end: '2021-10-12' }])],
      expected: returns((value) => { expect(value).toMatchObject([
          { index: 0, ok: false, error: { code: 'INVALID_FACTS' } },
          { index: 1, ok: false, error: { code: 'INVALID_FACTS' } },
          { index: 2, ok: false, error: { code: 'INVALID_FACTS', message: expect.stringContaining('start:') as unknown } },
          { index: 3, ok: true, result: { status: 'met' } },
        ]); },
      ),
    },
    {
      input: 'a generator of 10⁶ facts (lazy: the first item comes after one fact is taken)',
      call: () => {
        const taken = { count: 0 };
        const first: unknown = evaluateMany('m15-payment', lazilyMany(taken), { trace: false })[Symbol.iterator]().next().value;
        return { first, taken: taken.count };
      },
      expected: returns((value) => { expect(value).toMatchObject({ first: { index: 0, ok: true, result: { due: '2021-10-12' } }, taken: 1 }); }),
    },
    {
      input: 'an async iterable of junk',
      call: async () => {
        const items = [];
        for await (const item of evaluateMany('m15-payment', asyncOf([undefined, { start: '2021-09-29', asOf: '2021-09-30' }]))) items.push(item);
        return items;
      },
      expected: returns((value) => { expect(value).toMatchObject([{ index: 0, ok: false, error: { code: 'INVALID_FACTS' } }, { index: 1, ok: true }]); }),
    },
  ]),
  ...callsOf('rules.explain', [
    { input: 'null as the result', call: () => explain(untyped(null)), expected: fails('INVALID_ARGUMENT', '`result`', 'result: must be an object') },
    { input: 'an empty object', call: () => explain(untyped({})), expected: fails('INVALID_ARGUMENT', '`result`', 'result.kind: must be one of "deadline", "threshold", "target", "average"') },
    { input: 'a result with an impossible due date', call: () => explain({ ...deadline(), due: '2021-02-30' }), expected: fails('INVALID_ARGUMENT', 'result.due', DATE) },
    { input: 'a result whose trace is null', call: () => explain({ ...deadline(), trace: untyped(null) }), expected: fails('INVALID_ARGUMENT', 'result.trace: must be an array') },
    { input: 'a trace step of junk', call: () => explain({ ...deadline(), trace: untyped([{ type: 'holiday', from: '2021-10-01' }]) }), expected: fails('INVALID_ARGUMENT', 'result.trace.0.to: is required', 'result.trace.0.holiday: is required') },
    { input: 'a threshold result whose amount is not a decimal', call: () => explain({ ...threshold(), actual: '30%' }), expected: fails('INVALID_ARGUMENT', 'result.actual', "plain decimal such as '0.30'") },
    { input: 'a threshold result whose amount has 10⁶ digits', call: () => explain({ ...threshold(), actual: '9'.repeat(1e6) }), expected: fails('INVALID_ARGUMENT', 'result.actual: must have at most 400 characters') },
    { input: 'an average whose mean contradicts its count', call: () => explain({ ...average(), count: 0 }), expected: fails('INVALID_ARGUMENT', 'result.mean', 'null exactly when `count` is 0') },
    { input: 'a target with a progress of NaN', call: () => explain({ ...json(evaluate('m51-bankruptcy-clearance', { value: 1, asOf: '2021-10-01' })), progress: NaN }), expected: fails('INVALID_ARGUMENT', 'result.progress', 'must be a number') },
    { input: 'a result from an unknown rule', call: () => explain({ ...deadline(), ruleId: 'custom-rule' }), expected: fails('UNKNOWN_RULE', '"custom-rule"', 'Known rules') },
    { input: 'null options', call: () => explain(deadline(), untyped(null)), expected: fails('INVALID_ARGUMENT', '`options`', "{ locale: 'en' }") },
    { input: 'an unknown locale', call: () => explain(deadline(), { locale: untyped('fr') }), expected: fails('INVALID_ARGUMENT', '`options.locale`', "'zh', 'zh-CN', 'en'") },
    { input: 'an unknown option', call: () => explain(deadline(), untyped({ lang: 'en' })), expected: fails('INVALID_ARGUMENT', '`options.lang`', 'valid options: locale, rule') },
    { input: 'a rule of junk', call: () => explain(deadline(), { rule: untyped({ id: 'm15-payment', kind: 'deadline' }) }), expected: fails('INVALID_RULE', "'m15-payment'", 'timing') },
    { input: 'the rule of another result', call: () => explain(deadline(), { rule: getRule('m13-contract-signing') }), expected: fails('INVALID_ARGUMENT', '`options.rule`', "'m13-contract-signing'", "'m15-payment'") },
    { input: 'the id of another rule', call: () => explain(deadline(), { rule: 'm13-contract-signing' }), expected: fails('INVALID_ARGUMENT', '`options.rule`', "'m13-contract-signing'", "'m15-payment'") },
    { input: 'an unknown id as the rule', call: () => explain(deadline(), { rule: untyped('m99-none') }), expected: fails('UNKNOWN_RULE', '"m99-none"', 'Known rules') },
    {
      input: 'a fixed date in the year 0050 (not read as 1950)',
      call: () => {
        const rule = { ...json(getRule('m24-chuanyu-same-standard')), id: 'ancient', due: '0050-03-01' };
        return explain(evaluate(rule, { end: '0050-02-27' }), { rule, locale: 'en' });
      },
      expected: returns((value) => { expect(value).toMatch(/^.* by Tuesday, March 1, 0050 .*Done on Sunday, February 27, 0050: met\.$/); }),
    },
  ]),
  ...callsOf('rules.createResultSummary', [
    { input: 'null as an item', call: () => { createResultSummary().add(untyped(null)); }, expected: fails('INVALID_ARGUMENT', '`item`', 'a batch item is { index, id?, ok: true, result }') },
    { input: 'an item whose ok is a string', call: () => { createResultSummary().add(untyped({ ok: 'yes' })); }, expected: fails('INVALID_ARGUMENT', '`item.ok`', 'true and false') },
    { input: 'an error item without its error', call: () => { createResultSummary().add(untyped({ index: 0, ok: false })); }, expected: fails('INVALID_ARGUMENT', '`item.error`', '{ code, message }') },
    { input: 'an unknown status', call: () => { createResultSummary().add(untyped({ index: 0, ok: true, result: { status: 'done' } })); }, expected: fails('INVALID_ARGUMENT', '`item.result.status`', 'valid statuses: met, missed') },
    {
      input: 'a completed deadline whose elapsed time is a string',
      call: () => { createResultSummary().add({ index: 0, ok: true, result: { ...evaluate('m15-payment', { start: '2021-09-29', end: '2021-10-12' }), elapsed: untyped('5') } }); },
      expected: fails('INVALID_ARGUMENT', '`item.result.elapsed`', 'whole number of days'),
    },
    {
      input: 'a bad item, which is not counted',
      call: () => {
        const summary = createResultSummary();
        summary.add(metItem());
        try {
          summary.add(untyped({ index: 1, ok: true, result: null }));
        } catch (e) {
          if (!isYingshangError(e, 'INVALID_ARGUMENT')) throw e;
        }
        return summary.result();
      },
      expected: returns((value) => { expect(value).toMatchObject({ count: 1, evaluated: 1, statuses: { met: 1 } }); }),
    },
  ]),
  ...callsOf('rules.summarizeResults', [
    { input: 'a number', call: () => summarizeResults(untyped(5)), expected: fails('INVALID_ARGUMENT', '`items`', 'an iterable', 'number 5') },
    { input: 'an array with a null item', call: () => summarizeResults(untyped([metItem(), null])), expected: fails('INVALID_ARGUMENT', '`items.1`', 'a batch item') },
    { input: 'an async iterable with a junk item', call: () => summarizeResults(untyped(asyncOf([{ ok: true, result: 5 }]))), expected: fails('INVALID_ARGUMENT', '`items.0.result`', 'the result of evaluate') },
    {
      input: '10⁶ items',
      call: () => summarizeResults(Array.from({ length: 1e6 }, (_, i): BatchItem => (i % 2 === 0 ? metItem() : { index: i, ok: false, error: { code: 'INVALID_FACTS', message: 'x', details: {} } }))),
      expected: returns((value) => { expect(value).toMatchObject({ count: 1e6, evaluated: 5e5, failed: 5e5, statuses: { met: 5e5 }, errors: { INVALID_FACTS: 5e5 }, elapsed: { working_days: { count: 5e5, mean: 5, median: 5 } } }); }),
    },
  ]),
  ...callsOf('rules.thresholdFactsSchema', [
    { input: 'undefined', call: () => thresholdFactsSchema(untyped(undefined)), expected: fails('INVALID_RULE', 'inputs: is required', 'ThresholdInputSpecSchema') },
    { input: 'an input of null', call: () => thresholdFactsSchema(untyped({ amount: null })), expected: fails('INVALID_RULE', 'inputs.amount: must be an object') },
    { input: 'an enum input without values', call: () => thresholdFactsSchema(untyped({ size: { type: 'enum', label: { zh: '规模', en: 'size' } } })), expected: fails('INVALID_RULE', 'inputs.size.values: is required') },
    { input: 'an input named __proto__ (own key)', call: () => thresholdFactsSchema(untyped(JSON.parse('{"__proto__":{"type":"boolean","label":{"zh":"x","en":"x"}}}'))), expected: fails('INVALID_RULE', 'inputs.__proto__: is not a known field') },
    { input: 'a typed array', call: () => thresholdFactsSchema(untyped(Float64Array.from([1, 2]))), expected: fails('INVALID_RULE', 'inputs') },
  ]),
  ...callsOf('rules.isYingshangError', [
    { input: 'a string', call: () => isYingshangError('INVALID_FACTS'), expected: returns((value) => { expect(value).toBe(false); }) },
  ]),
  ...callsOf('rules.labelOf', [
    { input: 'an unknown key', call: () => labelOf(untyped('late')), expected: fails('INVALID_ARGUMENT', '`key`', '"late"') },
    { input: 'a key of Object.prototype', call: () => labelOf(untyped('constructor')), expected: fails('INVALID_ARGUMENT', '`key`') },
    { input: 'an unknown locale', call: () => labelOf('met', untyped('fr')), expected: fails('INVALID_ARGUMENT', '`locale`', "'zh', 'zh-CN', 'en'") },
  ]),
  ...callsOf('rules.formatIssue', [
    { input: 'null', call: () => formatIssue(untyped(null)), expected: fails('INVALID_ARGUMENT', '`issue`') },
    { input: 'an issue whose path is a string', call: () => formatIssue(untyped({ path: 'start', message: 'x', code: 'custom' })), expected: fails('INVALID_ARGUMENT', '`issue`') },
    { input: 'an unknown locale', call: () => formatIssue({ path: [], message: 'x', code: 'custom' }, untyped('de')), expected: fails('INVALID_ARGUMENT', '`locale`') },
  ]),
  ...callsOf('rules.formatError', [
    { input: 'null', call: () => formatError(untyped(null)), expected: fails('INVALID_ARGUMENT', '`error`') },
    { input: 'an Error without a code', call: () => formatError(untyped(new Error('x'))), expected: fails('INVALID_ARGUMENT', '`error`') },
    { input: 'an unknown locale', call: () => formatError({ code: 'INVALID_FACTS', message: 'x' }, untyped('fr')), expected: fails('INVALID_ARGUMENT', '`locale`') },
    {
      input: 'issues of junk in the details',
      call: () => formatError({ code: 'INVALID_FACTS', message: 'x', details: { issues: [null, { path: 'start' }, 7] } }),
      expected: returns((value) => { expect(value).toMatch(/^填写的数据有误/u); }),
    },
    { input: 'an unknown code', call: () => formatError({ code: 'NEW_CODE', message: 'English' }), expected: returns((value) => { expect(value).toBe('English'); }) },
  ]),
];
