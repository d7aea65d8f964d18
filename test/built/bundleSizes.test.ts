import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLES, measureBundles, type BundleRow } from '../../scripts/check/bundleSizes.mjs';

const bundles = BUNDLES;
let rows: readonly BundleRow[];

beforeAll(async () => {
  rows = await measureBundles();
}, 60_000);

describe('browser bundles of the built package', () => {
  it('bundles every subpath for the browser with no Node built-in', () => {
    expect(rows).toHaveLength(bundles.length);
    for (const row of rows) expect(row.inputs.filter((input) => input.startsWith('node:')), row.name).toEqual([]);
  });

  it('keeps the working-day functions of yingshang/calendar within 9.5 kB gzipped, without zod or the code of createCalendar', () => {
    const core = rows[0];
    expect(core?.gzipped).toBeLessThanOrEqual(9.5 * 1024);
    expect(core?.inputs.filter((input) => /node_modules\/zod|calendarFromNotices|findScheduleIssues|createCalendar/.test(input))).toEqual([]);
  });

  it('puts no code of date-fns, of zod classic or of zod locales in any bundle (zod/mini only)', () => {
    for (const row of rows) {
      expect(row.inputs.filter((input) => /node_modules\/(date-fns|zod\/v4\/(classic|locales))\//.test(input)), row.name).toEqual([]);
    }
  });

  it('keeps the measures, the notice parser, the exports, the projection and sql out of evaluate and explain', () => {
    const rules = rows.find((r) => r.name === 'rules: evaluate and explain');
    expect(rules?.inputs.filter((input) => /\/(measures|calendar\/notice|calendar\/export|sql)\/|projectSchedule/.test(input))).toEqual([]);
  });

  it.each(bundles.map((b) => b.name))('keeps %s within its size limit', (name: string) => {
    const row = rows.find((r) => r.name === name);
    expect(row?.gzipped).toBeLessThanOrEqual(row?.budget ?? 0);
  });
});
