// npm run bench: per-case deadline evaluations per second for m06-water-connection (without and with traces), and
// evaluateMany over 1,000,000 generated facts (throughput and memory), on the built package.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { createResultSummary, evaluate, evaluateMany } from '../dist/rules/index.js';
import { formatOps, opsPerSecond } from './harness.mjs';

const RULE = 'm06-water-connection';
const MS_PER_DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/** Facts number `i` of a fixed pseudo-random sequence in 2005–2024: two in three done (in time or late), one in three open. */
function factsAt(i) {
  const r = (Math.imul(i + 1, 2654435761) >>> 0) % (20 * 365);
  const start = Date.UTC(2005, 0, 3) + r * MS_PER_DAY;
  const days = r % 19;
  return i % 3 === 0 ? { start: iso(start), asOf: iso(start + days * MS_PER_DAY) } : { start: iso(start), end: iso(start + days * MS_PER_DAY) };
}

const facts = Array.from({ length: 4096 }, (_, i) => factsAt(i));
const mask = facts.length - 1;
const NO_TRACE = { trace: false };
const rows = [
  { name: `evaluate('${RULE}', facts, { trace: false })`, ops: opsPerSecond((i) => evaluate(RULE, facts[i & mask], NO_TRACE).due, { iterations: 1_000_000 }), target: 1_000_000 },
  { name: `evaluate('${RULE}', facts) with trace`, ops: opsPerSecond((i) => evaluate(RULE, facts[i & mask]).due, { iterations: 300_000 }), target: 300_000 },
];

/** `count` facts, each a fresh object (as a parser would give), cycling through the 4,096 above: the dates are precomputed so that the generator costs little. */
function* generated(count) {
  for (let i = 0; i < count; i++) yield { ...facts[i & mask] };
}

async function* generatedAsync(count) {
  yield* generated(count);
}

/** evaluateMany over `count` generated facts, every item fed to a summary: items/s, the summary and peak RSS. */
async function batch(count, mode) {
  const summary = createResultSummary();
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  const start = performance.now();
  if (mode === 'for…of') {
    for (const item of evaluateMany(RULE, generated(count), NO_TRACE)) summary.add(item);
  } else {
    for await (const item of evaluateMany(RULE, mode === 'async input' ? generatedAsync(count) : generated(count), NO_TRACE)) {
      summary.add(item);
      if (item.index % 65_536 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
  }
  const seconds = (performance.now() - start) / 1000;
  return { ops: count / seconds, summary: summary.result(), rssBefore, peakRss };
}

console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown cpu'} × ${os.cpus().length}`);
console.log('| operation | ops/s | target |');
console.log('| --- | ---: | ---: |');
let failed = false;
for (const row of rows) {
  const ok = row.ops >= row.target;
  failed ||= !ok;
  console.log(`| ${row.name} | ${formatOps(row.ops)} | ≥ ${formatOps(row.target)}${ok ? '' : ' ✗'} |`);
}

const COUNT = 1_000_000;
const MODES = { 'for…of': 'for…of over a generator', 'for await': 'for await over a generator', 'async input': 'for await over an async generator' };
await batch(100_000, 'for…of'); // warm-up
const batches = {};
for (const [mode, label] of Object.entries(MODES)) {
  batches[mode] = await batch(COUNT, mode);
  console.log(`| evaluateMany, ${COUNT.toLocaleString('en')} facts, trace: false, ${label}, summarised | ${formatOps(batches[mode].ops)} | — |`);
}
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const streamed = batches['async input'];
console.log(
  `\nevaluateMany memory (async input): RSS ${mb(streamed.rssBefore)} before, peak ${mb(streamed.peakRss)} during ${COUNT.toLocaleString('en')} items; ` +
    `summary: ${JSON.stringify(streamed.summary.statuses)}, mean ${streamed.summary.elapsed.working_days.mean.toFixed(2)} working days`,
);
if (JSON.stringify(batches['for…of'].summary) !== JSON.stringify(streamed.summary)) throw new Error('the sync and async batches disagree');
if (failed) console.log('\nsome targets were not met on this machine');
