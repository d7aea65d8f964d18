// Bundles what apps import from the built package, for the browser (esbuild, platform 'browser', minified, with
// dependencies), and measures the gzipped size. Used by test/built/bundleSizes.test.ts and, run directly, prints
// the figures recorded in docs/performance.md.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');

const kB = 1024;

/**
 * What apps import, each bundled on its own, with its gzipped size limit in bytes. The working-day functions kept
 * the budget of issues 7 and 13 (8 kB; chinese-days is 8.2 kB) until the session of 2026-12-07 added what they now
 * carry: dates as people write them (issue 21), only the days an answer needs, the next-notice days (issue 19) and
 * each day's notice history (issue 19.6): 8.7 kB, so the limit is 9 kB; the other bundles grew by the bilingual error
 * messages and labels (issue 20). The second session of 2026-12-07 raised them again: SQL for every rule kind
 * (issue 25.3), results checked whole by their schemas and the safe twins (issue 23), the Chinese wording of argument
 * errors (`details.zh`, issue 20), which also takes the working-day functions to 9.1 kB (limit 9.5 kB): see
 * docs/performance.md. The session of 2026-12-08 raised three once more: the SQL of the adversarial check's fixes (each
 * dialect's widest decimals, text dates in the MySQL family, today in China, the averages' and periods' days before the
 * table) and the calendar's one date reader and string tables: `yingshang/sql` 53.7 kB (limit 54.5), everything
 * 99.8 kB (limit 100.5), `evaluate` + `explain` 44.0 kB (limit 44.5). Issue 13 asked for 30 kB for `evaluate` + `explain`
 * and 45 kB for everything; they cannot be met while keeping what the library promises (zod validation of facts,
 * custom rules and results, the 26 bilingual rule definitions, the 53 measures' verbatim texts), so those limits,
 * like the others, are regression ceilings a little above the measured sizes: docs/performance.md has the
 * breakdown (`node scripts/bundleSizes.mjs --breakdown`).
 */
export const BUNDLES = [
  {
    name: 'calendar: the working-day functions',
    code: "import { isWorkingDay, getDayInfo, addWorkingDays, countWorkingDays, nextWorkingDay, previousWorkingDay, addCalendarDays, holidaysOf, calendarCoverage } from 'yingshang/calendar'; globalThis.x = [isWorkingDay, getDayInfo, addWorkingDays, countWorkingDays, nextWorkingDay, previousWorkingDay, addCalendarDays, holidaysOf, calendarCoverage];",
    budget: 9.5 * kB,
  },
  { name: 'yingshang/calendar (every export)', code: "import * as m from 'yingshang/calendar'; globalThis.x = m;", budget: 31.5 * kB },
  { name: 'yingshang/measures (every export)', code: "import * as m from 'yingshang/measures'; globalThis.x = m;", budget: 28.5 * kB },
  { name: 'rules: evaluate and explain', code: "import { evaluate, explain } from 'yingshang/rules'; globalThis.x = [evaluate, explain];", budget: 44.5 * kB },
  { name: 'yingshang/rules (every export)', code: "import * as m from 'yingshang/rules'; globalThis.x = m;", budget: 53 * kB },
  { name: 'yingshang/procurement (every export)', code: "import * as m from 'yingshang/procurement'; globalThis.x = m;", budget: 53 * kB },
  { name: 'yingshang/utilities (every export)', code: "import * as m from 'yingshang/utilities'; globalThis.x = m;", budget: 53 * kB },
  { name: 'yingshang/sql (every export)', code: "import * as m from 'yingshang/sql'; globalThis.x = m;", budget: 54.5 * kB },
  { name: 'yingshang (everything)', code: "import * as m from 'yingshang'; globalThis.x = m;", budget: 100.5 * kB },
];

/**
 * Bundles every entry of {@link BUNDLES} and returns `{ name, minified, gzipped, budget, inputs, modules }` for each
 * (`inputs`: the modules with code in the bundle; `modules`: the same with their minified bytes in the output).
 */
export async function measureBundles() {
  const dir = mkdtempSync(join(ROOT, 'node_modules', '.bundle-sizes-'));
  try {
    const rows = [];
    for (const bundle of BUNDLES) {
      const entry = join(dir, 'entry.mjs');
      writeFileSync(entry, bundle.code);
      // Resolved through the package's own "exports" (self-reference), as an app's bundler would.
      const result = await build({ entryPoints: [entry], absWorkingDir: ROOT, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, metafile: true, logLevel: 'silent' });
      const code = result.outputFiles[0].contents;
      // The modules that put code in the bundle (a module tree-shaken to nothing is not listed), with their minified bytes.
      const modules = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([path, input]) => ({ path, bytes: input.bytesInOutput }));
      const inputs = modules.map((m) => m.path);
      rows.push({ name: bundle.name, minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, budget: bundle.budget, inputs, modules });
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The folder of a bundled module, `dist/modules/` dropped, or its package (`zod/v4/core`) for a dependency. */
function folderOf(path) {
  const dependency = /^node_modules\/((?:@[^/]+\/)?[^/]+(?:\/v4\/[^/]+)?)\//.exec(path);
  if (dependency) return dependency[1];
  return path.replace(/^dist\/modules\//, '').replace(/\/?[^/]*$/, '') || '.';
}

if (process.argv[1] === import.meta.filename) {
  // `--breakdown`: after the table, each bundle's minified bytes by folder (or dependency), largest first.
  const breakdown = process.argv.includes('--breakdown');
  const size = (n) => `${(n / kB).toFixed(1)} kB`;
  const rows = await measureBundles();
  console.log('| what an app imports | minified | gzipped | budget |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const row of rows) console.log(`| ${row.name} | ${size(row.minified)} | ${size(row.gzipped)} | ${size(row.budget)} |`);
  for (const row of breakdown ? rows : []) {
    const folders = new Map();
    for (const { path, bytes } of row.modules) folders.set(folderOf(path), (folders.get(folderOf(path)) ?? 0) + bytes);
    const largest = [...folders].sort((a, b) => b[1] - a[1]).filter(([, bytes]) => bytes >= 100);
    console.log(`\n${row.name}: ${largest.map(([folder, bytes]) => `${folder} ${size(bytes)}`).join(', ')}`);
  }
}
