// `npm test`: runs npm scripts at the same time, each as soon as the scripts it needs have passed.
//
//   node scripts/check/runStages.mjs typecheck lint build test:coverage test:built@build test:package@build
//
// Each argument is a script; `script@other` starts when `other`, an earlier argument, has passed (`a@b+c`: when
// both have); the others start at once. A script whose prerequisite failed does not run; the others still finish, so that every failure is
// reported. Each script's output is buffered and printed whole when it ends, so that lines do not interleave. The
// command exits 1 naming every script that failed or did not run, and ends with the time each script took.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';

const stages = process.argv.slice(2).map((arg) => {
  const [script = '', after = ''] = arg.split('@');
  return { script, after: after.split('+').filter(Boolean) };
});
// A prerequisite must be an earlier argument, so the stages cannot wait on each other in a circle.
const unknown = stages.flatMap((stage, i) => stage.after.filter((name) => !stages.slice(0, i).some((s) => s.script === name)));
if (stages.length === 0 || stages.some((stage) => stage.script === '') || unknown.length > 0) {
  console.error(`Usage: node scripts/check/runStages.mjs <script>[@<script>[+<script>…]] …  (npm scripts${unknown.length > 0 ? `; not an earlier stage: ${unknown.join(', ')}` : ''})`);
  process.exit(2);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);

/** Runs `npm run <script>` with its output buffered; resolves to `{ script, code, time }` (code 1 if it could not start or was killed). */
function run(script) {
  return new Promise((resolve) => {
    const started = performance.now();
    // The child writes to a pipe: keep its colours when ours is a terminal.
    const env = process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env;
    const child = spawn(npm, ['run', script], { stdio: ['ignore', 'pipe', 'pipe'], env, shell: process.platform === 'win32' });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    const finish = (code, detail) => {
      const time = seconds(started);
      process.stdout.write(`\n── ${script} ──\n`);
      process.stdout.write(Buffer.concat(chunks));
      console.log(`── ${script}: ${code === 0 ? 'passed' : `FAILED (${detail})`} in ${time} s ──`);
      resolve({ script, code, time });
    };
    child.on('error', (error) => finish(1, error.message));
    child.on('close', (code, signal) => finish(code ?? 1, signal ? `killed by ${signal}` : `exit code ${code}`));
  });
}

const started = performance.now();
/** Each stage's outcome, a promise started once: `undefined` when it did not run (a prerequisite failed). */
const outcomes = new Map();
function outcomeOf(stage) {
  let outcome = outcomes.get(stage.script);
  if (!outcome) {
    const prerequisites = stage.after.map((name) => outcomeOf(stages.find((s) => s.script === name)));
    outcome = Promise.all(prerequisites).then((done) => (done.every((r) => r?.code === 0) ? run(stage.script) : undefined));
    outcomes.set(stage.script, outcome);
  }
  return outcome;
}
const results = await Promise.all(stages.map(outcomeOf));

console.log(`\n${results.map((r, i) => (r ? `${r.code === 0 ? 'ok  ' : 'FAIL'} ${r.script.padEnd(16)} ${r.time.padStart(6)} s` : `skip ${stages[i].script}`)).join('\n')}`);
const failed = results.filter((r) => r && r.code !== 0).map((r) => r.script);
const skipped = stages.filter((_, i) => !results[i]).map((stage) => stage.script);
if (failed.length > 0 || skipped.length > 0) {
  console.error(`\nFailed: ${failed.join(', ')}${skipped.length > 0 ? `; not run: ${skipped.join(', ')}` : ''} (total ${seconds(started)} s).`);
  process.exit(1);
}
console.log(`\nAll ${results.length} stages passed in ${seconds(started)} s.`);
