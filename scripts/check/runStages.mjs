// `npm test`: runs npm scripts in groups, one group after another; the scripts of a group run at the same time.
//
//   node scripts/check/runStages.mjs typecheck,lint,data:check test:coverage build test:cli,test:package
//
// Each argument is a group, its scripts separated by commas. A group starts when the one before it has passed; when
// any script of a group fails, the others of that group still finish (so that every failure is reported) and no
// later group starts. A script alone in its group writes straight to the terminal; the scripts of a larger group
// write into buffers, each printed whole when its script ends, so that their lines do not interleave. The command
// exits 1 naming every script that failed, and ends with the time each script took.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';

const groups = process.argv.slice(2).map((arg) => arg.split(',').filter(Boolean));
if (groups.length === 0 || groups.some((group) => group.length === 0)) {
  console.error('Usage: node scripts/check/runStages.mjs <script>[,<script>…] …  (npm scripts; a comma runs them at the same time)');
  process.exit(2);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);

/** Runs `npm run <script>`; resolves to its exit code (1 if it could not start or was killed). */
function run(script, buffered) {
  return new Promise((resolve) => {
    const started = performance.now();
    // A buffered child writes to a pipe: keep its colours when ours is a terminal.
    const env = buffered && process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env;
    const child = spawn(npm, ['run', script], { stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit', env, shell: process.platform === 'win32' });
    const chunks = [];
    if (buffered) {
      child.stdout.on('data', (chunk) => chunks.push(chunk));
      child.stderr.on('data', (chunk) => chunks.push(chunk));
    }
    const finish = (code, detail) => {
      const time = seconds(started);
      if (buffered) {
        process.stdout.write(`\n── ${script} ──\n`);
        process.stdout.write(Buffer.concat(chunks));
      }
      console.log(`── ${script}: ${code === 0 ? 'passed' : `FAILED (${detail})`} in ${time} s ──`);
      resolve({ script, code, time });
    };
    child.on('error', (error) => finish(1, error.message));
    child.on('close', (code, signal) => finish(code ?? 1, signal ? `killed by ${signal}` : `exit code ${code}`));
  });
}

const started = performance.now();
const results = [];
let failed = [];
for (const group of groups) {
  if (group.length > 1) console.log(`\n── running ${group.join(', ')} at the same time ──`);
  const outcomes = await Promise.all(group.map((script) => run(script, group.length > 1)));
  results.push(...outcomes);
  failed = outcomes.filter((outcome) => outcome.code !== 0).map((outcome) => outcome.script);
  if (failed.length > 0) break;
}

console.log(`\n${results.map((r) => `${r.code === 0 ? 'ok  ' : 'FAIL'} ${r.script.padEnd(16)} ${r.time.padStart(6)} s`).join('\n')}`);
const skipped = groups.flat().slice(results.length);
if (skipped.length > 0) console.log(`not run: ${skipped.join(', ')}`);
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.join(', ')} (total ${seconds(started)} s).`);
  process.exit(1);
}
console.log(`\nAll ${results.length} stages passed in ${seconds(started)} s.`);
