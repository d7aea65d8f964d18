// Cold start, measured side by side in one run (issue 11): the wall time of a CLI call against `node -e 0`, and the
// import time of yingshang/rules against an empty module. Each round runs every contender once, in turn, in a fresh
// Node process, so that the machine's load falls on all of them alike; the figures are medians over the rounds.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROUNDS = Number(process.env.ROUNDS ?? 21);
const dir = mkdtempSync(join(tmpdir(), 'yingshang-cold-'));
const empty = join(dir, 'empty.mjs');
writeFileSync(empty, 'export {};\n');

/** Wall milliseconds of one process. */
function wall(args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Milliseconds of `import(url)` alone, in a fresh process. */
function importTime(url) {
  const code = `const t = performance.now(); await import(${JSON.stringify(url)}); console.log(performance.now() - t);`;
  return Number(spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' }).stdout);
}

const contenders = {
  'node -e 0': () => wall(['-e', '0']),
  'yingshang workdays add 2021-09-30 5': () => wall(['dist/cli.js', 'workdays', 'add', '2021-09-30', '5']),
  'import of an empty module': () => importTime(pathToFileURL(empty).href),
  "import('yingshang/rules')": () => importTime(pathToFileURL('dist/rules/index.js').href),
};
const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
try {
  for (let round = 0; round <= ROUNDS; round++) {
    for (const [name, run] of Object.entries(contenders)) {
      const ms = run();
      // Round 0 warms the file system cache.
      if (round > 0) samples[name].push(ms);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const m = Object.fromEntries(Object.entries(samples).map(([name, xs]) => [name, median(xs)]));
for (const [name, value] of Object.entries(m)) console.log(`${name.padEnd(38)} median ${value.toFixed(1)} ms over ${ROUNDS} rounds`);
const ratio = m['yingshang workdays add 2021-09-30 5'] / m['node -e 0'];
const extra = m["import('yingshang/rules')"] - m['import of an empty module'];
console.log(`CLI call ÷ node -e 0: ${ratio.toFixed(2)} (target ≤ 2)${ratio <= 2 ? '' : ' ✗'}`);
console.log(`import('yingshang/rules') − empty module: ${extra.toFixed(1)} ms (target ≤ 60 ms)${extra <= 60 ? '' : ' ✗'}`);
