import { expect } from 'vitest';
import { getDepartment, getMeasure, getPlan, isYingshangError, listDepartments, listMeasures, listSafeguards, listSections } from '../../src/measures/index.js';
import { callsOf, fails, returns, type BadCall } from './badCall.js';
import { untyped } from '../fixtures/untyped.js';

const MEASURES = "measures are numbered 1–53, ids 'm01'…'m53'";
const DEPARTMENTS = 'pass a department id';

/** A nest of 10⁵ objects, for "deeply nested junk". */
function deeplyNested(): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < 1e5; i++) value = { section: value };
  return value;
}

/** Malformed calls of `yingshang/measures`: numbers, ids, names and filters. */
export const measuresCalls: readonly BadCall[] = [
  ...callsOf('measures.getMeasure', [
    { input: '0', call: () => getMeasure(0), expected: fails('UNKNOWN_MEASURE', 'measure 0', MEASURES) },
    { input: '54', call: () => getMeasure(54), expected: fails('UNKNOWN_MEASURE', 'measure 54', MEASURES) },
    { input: 'a negative number', call: () => getMeasure(-6), expected: fails('UNKNOWN_MEASURE', 'measure -6', MEASURES) },
    { input: '6.5', call: () => getMeasure(6.5), expected: fails('UNKNOWN_MEASURE', 'measure 6.5', MEASURES) },
    { input: 'NaN', call: () => getMeasure(NaN), expected: fails('UNKNOWN_MEASURE', 'measure NaN', MEASURES) },
    { input: 'Infinity', call: () => getMeasure(Infinity), expected: fails('UNKNOWN_MEASURE', 'measure Infinity', MEASURES) },
    { input: 'a number written as a string', call: () => getMeasure('6'), expected: fails('UNKNOWN_MEASURE', "'6'", "write getMeasure(6) or getMeasure('m06')") },
    { input: 'full-width digits', call: () => getMeasure('ｍ０６'), expected: fails('UNKNOWN_MEASURE', "'ｍ０６'", MEASURES) },
    { input: 'an upper-case id', call: () => getMeasure('M06'), expected: fails('UNKNOWN_MEASURE', "'M06'", MEASURES) },
    { input: 'the id m00', call: () => getMeasure('m00'), expected: fails('UNKNOWN_MEASURE', "'m00'", MEASURES) },
    { input: '__proto__', call: () => getMeasure('__proto__'), expected: fails('UNKNOWN_MEASURE', "'__proto__'", MEASURES) },
    { input: 'null', call: () => getMeasure(untyped(null)), expected: fails('UNKNOWN_MEASURE', 'measure null', MEASURES) },
    { input: 'an array', call: () => getMeasure(untyped([6])), expected: fails('UNKNOWN_MEASURE', 'measure object', MEASURES) },
    { input: 'a BigInt', call: () => getMeasure(untyped(6n)), expected: fails('UNKNOWN_MEASURE', 'measure 6', MEASURES) },
    { input: 'an object without a prototype', call: () => getMeasure(untyped(Object.create(null))), expected: fails('UNKNOWN_MEASURE', MEASURES) },
  ]),
  ...callsOf('measures.getDepartment', [
    { input: 'a near miss', call: () => getDepartment('区市场局'), expected: fails('UNKNOWN_DEPARTMENT', "'区市场局'", DEPARTMENTS, 'alias') },
    { input: 'a name with a leading space', call: () => getDepartment(' 区法院'), expected: fails('UNKNOWN_DEPARTMENT', "' 区法院'", DEPARTMENTS) },
    { input: 'a number', call: () => getDepartment(untyped(42)), expected: fails('UNKNOWN_DEPARTMENT', 'number 42', DEPARTMENTS) },
    { input: 'an object without a prototype (no toString)', call: () => getDepartment(untyped(Object.create(null))), expected: fails('UNKNOWN_DEPARTMENT', 'an object', DEPARTMENTS) },
    { input: 'a symbol', call: () => getDepartment(untyped(Symbol('区法院'))), expected: fails('UNKNOWN_DEPARTMENT', 'a symbol', DEPARTMENTS) },
    { input: '__proto__', call: () => getDepartment('__proto__'), expected: fails('UNKNOWN_DEPARTMENT', "'__proto__'", DEPARTMENTS) },
    { input: 'constructor', call: () => getDepartment('constructor'), expected: fails('UNKNOWN_DEPARTMENT', "'constructor'", DEPARTMENTS) },
    { input: 'a name of 10⁶ characters', call: () => getDepartment('区'.repeat(1e6)), expected: fails('UNKNOWN_DEPARTMENT', '区区区…', DEPARTMENTS) },
  ]),
  // The catalogues take no argument: one given is ignored, never read.
  ...callsOf('measures.listDepartments', [{ input: 'an argument it does not take', call: () => (Reflect.apply(listDepartments, null, ['x']) as ReturnType<typeof listDepartments>).length, expected: returns((value) => { expect(value).toBe(29); }) }]),
  ...callsOf('measures.listSections', [{ input: 'an argument it does not take', call: () => (Reflect.apply(listSections, null, ['x']) as ReturnType<typeof listSections>).length, expected: returns((value) => { expect(value).toBe(18); }) }]),
  ...callsOf('measures.listSafeguards', [{ input: 'an argument it does not take', call: () => (Reflect.apply(listSafeguards, null, ['x']) as ReturnType<typeof listSafeguards>).length, expected: returns((value) => { expect(value).toBe(4); }) }]),
  ...callsOf('measures.getPlan', [{ input: 'an argument it does not take', call: () => (Reflect.apply(getPlan, null, ['x']) as ReturnType<typeof getPlan>).docNo, expected: returns((value) => { expect(value).toBe('江津府办发〔2021〕113号'); }) }]),
  ...callsOf('measures.listMeasures', [
    { input: 'a string instead of a filter', call: () => listMeasures(untyped('tax')), expected: fails('INVALID_ARGUMENT', 'filter object', "'tax'") },
    { input: 'null', call: () => listMeasures(untyped(null)), expected: fails('INVALID_ARGUMENT', 'filter object', 'null') },
    { input: 'an array', call: () => listMeasures(untyped([])), expected: fails('INVALID_ARGUMENT', 'filter object') },
    { input: 'chapter 5', call: () => listMeasures({ chapter: 5 }), expected: fails('INVALID_ARGUMENT', 'chapter 5', 'numbered 1–4') },
    { input: 'a chapter as a string', call: () => listMeasures({ chapter: untyped('1') }), expected: fails('INVALID_ARGUMENT', "chapter '1'", 'numbered 1–4') },
    { input: 'chapter NaN', call: () => listMeasures({ chapter: NaN }), expected: fails('INVALID_ARGUMENT', 'chapter NaN', 'numbered 1–4') },
    { input: 'a section that does not exist', call: () => listMeasures({ section: { chapter: 1, ordinal: 9 } }), expected: fails('INVALID_ARGUMENT', 'section {"chapter":1,"ordinal":9}', '1: 1–7') },
    { input: 'a section as a string', call: () => listMeasures({ section: untyped('1.4') }), expected: fails('INVALID_ARGUMENT', "section '1.4'", '{ chapter, ordinal }') },
    { input: 'a deeply nested section', call: () => listMeasures({ section: untyped(deeplyNested()) }), expected: fails('INVALID_ARGUMENT', 'section', '{ chapter, ordinal }') },
    { input: 'a section of 10⁶ numbers', call: () => listMeasures({ section: untyped(Array.from({ length: 1e6 }, () => 1)) }), expected: fails('INVALID_ARGUMENT', 'section', '{ chapter, ordinal }') },
    { input: 'an unknown topic', call: () => listMeasures({ topic: untyped('roads') }), expected: fails('INVALID_ARGUMENT', "topic 'roads'", 'business_registration') },
    { input: 'the topic __proto__', call: () => listMeasures({ topic: untyped('__proto__') }), expected: fails('INVALID_ARGUMENT', "topic '__proto__'", 'insolvency') },
    { input: 'a role without a department', call: () => listMeasures({ role: 'lead' }), expected: fails('INVALID_ARGUMENT', "role 'lead'", 'needs a department') },
    { input: 'an unknown role', call: () => listMeasures({ role: untyped('boss'), department: '区财政局' }), expected: fails('INVALID_ARGUMENT', "role 'boss'", "'lead', 'responsible' and 'any'") },
    { input: 'hasRules as a string', call: () => listMeasures({ hasRules: untyped('yes') }), expected: fails('INVALID_ARGUMENT', 'hasRules', "'yes'", 'true or false') },
    { input: 'an unknown department', call: () => listMeasures({ department: '区市场局' }), expected: fails('UNKNOWN_DEPARTMENT', "'区市场局'", DEPARTMENTS) },
    { input: 'a department without a prototype', call: () => listMeasures({ department: untyped(Object.create(null)) }), expected: fails('UNKNOWN_DEPARTMENT', 'an object', DEPARTMENTS) },
    { input: 'an own __proto__ key', call: () => listMeasures(untyped(JSON.parse('{"__proto__":{"topic":"tax"}}'))), expected: fails('INVALID_ARGUMENT', "'__proto__'", 'valid keys are chapter, section, topic, department, role, hasRules') },
    { input: 'a constructor key', call: () => listMeasures(untyped({ constructor: 1 })), expected: fails('INVALID_ARGUMENT', "'constructor'", 'valid keys') },
    { input: 'chapter 4, which holds safeguards only', call: () => listMeasures({ chapter: 4 }), expected: returns((value) => { expect(value).toEqual([]); }) },
  ]),
  ...callsOf('measures.isYingshangError', [
    {
      input: 'a code that is not a string',
      call: () => {
        try {
          getMeasure(0);
        } catch (e) {
          return [isYingshangError(e, 'UNKNOWN_MEASURE'), isYingshangError(e, untyped(42)), isYingshangError(e, untyped({}))];
        }
        return undefined;
      },
      expected: returns((value) => { expect(value).toEqual([true, false, false]); }),
    },
  ]),
];
