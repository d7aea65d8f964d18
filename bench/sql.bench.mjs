// The deadlines of 10,000,000 generated records inside DuckDB (the rule query of `yingshang sql`), next to
// `evaluateMany` and the CLI on the same records, each with its wall time and the peak RSS of its process.
// RECORDS (default 10,000,000) records for DuckDB and evaluateMany; CLI_RECORDS (default 1,000,000) of them for the CLI,
// whose rate is extrapolated. Run after `npm run build`: `node bench/sql.bench.mjs`.
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RECORDS = Number(process.env.RECORDS ?? 10_000_000);
const CLI_RECORDS = Number(process.env.CLI_RECORDS ?? 1_000_000);
const RULE = 'm15-payment';
const MS_PER_DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/** The records, seeded: starts over 2005–2024, a third pending (judged 20 days on), one in ten with a pause. */
function* records(count) {
  let seed = 11;
  for (let id = 1; id <= count; id++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const start = Date.UTC(2005, 0, 3) + (seed % (20 * 365)) * MS_PER_DAY;
    const facts = id % 3 === 0 ? { start: iso(start), asOf: iso(start + 20 * MS_PER_DAY) } : { start: iso(start), end: iso(start + ((seed >> 4) % 19) * MS_PER_DAY) };
    if (id % 10 === 0) {
      const from = start + (1 + ((seed >> 8) % 10)) * MS_PER_DAY;
      facts.pauses = [{ from: iso(from), to: iso(from + ((seed >> 12) % 5) * MS_PER_DAY) }];
    }
    yield [id, facts];
  }
}

async function writeLines(path, lines) {
  const out = createWriteStream(path);
  for (const line of lines) if (!out.write(line)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

/** Runs a Node script under GNU time: what it printed (unless `stdout` is `'ignore'`), its wall time and peak RSS. */
function runPhase(args, stdout = 'pipe') {
  const run = spawnSync('/usr/bin/time', ['-f', '%M %e', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', stdout, 'pipe'] });
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  const [peakKiB, seconds] = run.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { report: run.stdout?.trim(), peakMB: peakKiB / 1024, seconds };
}

const phase = process.argv[2];
const dir = process.argv[3];
if (phase === 'duckdb') {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const { dayTableSql, periodDeadlineSql } = await import('../dist/sql/index.js');
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  await db.run(dayTableSql({ dialect: 'duckdb' }));
  await db.run(`CREATE TABLE records AS SELECT * FROM read_csv('${dir}/records.csv', header = true,
    columns = {'id': 'INTEGER', 'start_day': 'DATE', 'end_day': 'DATE', 'as_of': 'DATE'});
CREATE TABLE pauses AS SELECT * FROM read_csv('${dir}/pauses.csv', header = true, columns = {'id': 'INTEGER', 'pause_from': 'DATE', 'pause_to': 'DATE'});`);
  const started = performance.now();
  await db.run(`CREATE TABLE results AS ${periodDeadlineSql(RULE, { dialect: 'duckdb' }).trimEnd().replace(/;$/, '')}`);
  const seconds = (performance.now() - started) / 1000;
  const counts = (await db.runAndReadAll('SELECT status, COUNT(*) AS n FROM results GROUP BY status ORDER BY status')).getRowObjectsJson();
  console.log(JSON.stringify({ seconds, counts }));
} else if (phase === 'evaluate') {
  const { evaluateMany } = await import('../dist/rules/index.js');
  function* facts() {
    for (const [, f] of records(RECORDS)) yield f;
  }
  const started = performance.now();
  const counts = {};
  for (const item of evaluateMany(RULE, facts(), { trace: false })) counts[item.result.status] = (counts[item.result.status] ?? 0) + 1;
  console.log(JSON.stringify({ seconds: (performance.now() - started) / 1000, counts }));
} else {
  const work = mkdtempSync(join(tmpdir(), 'yingshang-sql-bench-'));
  try {
    const self = fileURLToPath(import.meta.url);
    const csvDate = (d) => d ?? '';
    await writeLines(join(work, 'records.csv'), (function* () {
      yield 'id,start_day,end_day,as_of\n';
      for (const [id, f] of records(RECORDS)) yield `${id},${f.start},${csvDate(f.end)},${csvDate(f.asOf)}\n`;
    })());
    await writeLines(join(work, 'pauses.csv'), (function* () {
      yield 'id,pause_from,pause_to\n';
      for (const [id, f] of records(RECORDS)) for (const p of f.pauses ?? []) yield `${id},${p.from},${p.to}\n`;
    })());
    await writeLines(join(work, 'records.jsonl'), (function* () {
      for (const [, f] of records(CLI_RECORDS)) yield `${JSON.stringify(f)}\n`;
    })());
    const duck = runPhase([self, 'duckdb', work]);
    const duckQuery = JSON.parse(duck.report);
    const evaluated = runPhase([self, 'evaluate', work]);
    const evaluateRun = JSON.parse(evaluated.report);
    const cli = runPhase(['dist/cli.js', 'check', RULE, '--input', join(work, 'records.jsonl'), '--format', 'jsonl'], 'ignore');
    const rate = (n, s) => `${Math.round(n / s).toLocaleString('en')} records/s`;
    console.log(`${RULE} on ${RECORDS.toLocaleString('en')} records (${Math.round(RECORDS / 10).toLocaleString('en')} with a pause), Node ${process.version}`);
    console.log(`  DuckDB rule query:  ${duckQuery.seconds.toFixed(1)} s (${rate(RECORDS, duckQuery.seconds)}); process peak RSS ${duck.peakMB.toFixed(0)} MB (table load included)`);
    console.log(`  evaluateMany:       ${evaluateRun.seconds.toFixed(1)} s (${rate(RECORDS, evaluateRun.seconds)}); process peak RSS ${evaluated.peakMB.toFixed(0)} MB`);
    console.log(`  yingshang check:    ${cli.seconds.toFixed(1)} s for ${CLI_RECORDS.toLocaleString('en')} records (${rate(CLI_RECORDS, cli.seconds)}, so ≈ ${(cli.seconds * (RECORDS / CLI_RECORDS)).toFixed(0)} s for ${RECORDS.toLocaleString('en')}); peak RSS ${cli.peakMB.toFixed(0)} MB`);
    console.log(`  statuses (DuckDB):  ${duckQuery.counts.map((c) => `${c.status} ${Number(c.n).toLocaleString('en')}`).join(', ')}`);
    console.log(`  statuses (evaluate): ${Object.entries(evaluateRun.counts).sort().map(([s, n]) => `${s} ${n.toLocaleString('en')}`).join(', ')}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
