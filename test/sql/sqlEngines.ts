import { DuckDBInstance } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import { dayTableSql } from '../../src/sql/dayTableSql.js';
import type { SqlDialect } from '../../src/sql/types.js';
import type { SqlRecord } from './randomRecords.js';

/** An embedded SQL engine with the day table loaded. */
export interface SqlEngine {
  readonly dialect: SqlDialect;
  /** Runs statements. */
  run(sql: string): Promise<void>;
  /** The rows of one query, dates as `'YYYY-MM-DD'` when the query casts them to VARCHAR. */
  rows(sql: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

async function duckdb(): Promise<SqlEngine> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  return {
    dialect: 'duckdb',
    run: async (sql) => void (await connection.run(sql)),
    rows: async (sql) => (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[],
    close: async () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

async function postgres(): Promise<SqlEngine> {
  const db = await PGlite.create();
  return {
    dialect: 'postgres',
    run: async (sql) => void (await db.exec(sql)),
    rows: async (sql) => (await db.query<Record<string, unknown>>(sql)).rows,
    close: () => db.close(),
  };
}

/** A fresh engine of `dialect` with the script of `dayTableSql` (the whole default calendar) loaded. */
export async function openEngine(dialect: SqlDialect): Promise<SqlEngine> {
  const engine = dialect === 'duckdb' ? await duckdb() : await postgres();
  await engine.run(dayTableSql(undefined, { dialect }));
  return engine;
}

const date = (d: string | null): string => (d === null ? 'NULL' : `DATE '${d}'`);

/** Loads records into `<name>` `(id, start_day, end_day, as_of)` and their pauses into `<name>_pauses`, in batches. */
export async function loadRecords(engine: SqlEngine, name: string, records: readonly SqlRecord[]): Promise<void> {
  await engine.run(`CREATE TABLE ${name} (id INTEGER PRIMARY KEY, start_day DATE NOT NULL, end_day DATE, as_of DATE);
CREATE TABLE ${name}_pauses (id INTEGER NOT NULL, pause_from DATE NOT NULL, pause_to DATE NOT NULL);`);
  for (let i = 0; i < records.length; i += 2000) {
    const batch = records.slice(i, i + 2000);
    await engine.run(`INSERT INTO ${name} VALUES ${batch.map((r) => `(${r.id}, ${date(r.start)}, ${date(r.end)}, ${date(r.asOf)})`).join(', ')};`);
    const pauses = batch.flatMap((r) => r.pauses.map((p) => `(${r.id}, ${date(p.from)}, ${date(p.to)})`));
    if (pauses.length > 0) await engine.run(`INSERT INTO ${name}_pauses VALUES ${pauses.join(', ')};`);
  }
}
