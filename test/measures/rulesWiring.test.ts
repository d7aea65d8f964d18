import { describe, expect, it } from 'vitest';
import { getMeasure, listMeasures } from '../../src/measures/index.js';
import { RULE_IDS_BY_MEASURE } from '../../src/measures/ruleIdsByMeasure.generated.js';
import { getRule, listRules } from '../../src/rules/index.js';

// The source of truth is each built-in rule's `measure` field; the measures read a table generated from it.
const measuresWithRules: number[] = [...new Set(listRules().map((rule) => rule.measure))].sort((a, b) => a - b);

describe('each measure lists the built-in rules drawn from it', () => {
  it('lists every rule under the measure its `measure` field names, in the catalogue’s order', () => {
    for (const m of listMeasures()) expect(m.rules, m.id).toEqual(listRules().filter((rule) => rule.measure === m.number).map((rule) => rule.id));
  });

  it('names only rules that exist and point back to the measure', () => {
    for (const m of listMeasures()) for (const id of m.rules) expect(getRule(id).measure).toBe(m.number);
  });

  it('has table rows only for measures that exist and carry rules', () => {
    expect(Object.keys(RULE_IDS_BY_MEASURE).map(Number)).toEqual(measuresWithRules);
    const numbers = listMeasures().map((m) => m.number);
    for (const number of measuresWithRules) expect(numbers).toContain(number);
  });

  it('gives the other measures an empty frozen list', () => {
    const without = listMeasures().filter((m) => !measuresWithRules.includes(m.number));
    expect(without.length).toBeGreaterThan(0);
    for (const m of without) {
      expect(m.rules).toEqual([]);
      expect(Object.isFrozen(m.rules)).toBe(true);
    }
  });

  it('lists the measures with rules and those without', () => {
    expect(listMeasures({ hasRules: true }).map((m) => m.number)).toEqual(measuresWithRules);
    expect(listMeasures({ hasRules: false })).toHaveLength(listMeasures().length - measuresWithRules.length);
    const procurement = listRules().filter((rule) => getMeasure(rule.measure).topics.includes('procurement')).map((rule) => rule.measure);
    expect(listMeasures({ hasRules: true, topic: 'procurement' }).map((m) => m.number)).toEqual([...new Set(procurement)].sort((a, b) => a - b));
  });
});
