import type { DialectSql } from './dialectSql.js';

/** What every part of a rule query needs: the dialect, the table names, and whether a bad row raises. */
export interface QueryContext {
  readonly sql: DialectSql;
  readonly records: string;
  readonly pauses: string;
  /** The day table. */
  readonly days: string;
  /** The function that raises (`yingshang_fail`, qualified like the day table) when the query raises; `undefined` for error rows. */
  readonly fail: string | undefined;
}
