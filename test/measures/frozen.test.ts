import { describe, expect, it } from 'vitest';
import {
  DEPARTMENT_KINDS,
  getDepartment,
  getMeasure,
  getPlan,
  listDepartments,
  listMeasures,
  listSafeguards,
  listSections,
  TOPICS,
} from '../../src/measures/index.js';

/** Paths of every object or array reachable from `value` that is not frozen. */
function unfrozen(value: unknown, path = '$', seen = new Set<object>()): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const own = Object.isFrozen(value) ? [] : [path];
  return [...own, ...Object.entries(value).flatMap(([k, v]) => unfrozen(v, `${path}.${k}`, seen))];
}

describe('frozen data', () => {
  it.each<[string, unknown]>([
    ['plan', getPlan()],
    ['sections', listSections()],
    ['measures', listMeasures()],
    ['safeguards', listSafeguards()],
    ['departments', listDepartments()],
    ['TOPICS', TOPICS],
    ['DEPARTMENT_KINDS', DEPARTMENT_KINDS],
    ['a filtered list', listMeasures({ topic: 'tax' })],
  ])('freezes %s all the way down', (_, value) => {
    expect(unfrozen(value)).toEqual([]);
  });

  it('rejects changes to a measure, its units and its lists', () => {
    const m = getMeasure(13) as unknown as Record<string, unknown> & { topics: string[]; leadUnits: { name: { zh: string } }[] };
    expect(() => {
      m['title'] = 'x';
    }).toThrow(TypeError);
    expect(() => m.topics.push('tax')).toThrow(TypeError);
    expect(() => {
      (m.leadUnits[0] as { name: { zh: string } }).name.zh = 'x';
    }).toThrow(TypeError);
    expect(getMeasure(13).title.zh).toBe('优化采购流程');
  });

  it('rejects changes to the registry, so no consumer can alter it for another', () => {
    expect(() => (listDepartments() as unknown as unknown[]).pop()).toThrow(TypeError);
    expect(() => {
      (getDepartment('区法院').aliases as string[]).push('法院');
    }).toThrow(TypeError);
    expect(() => {
      (getPlan().chapters as unknown as { title: { zh: string } }[]).forEach((c) => (c.title.zh = 'x'));
    }).toThrow(TypeError);
    expect(() => getDepartment('法院')).toThrow();
  });

  it('declares the data readonly in its types, so TypeScript rejects changes before they run', () => {
    const m = getMeasure(1);
    expect(() => {
      // @ts-expect-error: a measure's properties are readonly
      m.title = { zh: 'x', en: 'x' };
    }).toThrow(TypeError);
    expect(() => {
      // @ts-expect-error: a measure's lists are readonly
      m.topics.push('tax'); // eslint-disable-line @typescript-eslint/no-unsafe-call -- the call TypeScript refuses, run anyway
    }).toThrow(TypeError);
    expect(() => {
      // @ts-expect-error: a department's properties are readonly
      getDepartment('区法院').name = { zh: 'x', en: 'x' };
    }).toThrow(TypeError);
  });
});
