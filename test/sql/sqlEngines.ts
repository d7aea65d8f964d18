import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import { createConnection } from 'mysql2/promise';
import { mulberry32 } from '../../scripts/generate/mulberry32.js';
import { dayTableSql } from '../../src/sql/dayTableSql.js';
import type { Calendar } from '../../src/calendar/types.js';
import type { SqlDialect } from '../../src/sql/types.js';
import type { SqlRecord } from './randomRecords.js';

/** A session time zone: its IANA name, and its offset from UTC for the MySQL family (named zones need its tz tables). */
export interface SessionZone {
  readonly name: string;
  readonly offset: string;
}

/**
 * The sessions' time zone: far from China's, as a user's may be. A record with neither end day nor `as_of` is judged
 * on today in China whatever the session's zone; a query that took the session's date (`CURRENT_DATE`) would differ
 * from `evaluateMany` from 16:00 to 11:00 UTC. Pago Pago keeps UTC−11 all year (no daylight saving).
 */
export const SESSION_ZONE: SessionZone = { name: 'Pacific/Pago_Pago', offset: '-11:00' };

/** A SQL engine with the day table loaded. */
export interface SqlEngine {
  readonly dialect: SqlDialect;
  /** Runs statements. */
  run(sql: string): Promise<void>;
  /** The rows of one query, dates as `'YYYY-MM-DD'` when the query casts them to text. */
  rows(sql: string): Promise<Record<string, unknown>[]>;
  /** Sets the session's time zone (the engines start in {@link SESSION_ZONE}). */
  setTimeZone(zone: SessionZone): Promise<void>;
  close(): Promise<void>;
}

async function duckdb(): Promise<SqlEngine> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const setTimeZone = async (zone: SessionZone): Promise<void> => {
    await connection.run(`SET TimeZone = '${zone.name}'`);
  };
  await setTimeZone(SESSION_ZONE);
  return {
    dialect: 'duckdb',
    run: async (sql) => {
      await connection.run(sql);
    },
    rows: async (sql) => (await connection.runAndReadAll(sql)).getRowObjectsJson(),
    setTimeZone,
    close: () => {
      connection.closeSync();
      instance.closeSync();
      return Promise.resolve();
    },
  };
}

async function postgres(): Promise<SqlEngine> {
  const db = await PGlite.create();
  const setTimeZone = async (zone: SessionZone): Promise<void> => {
    await db.exec(`SET TIME ZONE '${zone.name}'`);
  };
  await setTimeZone(SESSION_ZONE);
  return {
    dialect: 'postgres',
    run: async (sql) => {
      await db.exec(sql);
    },
    rows: async (sql) => (await db.query<Record<string, unknown>>(sql)).rows,
    setTimeZone,
    close: () => db.close(),
  };
}

/** Debian's MariaDB server (package mariadb-server; `.ci/run` installs it). */
const MARIADBD = ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find((path) => existsSync(path));

/**
 * A MariaDB server of its own: a fresh datadir in a temp dir, a unix socket there, no TCP port, run as the current
 * user (root in CI), stopped and deleted by `close`.
 */
async function mariadb(): Promise<SqlEngine> {
  if (MARIADBD === undefined) throw new Error('No MariaDB server: install Debian\'s mariadb-server (apt-get install -y mariadb-server; .ci/run does).');
  const dir = mkdtempSync(join(tmpdir(), 'yingshang-mariadb-'));
  const socket = join(dir, 'mysqld.sock');
  const user = process.getuid?.() === 0 ? ['--user=root'] : [];
  const install = spawnSync('mariadb-install-db', [`--datadir=${join(dir, 'data')}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...user], { encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`mariadb-install-db failed: ${install.stderr}`);
  const server: ChildProcess = spawn(
    MARIADBD,
    [`--datadir=${join(dir, 'data')}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(dir, 'mysqld.pid')}`, `--log-error=${join(dir, 'error.log')}`, '--innodb-buffer-pool-size=256M', ...user],
    { stdio: 'ignore' },
  );
  let connection;
  for (let attempt = 0; ; attempt++) {
    try {
      connection = await createConnection({ socketPath: socket, user: 'root', multipleStatements: true, dateStrings: true });
      break;
    } catch (error) {
      if (attempt > 600 || server.exitCode !== null) throw new Error(`MariaDB did not start: ${String(error)}`);
      await sleep(200);
    }
  }
  const setTimeZone = async (zone: SessionZone): Promise<void> => {
    await connection.query(`SET time_zone = '${zone.offset}'`);
  };
  await connection.query('CREATE DATABASE yingshang CHARACTER SET utf8mb4; USE yingshang;');
  await setTimeZone(SESSION_ZONE);
  return {
    dialect: 'mysql',
    run: async (sql) => {
      await connection.query(sql);
    },
    rows: async (sql) => (await connection.query(sql))[0] as Record<string, unknown>[],
    setTimeZone,
    close: async () => {
      await connection.end();
      server.kill('SIGTERM');
      if (server.exitCode === null) await new Promise((resolve) => server.once('exit', resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Debian's PostgreSQL 15 (package postgresql-15; `.ci/run` installs it), or the server of `PG_BIN`. */
const PG_BIN = process.env['PG_BIN'] ?? '/usr/lib/postgresql/15/bin';

/** Runs `command` with `input` on its standard input; resolves with its standard output, rejects with its standard error. */
function runWith(command: string, args: readonly string[], input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new Error(Buffer.concat(err).toString('utf8') || `${command} exited with ${String(code)}`));
    });
    child.stdin.end(input);
  });
}

/**
 * A PostgreSQL 15 server of its own: `initdb` into a temp dir, started on a unix socket there (no TCP port) as the
 * postgres user when run as root, with its default settings but no fsync; queried through psql, which stops on the
 * first error. Rows come back through `json_agg`, so numbers, booleans and NULLs keep their types (dates are text).
 */
function postgresServer(): SqlEngine {
  const dir = mkdtempSync(join(tmpdir(), 'yingshang-pg-'));
  const asPostgres = process.getuid?.() === 0;
  const owner = (command: string, args: readonly string[]): ReturnType<typeof spawnSync> =>
    asPostgres ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' }) : spawnSync(command, args, { encoding: 'utf8' });
  if (asPostgres) {
    chmodSync(dir, 0o755);
    const id = (flag: string): number => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout);
    chownSync(dir, id('-u'), id('-g'));
  }
  const data = join(dir, 'data');
  const init = owner(join(PG_BIN, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '--no-instructions']);
  if (init.status !== 0) throw new Error(`initdb failed (install Debian's postgresql-15, or set PG_BIN): ${String(init.stderr)}`);
  const start = owner(join(PG_BIN, 'pg_ctl'), ['-D', data, '-o', `-k ${dir} -c listen_addresses='' -c timezone=${SESSION_ZONE.name} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`, '-l', join(dir, 'log'), '-w', 'start']);
  if (start.status !== 0) throw new Error(`PostgreSQL did not start: ${String(start.stderr)}`);
  // Each psql call is a session of its own: it starts by setting the time zone last asked for.
  let zone = SESSION_ZONE;
  const psql = (sql: string, tuplesOnly = false): Promise<string> =>
    runWith(join(PG_BIN, 'psql'), ['-h', dir, '-U', 'postgres', '-d', 'postgres', '-X', '-q', '-v', 'ON_ERROR_STOP=1', ...(tuplesOnly ? ['-A', '-t'] : [])], `SET TIME ZONE '${zone.name}';\n${sql}`);
  return {
    dialect: 'postgres',
    run: async (sql) => {
      await psql(sql);
    },
    rows: async (sql) => JSON.parse(await psql(`SELECT COALESCE(json_agg(q), '[]') FROM (\n${sql.trimEnd().replace(/;$/, '')}\n) q;`, true)) as Record<string, unknown>[],
    setTimeZone: (next) => {
      zone = next;
      return Promise.resolve();
    },
    close: () => {
      owner(join(PG_BIN, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

/** A fresh engine of `dialect` with the script of `dayTableSql` loaded: the whole of `calendar` (default: the built-in one). */
export async function openEngine(dialect: SqlDialect, calendar?: Calendar): Promise<SqlEngine> {
  const engine = dialect === 'duckdb' ? await duckdb() : dialect === 'postgres' ? await postgres() : await mariadb();
  await engine.run(dayTableSql({ dialect, ...(calendar === undefined ? {} : { calendar }) }));
  return engine;
}

/** A real PostgreSQL 15 server (test/servers only: it takes seconds to start) with the day table loaded. */
export async function openPostgresServer(): Promise<SqlEngine> {
  const engine = postgresServer();
  await engine.run(dayTableSql({ dialect: 'postgres' }));
  return engine;
}

const sqlId = (id: number | null): string => (id === null ? 'NULL' : String(id));

/**
 * Loads records into `<name>` `(id, start_day, end_day, as_of)` (no key: ids may repeat or be NULL) and their pauses
 * into `<name>_pauses`, every pause row twice and all of them in a shuffled order (seeded by `seed`). With
 * `timestamps`, every date column is a timestamp (DATETIME in the MySQL family) holding the day at 15:30.
 */
export async function loadRecords(engine: SqlEngine, name: string, records: readonly SqlRecord[], seed = 1, timestamps = false): Promise<void> {
  const type = timestamps ? (engine.dialect === 'mysql' ? 'DATETIME' : 'TIMESTAMP') : 'DATE';
  const date = (d: string | null): string => (d === null ? 'NULL' : timestamps ? `TIMESTAMP '${d} 15:30:00'` : `DATE '${d}'`);
  await engine.run(`CREATE TABLE ${name} (id INTEGER, start_day ${type}, end_day ${type}, as_of ${type});
CREATE TABLE ${name}_pauses (id INTEGER, pause_from ${type}, pause_to ${type});`);
  const random = mulberry32(seed);
  const pauses = records.flatMap((r) => r.pauses.flatMap((p) => [`(${sqlId(r.id)}, ${date(p.from)}, ${date(p.to)})`, `(${sqlId(r.id)}, ${date(p.from)}, ${date(p.to)})`]));
  for (let i = pauses.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pauses[i], pauses[j]] = [pauses[j] as string, pauses[i] as string];
  }
  for (let i = 0; i < records.length; i += 2000) {
    await engine.run(`INSERT INTO ${name} VALUES ${records.slice(i, i + 2000).map((r) => `(${sqlId(r.id)}, ${date(r.start)}, ${date(r.end)}, ${date(r.asOf)})`).join(', ')};`);
  }
  for (let i = 0; i < pauses.length; i += 2000) await engine.run(`INSERT INTO ${name}_pauses VALUES ${pauses.slice(i, i + 2000).join(', ')};`);
}
