import { describe, expect, it } from 'vitest';
import * as calendarModule from '../../src/calendar/index.js';
import { calendarCoverage, defaultCalendar, getDayInfo, holidaysOf } from '../../src/calendar/index.js';
import * as measuresModule from '../../src/measures/index.js';
import { listDepartments, listMeasures, getPlan, listSafeguards, listSections } from '../../src/measures/index.js';
import * as procurementModule from '../../src/procurement/index.js';
import * as rulesModule from '../../src/rules/index.js';
import { evaluate, getRule, listRules } from '../../src/rules/index.js';
import * as utilitiesModule from '../../src/utilities/index.js';
import { unfrozenPaths } from './unfrozenPaths.js';

const BARRELS = { calendar: calendarModule, measures: measuresModule, rules: rulesModule, procurement: procurementModule, utilities: utilitiesModule };

/** Every exported value of every subpath that is data: not a function, a class or a zod schema. */
const EXPORTED_DATA = Object.entries(BARRELS).flatMap(([subpath, exports]) =>
  Object.entries(exports as Readonly<Record<string, unknown>>)
    .filter(([, value]) => typeof value === 'object' && value !== null && !('_zod' in value))
    .map(([name, value]) => [`${subpath}.${name}`, value] as const),
);

/** Every day the default calendar covers, `'YYYY-MM-DD'`. */
function everyCoveredDay(): string[] {
  const days: string[] = [];
  const { from, to } = calendarCoverage();
  for (let day = new Date(`${from}T00:00:00Z`); day.toISOString().slice(0, 10) <= to; day.setUTCDate(day.getUTCDate() + 1)) days.push(day.toISOString().slice(0, 10));
  return days;
}

describe('deeply frozen data', () => {
  it('freezes the catalogue, the rules and the default calendar all the way down', () => {
    for (const [name, value] of Object.entries({ measures: listMeasures(), sections: listSections(), departments: listDepartments(), plan: getPlan(), safeguards: listSafeguards(), rules: listRules(), defaultCalendar })) {
      expect(unfrozenPaths(value, name)).toEqual([]);
    }
  });

  it('freezes every piece of data any subpath exports (constants, tables, the default calendar)', () => {
    expect(EXPORTED_DATA.map(([name]) => name)).toEqual(expect.arrayContaining(['calendar.HOLIDAY_KEYS', 'calendar.HOLIDAY_NAMES', 'procurement.PROCUREMENT_DEADLINES', 'utilities.CONNECTION_RULES', 'utilities.CONNECTION_PAIRS']));
    expect(EXPORTED_DATA.flatMap(([name, value]) => unfrozenPaths(value, name))).toEqual([]);
  });

  it('freezes what the default calendar answers: every day, every year’s holiday blocks, its coverage', () => {
    const { from, to } = calendarCoverage();
    const answers: unknown[] = [calendarCoverage(), ...everyCoveredDay().map((d) => getDayInfo(d))];
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) answers.push(holidaysOf(year));
    answers.push(defaultCalendar.addWorkingDaysDetailed('2021-09-29', 5), defaultCalendar.countWorkingDaysDetailed('2021-09-29', '2021-10-12'), defaultCalendar.provisionalYearsBetween('2021-01-01', '2021-12-31'));
    expect(answers.length).toBeGreaterThan(8000);
    expect(unfrozenPaths(answers).filter((path) => path !== '$')).toEqual([]);
  });

  it('freezes the parts a result shares with others (its limit, its holiday steps, its warnings)', () => {
    const result = evaluate('m15-payment', { start: '2021-09-29', end: '2021-10-12' });
    expect(Object.isFrozen(result.trace)).toBe(true);
    expect(unfrozenPaths(result.limit)).toEqual([]);
    expect(result.trace.filter((s) => s.type === 'holiday' || s.type === 'makeup_workday').flatMap((s, i) => unfrozenPaths(s, `trace.${i}`))).toEqual([]);
    const projected = evaluate('m15-payment', { start: '2026-12-28', asOf: '2026-12-30' }, { calendar: calendarModule.createCalendar({ unpublishedYears: 'provisional' }) });
    expect(unfrozenPaths(projected.warnings)).toEqual([]);
  });

  it('rejects a change to an exported table, so no caller can change the rules for another', () => {
    const deadlines = procurementModule.PROCUREMENT_DEADLINES as unknown as { start: string }[];
    expect(() => {
      (deadlines[0] as { start: string }).start = 'asOf';
    }).toThrow(TypeError);
    expect(() => {
      (utilitiesModule.CONNECTION_RULES.water as { general: string }).general = 'm15-payment';
    }).toThrow(TypeError);
    expect(() => {
      (calendarModule.HOLIDAY_NAMES.new_year as { zh: string }).zh = '新年';
    }).toThrow(TypeError);
    expect(getDayInfo('2021-01-01').holiday?.name.zh).toBe('元旦');
    expect(utilitiesModule.connectionRuleIdOf({ utility: 'water', category: 'general' })).toBe('m06-water-connection');
    expect(getRule('m15-payment').limit).toEqual({ amount: 5, unit: 'working_days' });
  });
});
