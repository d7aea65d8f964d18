import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';

/** Every key path of `value` (objects and arrays, each object once), with the object that holds it. */
function keyPaths(value: unknown, path = '$', seen = new Set<object>()): { path: string; key: string; holder: object }[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, child]) => [{ path: `${path}.${key}`, key, holder: value }, ...keyPaths(child, `${path}.${key}`, seen)]);
}

/** The data a user reads from the catalogues, the calendar and a result, in one tree. */
const DATA = {
  rules: root.listRules(),
  measures: root.listMeasures(),
  departments: root.listDepartments(),
  sections: root.listSections(),
  safeguards: root.listSafeguards(),
  plan: root.getPlan(),
  holidays: root.holidaysOf(2021),
  holidayNames: root.HOLIDAY_NAMES,
  labels: root.LABELS,
  day: root.getDayInfo('2021-10-01'),
  records: root.toHolidayRecords({ from: '2021-10-01', to: '2021-10-09' }),
  result: root.evaluate('m15-payment', { start: '2021-09-29', end: '2021-10-12' }),
};

describe('one vocabulary (issue 23.3)', () => {
  it('writes every text in two languages as { zh, en }, never as fields with a Zh or En suffix', () => {
    const paths = keyPaths(DATA);
    expect(paths.filter(({ key }) => /[a-z](Zh|En)$/.test(key)).map(({ path }) => path)).toEqual([]);
    const bilingual = paths.filter(({ key }) => key === 'zh' || key === 'en').map(({ holder }) => holder);
    // At least the 53 measure titles, the 29 department names and a name and a description per rule.
    expect(bilingual.length).toBeGreaterThanOrEqual(53 + 29 + 2 * root.listRules().length);
    for (const text of bilingual) expect(Object.keys(text).sort()).toEqual(['en', 'zh']);
  });

  it('has get/list functions for the catalogues and no exported catalogue arrays or generic names', () => {
    for (const name of ['getRule', 'listRules', 'getMeasure', 'listMeasures', 'getDepartment', 'listDepartments', 'listSections', 'listSafeguards', 'getPlan']) {
      expect(typeof (root as Record<string, unknown>)[name], name).toBe('function');
    }
    for (const name of ['rules', 'measures', 'departments', 'sections', 'safeguards', 'plan', 'safe', 'TextSchema', 'ConditionSchema', 'NoticeSchema', 'PauseSchema', 'HOLIDAY_LABELS']) {
      expect(Object.hasOwn(root, name), name).toBe(false);
    }
  });

  it("gives every safe twin zod's shape: { success: true, data } or { success: false, error }", () => {
    const safeNames = Object.keys(root).filter((name) => /^safe[A-Z]/.test(name));
    expect(safeNames.sort()).toEqual(
      ['safeCheckConnection', 'safeCheckProcurement', 'safeCheckZeroInvestment', 'safeCreateCalendar', 'safeDefineRule', 'safeEvaluate', 'safeParseAmount', 'safeParseBoolean', 'safeParseDate', 'safeParseNotice'].sort(),
    );
    expect(root.safeEvaluate('m15-payment', { start: '2021-09-29', end: '2021-10-12' })).toEqual({ success: true, data: root.evaluate('m15-payment', { start: '2021-09-29', end: '2021-10-12' }) });
    expect(root.safeParseDate('2021-02-30')).toMatchObject({ success: false, error: { code: 'INVALID_DATE' } });
  });
});
