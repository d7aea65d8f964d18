// npm run bench:compare -- <git-ref> [--rounds N] [--only TEXT] [--wall] [--no-build] [--rebuild]
//
// The hot paths of the build of <git-ref> against those of the working tree's build, interleaved in one process:
// each round runs every operation on both builds, one after the other (the order alternating between rounds), so
// that the machine's load falls on both alike. Each build reads its own copy of the inputs (the same texts in other
// strings), so that nothing one build does to an input changes what the other reads. Prints the median ops/s of each side and the median of the rounds'
// ratios (working tree ÷ ref; above 1 is faster). A benchmark, not a test: it never fails on a figure.
//
// Time is the process's CPU time (user + system, `process.cpuUsage()`), so that the time the process spends waiting
// for a core while other jobs run does not count; --wall measures wall-clock time instead.
//
// The ref is built once in a temporary git worktree (`git worktree add --detach`, this checkout's node_modules
// linked in, `npm run build`); its dist/ is kept in the OS temp directory under the commit's hash and reused by
// later runs (--rebuild builds it again). The working tree is built first unless --no-build is given. --only TEXT
// times only the operations whose name contains TEXT.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: 'string', default: '15' },
    only: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: false },
    wall: { type: 'boolean', default: false },
  },
});
if (positionals.length !== 1) {
  console.error('usage: npm run bench:compare -- <git-ref> [--rounds N] [--only TEXT] [--wall] [--no-build] [--rebuild]');
  process.exit(2);
}
const ROUNDS = Number(flags.rounds);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error(`--rounds must be a positive integer, not ${flags.rounds}`);

const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const npmBuild = (cwd) => execFileSync('npm', ['run', '--silent', 'build'], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });

/** The dist/ of `ref`'s build, built in a temporary worktree the first time and kept under the commit's hash. */
function distOfRef(ref) {
  const commit = git('rev-parse', '--verify', `${ref}^{commit}`);
  const home = path.join(os.tmpdir(), 'yingshang-bench-compare', commit);
  const cached = path.join(home, 'dist');
  // An older build may import packages that it did not bundle: they resolve through a node_modules link beside it.
  const linkedModules = () => existsSync(path.join(home, 'node_modules')) || symlinkSync(path.join(ROOT, 'node_modules'), path.join(home, 'node_modules'), 'dir');
  if (existsSync(cached) && !flags.rebuild) {
    linkedModules();
    return { commit, dist: cached };
  }
  const worktree = mkdtempSync(path.join(os.tmpdir(), 'yingshang-bench-ref-'));
  git('worktree', 'add', '--detach', worktree, commit);
  try {
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(worktree, 'node_modules'), 'dir');
    console.error(`building ${ref} (${commit.slice(0, 7)}) in ${worktree} …`);
    npmBuild(worktree);
    rmSync(cached, { recursive: true, force: true });
    cpSync(path.join(worktree, 'dist'), cached, { recursive: true });
    linkedModules();
  } finally {
    git('worktree', 'remove', '--force', worktree);
  }
  return { commit, dist: cached };
}

/** The calendar and rules entry points of a build. */
async function load(dist) {
  const url = (entry) => pathToFileURL(path.join(dist, entry, 'index.js')).href;
  return { calendar: await import(url('calendar')), rules: await import(url('rules')) };
}

// Inputs shared by both sides: 4,096 pseudo-random days of 2005–2024 (a fixed sequence, so every run uses the same).
const MS_PER_DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const days = Array.from({ length: 4096 }, (_, i) => iso(Date.UTC(2005, 0, 1) + ((Math.imul(i + 1, 2654435761) >>> 0) % (20 * 365)) * MS_PER_DAY));
const yearLater = days.map((d) => iso(Date.parse(d) + 365 * MS_PER_DAY));
/** m06-water-connection facts: two in three done (in time or late), one in three open with an `asOf`. */
const facts = days.map((start, i) => {
  const end = iso(Date.parse(start) + (i % 19) * MS_PER_DAY);
  return i % 3 === 0 ? { start, asOf: end } : { start, end };
});
const inputs = { days, yearLater, facts, mask: days.length - 1, NO_TRACE: { trace: false }, RULE: 'm06-water-connection' };

/**
 * A copy of the inputs for one side: the same texts in new strings and objects, so that nothing one build does to an
 * input (V8 may change a string's representation in place, when it is used as a property key for instance) changes
 * what the other build reads.
 */
const fresh = (text) => [...text].join('');
const inputsOfOneSide = () => ({
  ...inputs,
  days: days.map(fresh),
  yearLater: yearLater.map(fresh),
  facts: facts.map((f) => Object.fromEntries(Object.entries(f).map(([key, value]) => [key, fresh(value)]))),
  NO_TRACE: { trace: false },
  RULE: fresh(inputs.RULE),
});

/**
 * The hot paths: `body` is the expression evaluated for call number `i` (with `cal`, `rules` and the inputs in
 * scope). Each side gets its own compiled copy of the loop (`new Function`), so that neither side's calls make the
 * other's call sites polymorphic.
 */
const OPERATIONS = [
  { name: 'isWorkingDay(d)', iterations: 1_000_000, body: 'cal.isWorkingDay(days[i & mask])' },
  { name: 'addWorkingDays(d, 9)', iterations: 1_000_000, body: 'cal.addWorkingDays(days[i & mask], 9)' },
  { name: 'countWorkingDays(d, d + 365)', iterations: 1_000_000, body: 'cal.countWorkingDays(days[i & mask], yearLater[i & mask])' },
  { name: 'addCalendarDays(d, 30)', iterations: 1_000_000, body: 'cal.addCalendarDays(days[i & mask], 30)' },
  { name: "evaluate('m06-water-connection', facts, { trace: false })", iterations: 300_000, body: 'rules.evaluate(RULE, facts[i & mask], NO_TRACE).due' },
  { name: "evaluate('m06-water-connection', facts) traced", iterations: 100_000, body: 'rules.evaluate(RULE, facts[i & mask]).due' },
  { name: 'evaluateMany over 4,096 facts, trace: false (items)', iterations: 50, perCall: facts.length, body: 'countItems(rules.evaluateMany(RULE, facts, NO_TRACE))' },
];

function countItems(batch) {
  let n = 0;
  for (const item of batch) n += item.ok ? 1 : 0;
  return n;
}

/** Calls per batch: the timed loop calls a compiled batch function, never runs the calls itself. */
const BATCH = 1_000;

/**
 * A timed run of `op` over one build: returns a function that runs it once and gives operations per second.
 *
 * The calls are made by a batch function (`BATCH` calls each) that the timed loop calls again and again, so that V8
 * compiles the batch as an ordinary function, with the feedback of whole batches. A single loop of a million calls is
 * compiled by on-stack replacement in the middle of its first run instead, and what V8 inlines then depends on the
 * moment: the same build measured against itself gave ratios from 0.70× to 1.41× from one process to the next, where
 * batches give 0.94–1.01× (see docs/performance.md).
 */
function compile(op, lib, inputs) {
  const batch = new Function(
    'cal', 'rules', 'inputs', 'countItems',
    `const { days, yearLater, facts, mask, NO_TRACE, RULE } = inputs;
     return function batch(from, to) {
       let sink = 0;
       for (let i = from; i < to; i++) {
         const r = ${op.body};
         sink += typeof r === 'number' ? r : typeof r === 'string' ? r.length : r ? 1 : 0;
       }
       return sink;
     };`,
  )(lib.calendar, lib.rules, inputs, countItems);
  // evaluateMany is a batch itself (4,096 facts a call): it is called one at a time.
  const size = op.perCall ? 1 : BATCH;
  return () => {
    let sink = 0;
    const start = now();
    for (let i = 0; i < op.iterations; i += size) sink += batch(i, i + size);
    const seconds = (now() - start) / 1000;
    if (sink === -1) console.log(sink); // keeps the results alive
    return (op.iterations * (op.perCall ?? 1)) / seconds;
  };
}

/** Milliseconds: of CPU time by default, of wall-clock time with --wall. */
const now = flags.wall
  ? () => performance.now()
  : () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const formatOps = (ops) => (ops >= 1e6 ? `${(ops / 1e6).toFixed(2)} M` : ops >= 1e3 ? `${(ops / 1e3).toFixed(1)} k` : ops.toFixed(0));

const ref = positionals[0];
const base = distOfRef(ref);
if (!flags['no-build']) {
  console.error('building the working tree …');
  npmBuild(ROOT);
}
const sides = [
  { label: base.commit.startsWith(ref) ? ref : `${ref} (${base.commit.slice(0, 7)})`, lib: await load(base.dist) },
  { label: 'working tree', lib: await load(path.join(ROOT, 'dist')) },
];

// Both builds must give the same answers before their speed means anything (each on its own copy of the inputs).
const sideInputs = sides.map(inputsOfOneSide);
for (let i = 0; i < 512; i++) {
  const [a, b] = sides.map(({ lib }, side) => {
    const { days, yearLater, facts, RULE, NO_TRACE } = sideInputs[side];
    return JSON.stringify([
      lib.calendar.isWorkingDay(days[i]),
      lib.calendar.addWorkingDays(days[i], 9),
      lib.calendar.countWorkingDays(days[i], yearLater[i]),
      lib.calendar.addCalendarDays(days[i], 30),
      lib.rules.evaluate(RULE, facts[i], NO_TRACE).status,
      lib.rules.evaluate(RULE, facts[i]).due,
    ]);
  });
  if (a !== b) throw new Error(`the builds disagree on ${days[i]}: ${a} vs ${b}`);
}

const runs = OPERATIONS.filter((op) => op.name.includes(flags.only ?? '')).map((op) => ({ op, timed: sides.map(({ lib }, side) => compile(op, lib, sideInputs[side])), samples: sides.map(() => []) }));
for (const run of runs) run.timed.forEach((timed) => timed()); // warm-up round
for (let round = 0; round < ROUNDS; round++) {
  for (const run of runs) {
    const order = round % 2 ? [1, 0] : [0, 1];
    for (const side of order) run.samples[side].push(run.timed[side]());
  }
  process.stderr.write(`round ${round + 1}/${ROUNDS}\r`);
}

const load1 = os.loadavg()[0].toFixed(2);
console.log(
  `node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown cpu'} × ${os.cpus().length}, ${ROUNDS} interleaved rounds, ` +
    `${flags.wall ? 'wall-clock' : 'CPU'} time, load average ${load1} at the end`,
);
console.log(`| operation | ${sides[0].label} ops/s | ${sides[1].label} ops/s | ratio (working tree ÷ ${ref}) |`);
console.log('| --- | ---: | ---: | ---: |');
for (const { op, samples } of runs) {
  const [before, after] = samples.map(median);
  // The ratio is the median of the rounds' ratios: both sides of a round ran under the same load.
  const ratio = median(samples[1].map((ops, round) => ops / samples[0][round]));
  console.log(`| ${op.name} | ${formatOps(before)} | ${formatOps(after)} | ${ratio.toFixed(2)}× |`);
}
