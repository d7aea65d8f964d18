import { describe, expect, it } from 'vitest';
import { isYingshangError } from '../../src/errors/YingshangError.js';
import { InvalidArgumentError } from '../../src/errors/InvalidArgumentError.js';
import { UnknownDepartmentError } from '../../src/errors/measureErrors.js';
import { getDepartment, getMeasure, listMeasures } from '../../src/measures/index.js';
import type { MeasureFilter } from '../../src/measures/index.js';
import { untyped } from '../fixtures/untyped.js';

const numbers = (filter?: MeasureFilter): number[] => listMeasures(filter).map((m) => m.number);
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('listMeasures', () => {
  it('returns all 53 measures in order without a filter or with an empty one', () => {
    expect(listMeasures().map((m) => m.number)).toEqual(Array.from({ length: 53 }, (_, i) => i + 1));
    expect(listMeasures({})).toEqual(listMeasures());
    for (const m of listMeasures()) expect(m).toBe(getMeasure(m.number));
  });

  it('filters by chapter, and finds no measure in chapter 4', () => {
    expect(numbers({ chapter: 1 })).toEqual(range(1, 22));
    expect(numbers({ chapter: 2 })).toEqual(range(23, 36));
    expect(numbers({ chapter: 3 })).toEqual(range(37, 53));
    expect(numbers({ chapter: 4 })).toEqual([]);
  });

  it('filters by section', () => {
    expect(numbers({ section: { chapter: 1, ordinal: 4 } })).toEqual([12, 13, 14, 15]);
    expect(numbers({ section: { chapter: 1, ordinal: 6 } })).toEqual([20]);
    expect(numbers({ section: { chapter: 3, ordinal: 6 } })).toEqual([51, 52, 53]);
  });

  it('filters by topic', () => {
    expect(numbers({ topic: 'tax' })).toEqual([32, 33, 34]);
    expect(numbers({ topic: 'procurement' })).toEqual(expect.arrayContaining([12, 13, 14, 15]));
    expect(numbers({ topic: 'insolvency' })).toEqual([51, 52, 53]);
  });

  it('filters by department given as id, name or alias, all with the same result', () => {
    const byName = numbers({ department: '江津区市场监管局' });
    expect(byName).toEqual([...range(1, 5), ...range(37, 43)]);
    expect(numbers({ department: '区市场监管局' })).toEqual(byName);
    expect(numbers({ department: 'market_regulation_bureau' })).toEqual(byName);
  });

  it('distinguishes the lead and the responsible role, and matches either by default', () => {
    expect(numbers({ department: '区发展改革委', role: 'lead' })).toEqual([...range(16, 22), ...range(37, 40)]);
    expect(numbers({ department: '区发展改革委', role: 'responsible' })).toEqual([...range(1, 5), ...range(9, 11), ...range(27, 29)]);
    expect(numbers({ department: '区发展改革委' })).toEqual(numbers({ department: '区发展改革委', role: 'any' }));
    expect(numbers({ department: '区发展改革委' })).toEqual([...range(1, 5), ...range(9, 11), ...range(16, 22), ...range(27, 29), ...range(37, 40)]);
    expect(numbers({ department: '区法院', role: 'lead' })).toEqual([44, 45, 48, 49, 50, 51, 52, 53]);
    expect(numbers({ department: '区法院', role: 'responsible' })).toEqual([]);
  });

  it('matches a placeholder only where the plan names it', () => {
    expect(numbers({ department: '有关水电气要素保障单位' })).toEqual([6, 7, 8]);
    expect(numbers({ department: '区级有关单位' })).toEqual(range(1, 5));
    expect(numbers({ department: 'tax_bureau', role: 'responsible' })).toEqual([...range(1, 5), ...range(9, 11)]);
  });

  it('filters by whether a measure has rules', () => {
    const withRules = listMeasures().filter((m) => m.rules.length > 0);
    expect(listMeasures({ hasRules: true })).toEqual(withRules);
    expect(listMeasures({ hasRules: false })).toEqual(listMeasures().filter((m) => m.rules.length === 0));
  });

  it('combines criteria with AND', () => {
    expect(numbers({ chapter: 1, topic: 'credit' })).toEqual([10, 18, 22]);
    expect(numbers({ chapter: 2, department: 'finance_bureau', role: 'lead' })).toEqual([32, 33, 34]);
    expect(numbers({ section: { chapter: 1, ordinal: 4 }, topic: 'tax' })).toEqual([]);
  });

  it('returns the catalogue’s own measure objects in a frozen array', () => {
    const list = listMeasures({ topic: 'courts' });
    expect(Object.isFrozen(list)).toBe(true);
    for (const m of list) expect(m).toBe(listMeasures()[m.number - 1]);
  });

  it('throws UNKNOWN_DEPARTMENT for a department that is not in the registry', () => {
    expect(() => listMeasures({ department: '区市场局' })).toThrow(UnknownDepartmentError);
  });

  it.each<[string, unknown]>([
    ['an unknown key', { topics: 'tax' }],
    ['chapter 0', { chapter: 0 }],
    ['chapter 5', { chapter: 5 }],
    ['a chapter given as a string', { chapter: '1' }],
    ['a section that does not exist', { section: { chapter: 2, ordinal: 6 } }],
    ['a section given as a string', { section: '1.4' }],
    ['an unknown topic', { topic: 'roads' }],
    ['an unknown role', { department: '区法院', role: 'owner' }],
    ['a role without a department', { role: 'lead' }],
    ['hasRules given as a string', { hasRules: 'yes' }],
    ['a filter that is not an object', 'tax'],
    ['a null filter', null],
  ])('throws INVALID_ARGUMENT for %s', (_, filter) => {
    let caught: unknown;
    try {
      listMeasures(filter as MeasureFilter);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InvalidArgumentError);
    expect(isYingshangError(caught, 'INVALID_ARGUMENT')).toBe(true);
  });

  it('says which values are valid when a filter value is wrong', () => {
    expect(() => listMeasures({ topic: untyped('roads') })).toThrow(/Unknown topic 'roads': topics are business_registration, .*insolvency\./);
    expect(() => listMeasures({ chapter: 5 })).toThrow('Unknown chapter 5: chapters are numbered 1–4 (measures are in 1–3).');
    expect(() => listMeasures({ topics: 'tax' } as MeasureFilter)).toThrow(
      "Unknown filter key 'topics': valid keys are chapter, section, topic, department, role, hasRules.",
    );
  });

  it('treats a department object’s id the same as the department', () => {
    const court = getDepartment('district_court');
    expect(numbers({ department: court.id })).toEqual(numbers({ department: '区法院' }));
  });
});
