// The rule query of `yingshang sql` in a real PostgreSQL 15 server with its default settings (JIT on): a one-record
// lookup through a view (`SELECT … FROM view WHERE id = …`) and the whole table, for RULE (default m15-payment) on
// RECORDS (default 200,000) generated records. The benchmark starts its own server (/usr/lib/postgresql/15/bin, or
// PG_BIN) on a unix socket in a temp dir, as the postgres user when run as root, and stops it. Run after `npm run build`:
// `node bench/sqlPostgres.bench.mjs`. It prints, for the whole table, the time `EXPLAIN ANALYZE` reports, the wall-clock
// time of the plain query (psql's `\timing`, without EXPLAIN's per-row instrumentation) and the server's CPU time
// (`log_statement_stats`). A benchmark, not a test: the figures depend on the machine and its load.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { dayTableSql, periodDeadlineSql } from '../dist/sql/index.js';

const BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const RECORDS = Number(process.env.RECORDS ?? 200_000);
const RULE = process.env.RULE ?? 'm15-payment';
const VIEW = RULE.replace(/-/g, '_');
const PORT = '5439';
const MS_PER_DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const asPostgres = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
const run = (cmd, args) => execFileSync(asPostgres[0] ?? cmd, asPostgres.length ? [...asPostgres.slice(1), cmd, ...args] : args, { encoding: 'utf8', maxBuffer: 1 << 28 });

const dir = mkdtempSync(join(tmpdir(), 'yingshang-pg-bench-'));
chmodSync(dir, 0o777);
if (asPostgres.length) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })));
const psql = (sql) => run(join(BIN, 'psql'), ['-h', dir, '-p', PORT, '-d', 'postgres', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-t', '-A', '-c', sql]);
try {
  run(join(BIN, 'initdb'), ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync']);
  run(join(BIN, 'pg_ctl'), ['-D', join(dir, 'data'), '-o', `-k ${dir} -p ${PORT} -c listen_addresses=''`, '-l', join(dir, 'log'), '-w', 'start']);
  const script = join(dir, 'days.sql');
  writeFileSync(script, dayTableSql({ dialect: 'postgres' }));
  chmodSync(script, 0o644);
  run(join(BIN, 'psql'), ['-h', dir, '-p', PORT, '-d', 'postgres', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-f', script]);
  // The records of bench/sql.bench.mjs: starts over 2005–2024, a third pending, one in ten with a pause.
  const records = [];
  const pauses = [];
  let seed = 11;
  for (let id = 1; id <= RECORDS; id++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const start = Date.UTC(2005, 0, 3) + (seed % (20 * 365)) * MS_PER_DAY;
    records.push(id % 3 === 0 ? `${id},${iso(start)},,${iso(start + 20 * MS_PER_DAY)}` : `${id},${iso(start)},${iso(start + ((seed >> 4) % 19) * MS_PER_DAY)},`);
    if (id % 10 === 0) {
      const from = start + (1 + ((seed >> 8) % 10)) * MS_PER_DAY;
      pauses.push(`${id},${iso(from)},${iso(from + ((seed >> 12) % 5) * MS_PER_DAY)}`);
    }
  }
  writeFileSync(join(dir, 'records.csv'), `${records.join('\n')}\n`);
  writeFileSync(join(dir, 'pauses.csv'), `${pauses.join('\n')}\n`);
  chmodSync(join(dir, 'records.csv'), 0o644);
  chmodSync(join(dir, 'pauses.csv'), 0o644);
  psql(`CREATE TABLE records (id integer PRIMARY KEY, start_day date, end_day date, as_of date);
CREATE TABLE pauses (id integer, pause_from date, pause_to date); CREATE INDEX ON pauses (id);
COPY records FROM '${dir}/records.csv' (FORMAT csv); COPY pauses FROM '${dir}/pauses.csv' (FORMAT csv); ANALYZE;`);
  const query = periodDeadlineSql(RULE, { dialect: 'postgres' }).trimEnd().replace(/;$/, '');
  psql(`CREATE VIEW ${VIEW} AS ${query}`);
  // Planning + execution as the server reports them, the planner's cost (JIT compiles above jit_above_cost, 100,000
  // by default) and the JIT's own time.
  const timed = (sql) => {
    const plan = JSON.parse(psql(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`))[0];
    return { ms: plan['Planning Time'] + plan['Execution Time'], planning: plan['Planning Time'], cost: plan.Plan['Total Cost'], jit: plan.JIT ? plan.JIT.Timing.Total : 0 };
  };
  // The CPU time of the query's server process (`user` + `system` of `log_statement_stats`, written to the server's
  // log): on a busy machine it depends far less on the load than the wall-clock time.
  const serverCpuSeconds = (sql) => {
    const logFile = join(dir, 'log');
    const before = readFileSync(logFile, 'utf8').length;
    run(join(BIN, 'psql'), ['-h', dir, '-p', PORT, '-d', 'postgres', '-X', '-q', '-o', '/dev/null', '-c', 'SET log_statement_stats = on', '-c', sql]);
    const stats = [...readFileSync(logFile, 'utf8').slice(before).matchAll(/([\d.]+) s user, ([\d.]+) s system/g)].at(-1);
    return stats ? Number(stats[1]) + Number(stats[2]) : Number.NaN;
  };
  // The plain query's wall-clock time as the server's client sees it (psql's `\timing`), runs in one session.
  const plainSeconds = (sql, runs) => {
    const out = run(join(BIN, 'psql'), ['-h', dir, '-p', PORT, '-d', 'postgres', '-X', '-q', '-o', '/dev/null', '-c', '\\timing on', ...Array.from({ length: runs }, () => ['-c', sql]).flat()]);
    return [...out.matchAll(/Time: ([\d.]+) ms/g)].map((m) => Number(m[1]) / 1000);
  };
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const lookups = Array.from({ length: 7 }, (_, i) => timed(`SELECT * FROM ${VIEW} WHERE id = ${4 + i * 997}`));
  // Every column of every row, so that the planner can leave nothing out.
  const wholeSql = `SELECT count(*), count(due), sum(elapsed), sum(remaining), sum(over_by), count(over_by_is_lower_bound), count(error_code), count(message), count(status) FROM ${VIEW}`;
  const whole = Array.from({ length: 3 }, () => timed(wholeSql));
  const wholeCpu = Array.from({ length: 3 }, () => serverCpuSeconds(wholeSql));
  const wholePlain = plainSeconds(wholeSql, 5);
  const version = psql('SHOW server_version').trim();
  const load = loadavg()[0].toFixed(1);
  console.log(`${RULE} in PostgreSQL ${version} (default settings, jit on), ${RECORDS.toLocaleString('en')} records (${pauses.length.toLocaleString('en')} pauses), Node ${process.version}, load average ${load}`);
  const of = (runs, key) => median(runs.map((r) => r[key]));
  console.log(`  one record through a view: median ${of(lookups, 'ms').toFixed(1)} ms (planning ${of(lookups, 'planning').toFixed(1)} ms, cost ${of(lookups, 'cost').toFixed(0)}, JIT ${of(lookups, 'jit').toFixed(0)} ms) of ${lookups.length}`);
  const wholeMs = of(whole, 'ms');
  console.log(`  whole table (EXPLAIN ANALYZE): median ${(wholeMs / 1000).toFixed(2)} s (cost ${of(whole, 'cost').toFixed(0)}, JIT ${of(whole, 'jit').toFixed(0)} ms), ${Math.round(RECORDS / (wholeMs / 1000)).toLocaleString('en')} records/s`);
  const plain = median(wholePlain);
  console.log(`  whole table, plain query (wall-clock, psql \\timing): median ${plain.toFixed(2)} s of ${wholePlain.map((t) => t.toFixed(2)).join(', ')}, ${Math.round(RECORDS / plain).toLocaleString('en')} records/s`);
  const cpu = median(wholeCpu);
  console.log(`  whole table, server CPU (user + system): median ${cpu.toFixed(2)} s of ${wholeCpu.map((c) => c.toFixed(2)).join(', ')}, ${Math.round(RECORDS / cpu).toLocaleString('en')} records per CPU-second`);
} finally {
  spawnSync(asPostgres[0] ?? join(BIN, 'pg_ctl'), [...asPostgres.slice(1), ...(asPostgres.length ? [join(BIN, 'pg_ctl')] : []), '-D', join(dir, 'data'), '-m', 'fast', 'stop'], { stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
}
