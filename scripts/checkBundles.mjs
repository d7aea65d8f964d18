// Bundles each subpath of the built package for the browser (esbuild, platform 'browser', minified) with its
// dependencies, fails on any Node built-in, and checks the gzipped sizes against the budgets.
// `--json` prints the figures for docs/performance.md.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUDGETS = [
  { subpath: 'yingshang/calendar', entry: 'dist/calendar/index.js', budget: 8 * 1024 },
  { subpath: 'yingshang/measures', entry: 'dist/measures/index.js', budget: null },
  { subpath: 'yingshang/rules', entry: 'dist/rules/index.js', budget: 30 * 1024 },
  { subpath: 'yingshang (everything)', entry: 'dist/index.js', budget: 45 * 1024 },
];

let failed = false;
const rows = [];
for (const { subpath, entry, budget } of BUDGETS) {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, metafile: true, logLevel: 'silent' });
  const nodeBuiltins = Object.keys(result.metafile.inputs).filter((input) => input.startsWith('node:') || !input.includes('/'));
  const code = result.outputFiles[0].contents;
  const gzipped = gzipSync(code, { level: 9 }).length;
  const ok = nodeBuiltins.length === 0 && (budget === null || gzipped <= budget);
  failed ||= !ok;
  rows.push({ subpath, minified: code.length, gzipped, budget });
  const budgetText = budget === null ? 'no budget' : `budget ${(budget / 1024).toFixed(0)} kB`;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${subpath}: ${(code.length / 1024).toFixed(1)} kB minified, ${(gzipped / 1024).toFixed(2)} kB gzipped (${budgetText})${nodeBuiltins.length ? `; Node built-ins: ${nodeBuiltins.join(', ')}` : ''}`);
}
if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
if (failed) process.exit(1);
