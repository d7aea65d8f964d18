// 1,000,000 JSONL records through `yingshang check`: wall time and peak RSS of the CLI process.
// The input is generated to a temporary file first (the generator's time is not counted).
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RECORDS = Number(process.env.RECORDS ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'yingshang-bench-'));
const input = join(dir, 'connections.jsonl');
const MS_PER_DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

const out = createWriteStream(input);
let seed = 7;
for (let i = 0; i < RECORDS; i++) {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  const start = Date.UTC(2005, 0, 3) + (seed % (20 * 365)) * MS_PER_DAY;
  const line = i % 3 === 0 ? { start: iso(start), asOf: iso(start + 20 * MS_PER_DAY) } : { start: iso(start), end: iso(start + (seed % 19) * MS_PER_DAY) };
  if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
}
out.end();
await once(out, 'finish');

try {
  // GNU time prints the peak resident set size (%M, KiB) and the wall time (%e, s) of the CLI process.
  const run = spawnSync('/usr/bin/time', ['-f', '%M %e', process.execPath, 'dist/cli.js', 'check', 'm06-water-connection', '--input', input, '--format', 'jsonl'], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 26,
  });
  const [peakKiB, seconds] = run.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  const ok = seconds < 10 && peakKiB < 200 * 1024;
  console.log(
    `yingshang check m06-water-connection: ${RECORDS.toLocaleString('en')} JSONL records in ${seconds.toFixed(2)} s ` +
      `(${Math.round(RECORDS / seconds).toLocaleString('en')} records/s), peak RSS ${(peakKiB / 1024).toFixed(0)} MB ` +
      `(targets: < 10 s, < 200 MB)${ok ? '' : ' ✗'}; exit code ${run.status}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
