/**
 * The SQL dialects yingshang writes: PostgreSQL (functions), DuckDB (macros) and the MySQL family (`mysql`: MySQL 8,
 * MariaDB 10.11, TiDB, OceanBase; plain tables and queries, no stored functions).
 */
export type SqlDialect = 'postgres' | 'duckdb' | 'mysql';

/** What a rule query does with a bad row (a duplicate id, a NULL start…) or a record whose answer needs a missing day. */
export type SqlOnError = 'row' | 'raise';

/** Options of `dayTableSql`. */
export interface DayTableSqlOptions {
  /** `'postgres'`, `'duckdb'` or `'mysql'`. */
  readonly dialect: SqlDialect;
  /** The day table's name, optionally schema-qualified (`'audit.yingshang_days'`). Default `yingshang_days`. */
  readonly dayTable?: string;
}

/** Options of `ruleSql` (and `periodDeadlineSql`). */
export interface RuleSqlOptions {
  /** `'postgres'`, `'duckdb'` or `'mysql'`. */
  readonly dialect: SqlDialect;
  /**
   * The table (or view) of records: `(id, start_day, end_day, as_of)` for a period deadline, `(id, end_day, as_of)`
   * for a fixed date, `(id, <inputs>)` for a threshold, `(id, value, as_of)` for a target, the cases `(group_id, id,
   * start_day, end_day)` for an average. Default `records`.
   */
  readonly records?: string;
  /** The table (or view) of pauses `(id, pause_from, pause_to)` of a period deadline or of an average's cases. Default `pauses`. */
  readonly pauses?: string;
  /** The day table of `dayTableSql`, optionally schema-qualified. Default `yingshang_days`. */
  readonly dayTable?: string;
  /**
   * `'row'` (default): a bad row gets status `error` and a record whose answer needs a day outside the day table
   * status `out_of_range`, each with `error_code` and `message`; `'raise'`: the query fails on the first such row
   * (PostgreSQL and DuckDB only: the MySQL family has no way to raise from a query).
   */
  readonly onError?: SqlOnError;
}

/** Options of `periodDeadlineSql`: those of `ruleSql`. */
export type PeriodDeadlineSqlOptions = RuleSqlOptions;
