import { expect } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import { defineRule, evaluate, evaluateMany, getRule, summarizeResults, type BuiltInRuleId } from '../../src/rules/index.js';
import { checkConnections } from '../../src/utilities/index.js';
import { newYearDayOnly, schedule2027, TEST_NOTICE_2027 } from '../fixtures/schedule2027.js';
import { callsOf, fails, returns, type BadCall } from './badCall.js';
import { untyped } from '../fixtures/untyped.js';

const SEE_SCHEMA = 'See RuleDefinitionSchema for the expected shape';
const SCHEDULE = 'Invalid schedule';

/** A built-in rule as the JSON a district would write, with some fields changed. */
function ruleJson(id: BuiltInRuleId, changes: Record<string, unknown>): unknown {
  return { ...(JSON.parse(JSON.stringify(getRule(id))) as Record<string, unknown>), id: 'district-rule', ...changes };
}

/** The 2027 test schedule with its first notice changed. */
function schedule(changes: Record<string, unknown>, year = 2027): unknown {
  return { year, notices: [{ ...TEST_NOTICE_2027, ...changes }] };
}

/** A nest of 10⁵ objects. */
function deeplyNested(): unknown {
  let value: unknown = {};
  for (let i = 0; i < 1e5; i++) value = { zh: value };
  return value;
}

/** JSON Lines as a batch system sends them, parsed one by one (so `__proto__` is an own key). */
const lines = ['{"start":"2021-09-29","end":"2021-10-12"}', '{"__proto__":{"start":"2021-09-29"}}', '{"start":"2021-09-29","constructor":{"prototype":{}}}', '[]', '"2021-09-29"', '{"start":"09/29/2021"}'];

/** Malformed JSON given to the library's JSON entry points: rule definitions, calendar schedules and batch input. */
export const jsonEntryCalls: readonly BadCall[] = [
  ...callsOf('rules.defineRule', [
    { input: 'null', call: () => defineRule(null), expected: fails('INVALID_RULE', '(root):', SEE_SCHEMA) },
    { input: 'an empty object', call: () => defineRule({}), expected: fails('INVALID_RULE', 'kind: must be one of "deadline", "threshold", "target", "average"') },
    { input: 'an own __proto__ key', call: () => defineRule(JSON.parse('{"__proto__":{"kind":"deadline"}}') as unknown), expected: fails('INVALID_RULE', 'kind: must be one of') },
    { input: 'a negative limit', call: () => defineRule(ruleJson('m15-payment', { limit: { amount: -1, unit: 'working_days' } })), expected: fails('INVALID_RULE', "'district-rule'", 'limit.amount: must be ≥ 0') },
    { input: 'a fractional limit', call: () => defineRule(ruleJson('m15-payment', { limit: { amount: 1.5, unit: 'working_days' } })), expected: fails('INVALID_RULE', 'limit.amount: must be a whole number') },
    { input: 'a limit of ten years and a day', call: () => defineRule(ruleJson('m15-payment', { limit: { amount: 3651, unit: 'working_days' } })), expected: fails('INVALID_RULE', 'limit.amount: must be ≤ 3650') },
    { input: 'a limit of NaN', call: () => defineRule(ruleJson('m15-payment', { limit: { amount: NaN, unit: 'working_days' } })), expected: fails('INVALID_RULE', 'limit.amount:') },
    { input: 'an unknown unit', call: () => defineRule(ruleJson('m15-payment', { limit: { amount: 5, unit: 'hours' } })), expected: fails('INVALID_RULE', 'limit.unit: must be one of "working_days", "calendar_days"') },
    { input: 'an unknown roll', call: () => defineRule(ruleJson('m13-contract-signing', { limit: { amount: 20, unit: 'calendar_days', roll: 'back' } })), expected: fails('INVALID_RULE', 'limit.roll: must be one of "next_working_day"') },
    { input: 'an id with spaces', call: () => defineRule(ruleJson('m15-payment', { id: 'District Rule' })), expected: fails('INVALID_RULE', 'id: must be lower-case words and digits joined by hyphens') },
    { input: 'an id of 10⁶ characters', call: () => defineRule(ruleJson('m15-payment', { id: 'a'.repeat(1e6) })), expected: fails('INVALID_RULE', 'id: must have at most 80 characters') },
    { input: 'a name without Chinese', call: () => defineRule(ruleJson('m15-payment', { name: { en: 'Payment' } })), expected: fails('INVALID_RULE', 'name.zh: is required') },
    { input: 'deeply nested junk as the name', call: () => defineRule(ruleJson('m15-payment', { name: deeplyNested() })), expected: fails('INVALID_RULE', 'name.zh: must be a string', 'name.en: is required') },
    { input: 'a list where an object belongs (the caller’s list is not frozen)', call: () => defineRule(ruleJson('m15-payment', { name: ['付款', 'Payment'] })), expected: fails('INVALID_RULE', 'name: must be an object') },
    { input: 'a typed array where a list belongs', call: () => defineRule(ruleJson('m15-payment', { legalBasis: Float64Array.from([1]) })), expected: fails('INVALID_RULE', 'legalBasis: must be an array') },
    { input: 'a legal basis of 10⁶ junk items', call: () => defineRule(ruleJson('m15-payment', { legalBasis: Array.from({ length: 1e6 }, () => 0) })), expected: fails('INVALID_RULE', 'legalBasis: has too many invalid items (1000000)') },
    { input: 'measure 0', call: () => defineRule(ruleJson('m15-payment', { measure: 0 })), expected: fails('INVALID_RULE', 'measure: must be ≥ 1') },
    { input: 'a limit value with 7 decimals', call: () => defineRule(ruleJson('m15-prepayment-ratio', { limits: [{ value: '0.3333333' }] })), expected: fails('INVALID_RULE', 'limits.0.value:', 'at most 6 decimals') },
    { input: 'a limit value with an exponent', call: () => defineRule(ruleJson('m15-prepayment-ratio', { limits: [{ value: '3e-1' }] })), expected: fails('INVALID_RULE', 'limits.0.value:', "'0.30'") },
    {
      input: 'a condition on an input named constructor, which the rule does not have',
      call: () => defineRule(ruleJson('m15-prepayment-ratio', { limits: [{ value: '0.50', when: [{ input: 'constructor', equals: true }] }, { value: '0.30' }] })),
      expected: fails('INVALID_RULE', 'limits.0.when.0.input: "constructor" is not an input'),
    },
    {
      input: 'a comparison on an input named toString, which the rule does not have',
      call: () => defineRule(ruleJson('m15-prepayment-ratio', { limits: [{ value: '0.50', when: [{ input: 'toString', atLeast: '1' }] }, { value: '0.30' }] })),
      expected: fails('INVALID_RULE', 'limits.0.when.0.input: "toString" is not an input'),
    },
    {
      input: 'a ratio whose denominator is named valueOf, which the rule does not have',
      call: () => defineRule(ruleJson('m15-prepayment-ratio', { subject: { label: { zh: '比例', en: 'ratio' }, numerator: 'prepaymentAmount', denominator: 'valueOf' } })),
      expected: fails('INVALID_RULE', 'subject.denominator: must name a decimal input; "valueOf" is not an input'),
    },
    { input: 'an input named __proto__ (own key)', call: () => defineRule({ ...(ruleJson('m15-prepayment-ratio', {}) as object), inputs: JSON.parse('{"__proto__":{"type":"boolean","label":{"zh":"x","en":"x"}}}') as unknown }), expected: fails('INVALID_RULE', 'inputs.__proto__: is not a known field') },
    { input: 'a default limit that has a condition', call: () => defineRule(ruleJson('m15-prepayment-ratio', { limits: [{ value: '0.30', when: [{ input: 'supplierIsSme', equals: true }] }] })), expected: fails('INVALID_RULE', 'limits.0.when: the last limit is the default') },
    { input: 'a target that starts after its due date', call: () => defineRule(ruleJson('m51-bankruptcy-clearance', { startsOn: '2022-01-01', due: '2021-12-31' })), expected: fails('INVALID_RULE', 'startsOn: must not be after `due`') },
    { input: 'a target of 2⁵³', call: () => defineRule(ruleJson('m51-bankruptcy-clearance', { target: 2 ** 53 })), expected: fails('INVALID_RULE', 'target:') },
    { input: 'a fixed due date with full-width digits', call: () => defineRule(ruleJson('m24-chuanyu-same-standard', { due: '２０２１-10-31' })), expected: fails('INVALID_RULE', "due: must be a real date written 'YYYY-MM-DD'") },
    { input: 'an impossible fixed due date', call: () => defineRule(ruleJson('m24-chuanyu-same-standard', { due: '2021-02-29' })), expected: fails('INVALID_RULE', "due: must be a real date written 'YYYY-MM-DD'") },
    {
      input: 'a valid definition from JSON (frozen, and evaluated like the built-in rule)',
      call: () => {
        const rule = defineRule(ruleJson('m15-payment', {}));
        return [Object.isFrozen(rule) && Object.isFrozen(rule.name), evaluate(rule, { start: '2021-09-29', end: '2021-10-12' }).status];
      },
      expected: returns((value) => { expect(value).toEqual([true, 'met']); }),
    },
  ]),
  ...callsOf('calendar.createCalendar', [
    { input: 'a schedule of null', call: () => createCalendar({ schedules: untyped([null]) }), expected: fails('INVALID_SCHEDULE', SCHEDULE, 'schedules.0: must be an object, not null', 'ScheduleYearSchema') },
    { input: 'a year as a string', call: () => createCalendar({ schedules: untyped([{ ...schedule2027, year: '2027' }]) }), expected: fails('INVALID_SCHEDULE', 'schedules.0.year: must be a number, not "2027"') },
    { input: 'a year before 1990', call: () => createCalendar({ schedules: [{ ...schedule2027, year: 1989 }] }), expected: fails('INVALID_SCHEDULE', 'schedules.0.year: must be ≥ 1990') },
    { input: 'a year after 2200', call: () => createCalendar({ schedules: [{ ...schedule2027, year: 2201 }] }), expected: fails('INVALID_SCHEDULE', 'schedules.0.year: must be ≤ 2200') },
    { input: 'no notices', call: () => createCalendar({ schedules: [{ year: 2027, notices: [] }] }), expected: fails('INVALID_SCHEDULE', 'schedules.0.notices: must not be empty') },
    { input: 'an unknown kind of notice', call: () => createCalendar({ schedules: untyped([schedule({ kind: 'draft' })]) }), expected: fails('INVALID_SCHEDULE', 'schedules.0.notices.0.kind: must be one of "schedule", "amendment", not "draft"') },
    { input: 'an amendment first', call: () => createCalendar({ schedules: untyped([schedule({ kind: 'amendment' })]) }), expected: fails('INVALID_SCHEDULE', "schedules.0.notices.0.kind: must be 'schedule'") },
    { input: 'an FTP address', call: () => createCalendar({ schedules: untyped([schedule({ url: 'ftp://example.org/2027' })]) }), expected: fails('INVALID_SCHEDULE', 'schedules.0.notices.0.url: must be an http(s) URL') },
    { input: 'an impossible publication date', call: () => createCalendar({ schedules: untyped([schedule({ publishedOn: '2026-02-29' })]) }), expected: fails('INVALID_SCHEDULE', "schedules.0.notices.0.publishedOn: must be a real date written 'YYYY-MM-DD'") },
    { input: 'an unknown holiday', call: () => createCalendar({ schedules: untyped([schedule({ holidays: [{ key: 'christmas', rest: [{ from: '2027-12-25', to: '2027-12-25' }], makeup: [] }] })]) }), expected: fails('INVALID_SCHEDULE', 'schedules.0.notices.0.holidays.0.key: must be one of "new_year"', 'not "christmas"') },
    { input: 'a rest range that runs backwards', call: () => createCalendar({ schedules: untyped([schedule({ holidays: [{ key: 'new_year', rest: [{ from: '2027-01-03', to: '2027-01-01' }], makeup: [] }] })]) }), expected: fails('INVALID_SCHEDULE', 'schedules.0.notices.0.holidays.0.rest.0: `from` must not be after `to`') },
    { input: 'a make-up day on a weekday', call: () => createCalendar({ schedules: untyped([schedule({ holidays: [{ key: 'new_year', rest: [{ from: '2027-01-01', to: '2027-01-01' }], makeup: ['2027-01-04'] }] })]) }), expected: fails('INVALID_SCHEDULE', 'schedules.0.notices.0.holidays.0.makeup.0: 2027-01-04 is a weekday', 'Saturdays or Sundays') },
    { input: 'a rest day outside the year’s window', call: () => createCalendar({ schedules: untyped([schedule({ holidays: [{ key: 'new_year', rest: [{ from: '2029-01-01', to: '2029-01-01' }], makeup: [] }] })]) }), expected: fails('INVALID_SCHEDULE', 'schedules.0.notices.0.holidays.0.rest.0.from: 2029-01-01 is outside the window of the 2027 schedule') },
    { input: 'two holidays on the same day', call: () => createCalendar({ schedules: untyped([schedule({ holidays: [{ key: 'new_year', rest: [{ from: '2027-01-01', to: '2027-01-01' }], makeup: [] }, { key: 'spring_festival', rest: [{ from: '2027-01-01', to: '2027-01-02' }], makeup: [] }] })]) }), expected: fails('INVALID_SCHEDULE', '2027-01-01 is claimed by both the 2027 new_year arrangement and the 2027 spring_festival arrangement') },
    { input: 'a year given twice', call: () => createCalendar({ schedules: [schedule2027, schedule2027] }), expected: fails('INVALID_SCHEDULE', 'schedules.1.year: 2027 is given twice (also at index 0)') },
    { input: 'a gap before the year', call: () => createCalendar({ schedules: [newYearDayOnly(2028)] }), expected: fails('INVALID_SCHEDULE', 'covered years must be consecutive', '2027 has no schedule') },
    { input: 'a gap of two years', call: () => createCalendar({ schedules: [newYearDayOnly(2029)] }), expected: fails('INVALID_SCHEDULE', 'covered years must be consecutive', '2027, 2028 have no schedule between 2004 and 2029') },
    { input: 'an unknown key in a notice', call: () => createCalendar({ schedules: untyped([schedule({ note: 'x' })]) }), expected: fails('INVALID_SCHEDULE', 'schedules.0.notices.0.note: is not a known field') },
    { input: 'an own __proto__ key in a schedule', call: () => createCalendar({ schedules: [JSON.parse(JSON.stringify(schedule2027).replace('{', '{"__proto__":{},'))] }), expected: fails('INVALID_SCHEDULE', 'schedules.0.__proto__: is not a known field') },
    { input: '10⁶ schedules', call: () => createCalendar({ schedules: Array.from({ length: 1e6 }, () => schedule2027) }), expected: fails('INVALID_SCHEDULE', 'schedules: has 1000000 items', '211 schedule years (1990–2200)') },
    { input: 'a schedule with 10⁶ junk notices', call: () => createCalendar({ schedules: untyped([{ year: 2027, notices: Array.from({ length: 1e6 }, () => null) }]) }), expected: fails('INVALID_SCHEDULE', 'schedules.0.notices: has too many invalid items (1000000)') },
    {
      input: 'a valid schedule from JSON (covers the year; the default calendar does not)',
      call: () => createCalendar({ schedules: [JSON.parse(JSON.stringify(schedule2027))] }).isWorkingDay('2027-02-14'),
      expected: returns((value) => { expect(value).toBe(true); }),
    },
  ]),
  ...callsOf('rules.evaluateMany', [
    {
      input: 'JSON lines with own __proto__ and constructor keys, an array and a string',
      call: () => [...evaluateMany('m15-payment', lines.map((l) => JSON.parse(l) as unknown))],
      expected: returns((value) => { expect(value).toMatchObject([
          { index: 0, ok: true, result: { status: 'met' } },
          { index: 1, ok: false, error: { code: 'INVALID_FACTS', message: expect.stringContaining('__proto__: is not a known field') as unknown } },
          { index: 2, ok: false, error: { code: 'INVALID_FACTS', message: expect.stringContaining('constructor: is not a known field') as unknown } },
          { index: 3, ok: false, error: { code: 'INVALID_FACTS', message: expect.stringContaining('(root): must be an object') as unknown } },
          { index: 4, ok: false, error: { code: 'INVALID_FACTS' } },
          { index: 5, ok: false, error: { code: 'INVALID_FACTS', message: expect.stringContaining('start:') as unknown } },
        ]); },
      ),
    },
    {
      input: 'a plain rule definition of junk, rejected once before any item',
      call: () => evaluateMany(untyped({ id: 'x', kind: 'average' }), [{ cases: [] }]),
      expected: fails('INVALID_RULE', "'x'", 'limit: is required'),
    },
    {
      input: '10⁶ facts from JSON, summarized',
      call: () => summarizeResults(evaluateMany('m15-payment', Array.from({ length: 1e6 }, (_, i) => (i % 100 === 0 ? { start: 'x' } : { start: '2021-09-29', end: '2021-10-13' })), { trace: false })),
      expected: returns((value) => { expect(value).toMatchObject({ count: 1e6, failed: 10_000, statuses: { missed: 990_000 }, errors: { INVALID_FACTS: 10_000 } }); }),
    },
  ]),
  ...callsOf('utilities.checkConnections', [
    {
      input: 'a batch of JSON applications with junk among them',
      call: () => {
        const batch = checkConnections(
          ['{"utility":"water","category":"general","acceptedOn":"2021-09-28","completedOn":"2021-10-13"}', 'null', '{"utility":"gas","category":"general","acceptedOn":"2021-09-28"}', '{"utility":"water","category":"general","acceptedOn":"2021-09-28","__proto__":{}}'].map(
            (l): never => untyped(JSON.parse(l)),
          ),
        );
        const items = [...batch];
        const { byRule, ...summary } = batch.summary();
        return { items, summary, byRule };
      },
      expected: returns((value) => { expect(value).toMatchObject({
          items: [{ index: 0, ok: true }, { index: 1, ok: false, error: { code: 'INVALID_FACTS' } }, { index: 2, ok: false, error: { message: expect.stringContaining('"general" is not a category of gas') as unknown } }, { index: 3, ok: false }],
          summary: { count: 4, evaluated: 1, failed: 3 },
          byRule: { 'm06-water-connection': { count: 2, failed: 1 } },
        }); },
      ),
    },
  ]),
];
