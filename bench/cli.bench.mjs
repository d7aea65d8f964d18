// 1,000,000 records through the batch commands: wall time and peak RSS of the CLI process (issues 5 and 11).
// - `check m06-water-connection --id id` over JSON Lines with an id field (a third of them pending or overdue);
// - `procurement --id contractNo` over JSON Lines of contracts (dates at several stages, nulls for days not yet).
// The inputs are generated to temporary files first (the generator's time is not counted).
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RECORDS = Number(process.env.RECORDS ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'yingshang-bench-'));
const MS_PER_DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/** Writes `RECORDS` lines made by `line(i, seed)` to `name` in the temporary directory. */
async function generate(name, line) {
  const path = join(dir, name);
  const out = createWriteStream(path);
  let seed = 7;
  for (let i = 0; i < RECORDS; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    if (!out.write(`${JSON.stringify(line(i, seed))}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return path;
}

/** Runs the CLI under GNU time: the peak resident set size (%M, KiB) and the wall time (%e, s). */
function measure(label, args, seconds) {
  const run = spawnSync('/usr/bin/time', ['-f', '%M %e', process.execPath, 'dist/cli.js', ...args, '--format', 'jsonl'], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 26,
  });
  const [peakKiB, wallSeconds] = run.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  const ok = wallSeconds < seconds && peakKiB < 200 * 1024;
  console.log(
    `yingshang ${label}: ${RECORDS.toLocaleString('en')} JSONL records in ${wallSeconds.toFixed(2)} s ` +
      `(${Math.round(RECORDS / wallSeconds).toLocaleString('en')} records/s), peak RSS ${(peakKiB / 1024).toFixed(0)} MB ` +
      `(targets: < ${seconds} s, < 200 MB)${ok ? '' : ' ✗'}; exit code ${run.status}`,
  );
}

try {
  const connections = await generate('connections.jsonl', (i, seed) => {
    const start = Date.UTC(2005, 0, 3) + (seed % (20 * 365)) * MS_PER_DAY;
    const dates = i % 3 === 0 ? { start: iso(start), asOf: iso(start + 20 * MS_PER_DAY) } : { start: iso(start), end: iso(start + (seed % 19) * MS_PER_DAY) };
    return { id: `WS-${i}`, ...dates };
  });
  measure('check m06-water-connection --id id', ['check', 'm06-water-connection', '--input', connections, '--id', 'id'], 10);

  const contracts = await generate('contracts.jsonl', (i, seed) => {
    const award = Date.UTC(2005, 0, 3) + (seed % (20 * 365)) * MS_PER_DAY;
    const stage = i % 4;
    const day = (n) => iso(award + n * MS_PER_DAY);
    return {
      contractNo: `HT-${i}`,
      awardNoticeIssuedOn: day(0),
      contractSignedOn: stage === 0 ? null : day(10 + (seed % 15)),
      performanceCompletedOn: stage < 2 ? null : day(40),
      acceptanceOrganizedOn: stage < 2 ? null : day(45 + (seed % 6)),
      invoiceReceivedOn: stage < 3 ? null : day(50),
      paymentProcessedOn: stage < 3 ? null : day(54 + (seed % 6)),
      contractAmount: '1000000.00',
      prepaymentAmount: stage === 0 ? null : seed % 2 === 0 ? '300000.00' : '500000.00',
      supplierIsSme: seed % 3 === 0,
      asOf: day(70),
    };
  });
  measure('procurement --id contractNo', ['procurement', '--input', contracts, '--id', 'contractNo'], 20);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
