/** The SQL dialects yingshang writes: PostgreSQL (functions) and DuckDB (macros). */
export type SqlDialect = 'postgres' | 'duckdb';

/** Options of `dayTableSql`. */
export interface DayTableSqlOptions {
  /** `'postgres'` or `'duckdb'`. */
  readonly dialect: SqlDialect;
}

/** Options of `periodDeadlineSql`. */
export interface PeriodDeadlineSqlOptions {
  /** `'postgres'` or `'duckdb'`. */
  readonly dialect: SqlDialect;
  /** The table (or view) of records `(id, start_day, end_day, as_of)`. Default `records`. */
  readonly records?: string;
  /** The table (or view) of pauses `(id, pause_from, pause_to)`. Default `pauses`. */
  readonly pauses?: string;
}
