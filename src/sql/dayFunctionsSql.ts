import { DAYS_WITH_DAY_ZERO } from './daysWithDayZero.js';
import type { SqlDialect } from './types.js';

/** The message of an out-of-range call: the call with its arguments and the table's days. */
function outOfTable(call: string, args: string, coverage: string, what: string): string {
  return `'${call}(' || ${args} || '): ${what} (yingshang_days covers ${coverage}; load a newer export, or one with --schedules or --provisional)'`;
}

/** The bodies of the three day functions, the same SQL in both dialects; `fail` wraps a message into the error call. */
function bodies(coverage: string, fail: (message: string, type: string) => string) {
  const addArgs = "CAST(start_day AS VARCHAR) || ', ' || CAST(n AS VARCHAR)";
  return {
    addWorkingDays: `COALESCE(
    (SELECT CASE WHEN n = 0 THEN s.day ELSE (
        SELECT w.day FROM yingshang_days w
        WHERE w.is_working_day
          AND w.working_day_seq = s.working_day_seq + n + CASE WHEN n < 0 AND NOT s.is_working_day THEN 1 ELSE 0 END) END
     FROM ${DAYS_WITH_DAY_ZERO} s WHERE s.day = start_day),
    ${fail(outOfTable('yingshang_add_working_days', addArgs, coverage, 'the answer needs days outside the table'), 'DATE')})`,
    countWorkingDays: `COALESCE(
    (SELECT e.working_day_seq - s.working_day_seq FROM ${DAYS_WITH_DAY_ZERO} s, ${DAYS_WITH_DAY_ZERO} e WHERE s.day = a AND e.day = b),
    ${fail(outOfTable('yingshang_count_working_days', "CAST(a AS VARCHAR) || ', ' || CAST(b AS VARCHAR)", coverage, 'a day outside the table'), 'INTEGER')})`,
    addCalendarDays: `COALESCE(
    (SELECT CASE WHEN l.is_working_day THEN l.day ELSE (
        SELECT w.day FROM yingshang_days w WHERE w.is_working_day AND w.working_day_seq = l.working_day_seq + 1) END
     FROM ${DAYS_WITH_DAY_ZERO} s JOIN yingshang_days l ON l.day = s.day + n
     WHERE s.day = start_day AND n >= 0),
    ${fail(outOfTable('yingshang_add_calendar_days', addArgs, coverage, 'n must be 0 or more, and the period and its roll must end inside the table'), 'DATE')})`,
  };
}

/**
 * The SQL that defines `yingshang_fail` and the day functions over `yingshang_days`: PostgreSQL functions (the
 * error raised by a PL/pgSQL helper, SQLSTATE 22008) or DuckDB macros (the error raised by `error()`). Each function
 * answers `NULL` for a `NULL` argument and raises an error, never a wrong date, when the answer needs a day outside
 * the table.
 *
 * @param dialect - `'postgres'` or `'duckdb'`.
 * @param coverage - The table's first and last day, `'YYYY-MM-DD … YYYY-MM-DD'`, for the error messages.
 * @returns `CREATE OR REPLACE` statements, each ending with `;` and a line break.
 * @example
 * ```ts
 * dayFunctionsSql('duckdb', '2004-01-01 … 2026-12-31').match(/CREATE OR REPLACE MACRO \w+/g)?.length; //=> 4
 * ```
 */
export function dayFunctionsSql(dialect: SqlDialect, coverage: string): string {
  if (dialect === 'duckdb') {
    const b = bodies(coverage, (message) => `yingshang_fail(${message}, NULL)`);
    return `CREATE OR REPLACE MACRO yingshang_fail(message, typed_null) AS error(message);
CREATE OR REPLACE MACRO yingshang_add_working_days(start_day, n) AS (
  CASE WHEN start_day IS NULL OR n IS NULL THEN NULL ELSE ${b.addWorkingDays} END);
CREATE OR REPLACE MACRO yingshang_count_working_days(a, b) AS (
  CASE WHEN a IS NULL OR b IS NULL THEN NULL ELSE ${b.countWorkingDays} END);
CREATE OR REPLACE MACRO yingshang_add_calendar_days(start_day, n) AS (
  CASE WHEN start_day IS NULL OR n IS NULL THEN NULL ELSE ${b.addCalendarDays} END);
`;
  }
  const b = bodies(coverage, (message, type) => `yingshang_fail(${message}, CAST(NULL AS ${type}))`);
  return `CREATE OR REPLACE FUNCTION yingshang_fail(message text, typed_null anyelement) RETURNS anyelement
LANGUAGE plpgsql AS $yingshang$
BEGIN
  RAISE EXCEPTION USING MESSAGE = message, ERRCODE = '22008';
END
$yingshang$;
CREATE OR REPLACE FUNCTION yingshang_add_working_days(start_day date, n integer) RETURNS date
LANGUAGE sql STABLE STRICT AS $yingshang$
  SELECT ${b.addWorkingDays}
$yingshang$;
CREATE OR REPLACE FUNCTION yingshang_count_working_days(a date, b date) RETURNS integer
LANGUAGE sql STABLE STRICT AS $yingshang$
  SELECT ${b.countWorkingDays}
$yingshang$;
CREATE OR REPLACE FUNCTION yingshang_add_calendar_days(start_day date, n integer) RETURNS date
LANGUAGE sql STABLE STRICT AS $yingshang$
  SELECT ${b.addCalendarDays}
$yingshang$;
`;
}
