import type { SqlDialect } from './types.js';

/** The few expressions whose SQL differs between the dialects: date arithmetic and casts. */
export interface DialectSql {
  readonly dialect: SqlDialect;
  /** The date `days` days after `date` (a negative `days` goes back). */
  plusDays(date: string, days: string | number): string;
  /** The days from `earlier` to `later`, an integer (negative when `later` is earlier). */
  daysFrom(earlier: string, later: string): string;
  /** `expr` as a signed integer. */
  integer(expr: string): string;
  /** `expr` as text. */
  text(expr: string): string;
  /**
   * The head of a CTE, `name AS`: for PostgreSQL `name AS NOT MATERIALIZED`, so that a CTE read several times is still
   * planned into each reader, and a filter on a view of the query (`WHERE id = 4`) reaches the records table.
   */
  cte(name: string): string;
  /**
   * How a query finds the records whose id is on several rows, and keeps the engine from working out a record's
   * columns again in each column of the result: `window`, a window function partitioned by id (a boundary the engine
   * plans on its own, and a filter on `id` still reaches the tables); `join`, a join with the ids grouped, and the
   * result rows behind a `UNION ALL` with an empty row set, which PostgreSQL also plans on its own and pushes a filter
   * on `id` into. PostgreSQL's window sorts every record, wider than its default `work_mem`, to disk.
   */
  readonly copies: 'window' | 'join';
  /**
   * Today's date in China (UTC+8: Asia/Shanghai, without daylight saving since 1991), the library's today, whatever the
   * session's time zone (`CURRENT_DATE` is the session's date).
   */
  readonly today: string;
}

const STANDARD: Omit<DialectSql, 'dialect' | 'today'> = {
  plusDays: (date, days) => `(${date} + ${days})`,
  daysFrom: (earlier, later) => `(${later} - ${earlier})`,
  integer: (expr) => `CAST(${expr} AS INTEGER)`,
  text: (expr) => `CAST(${expr} AS VARCHAR)`,
  cte: (name) => `${name} AS`,
  copies: 'window',
};

/**
 * The MySQL family: `date + 1` is a number there (20211032) and `date - date` a difference of such numbers, so every
 * day sum goes through `DATE_ADD` and every difference through `DATEDIFF`; `INTEGER` and `VARCHAR` are no cast types.
 */
const MYSQL: Omit<DialectSql, 'dialect' | 'today'> = {
  plusDays: (date, days) => `DATE_ADD(${date}, INTERVAL ${days} DAY)`,
  daysFrom: (earlier, later) => `DATEDIFF(${later}, ${earlier})`,
  integer: (expr) => `CAST(${expr} AS SIGNED)`,
  text: (expr) => `CAST(${expr} AS CHAR)`,
  cte: (name) => `${name} AS`,
  copies: 'window',
};

/**
 * Today's date in China per dialect. DuckDB: the instant in milliseconds, 8 hours on, as a timestamp without a time
 * zone (no time-zone extension needed); the MySQL family: UTC, 8 hours on (a named time zone needs the server's
 * time-zone tables).
 */
const TODAY: Readonly<Record<SqlDialect, string>> = {
  duckdb: 'CAST(epoch_ms(epoch_ms(get_current_timestamp()) + 28800000) AS DATE)',
  postgres: "CAST(CURRENT_TIMESTAMP AT TIME ZONE 'Asia/Shanghai' AS DATE)",
  mysql: 'DATE(DATE_ADD(UTC_TIMESTAMP(), INTERVAL 8 HOUR))',
};

/**
 * The expressions of one dialect.
 *
 * @param dialect - The dialect.
 * @returns Its expression writers.
 * @example
 * ```ts
 * dialectSql('mysql').plusDays('p.pause_to', 1); //=> 'DATE_ADD(p.pause_to, INTERVAL 1 DAY)'
 * dialectSql('postgres').daysFrom('a', 'b'); //=> '(b - a)'
 * dialectSql('postgres').cte('ys_input'); //=> 'ys_input AS NOT MATERIALIZED'
 * dialectSql('postgres').copies; //=> 'join'
 * dialectSql('mysql').today; //=> 'DATE(DATE_ADD(UTC_TIMESTAMP(), INTERVAL 8 HOUR))'
 * ```
 */
export function dialectSql(dialect: SqlDialect): DialectSql {
  if (dialect === 'postgres') return { dialect, ...STANDARD, cte: (name) => `${name} AS NOT MATERIALIZED`, copies: 'join', today: TODAY.postgres };
  return { dialect, ...(dialect === 'mysql' ? MYSQL : STANDARD), today: TODAY[dialect] };
}
