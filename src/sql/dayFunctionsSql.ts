import { dialectSql } from './dialectSql.js';
import { daysWithDayZero } from './daysWithDayZero.js';
import { besideDayTable } from './readSqlOptions.js';
import type { SqlDialect } from './types.js';

/** The message of an out-of-range call: the call with its arguments and the table's days. */
function outOfTable(call: string, args: string, days: string, coverage: string, what: string): string {
  return `'${call}(' || ${args} || '): ${what} (${days} covers ${coverage}; load a newer export, or one with --schedules or --provisional)'`;
}

/** The bodies of the three day functions, the same SQL in both dialects; `fail` wraps a message into the error call. */
function bodies(days: string, coverage: string, fail: (message: string, type: string) => string) {
  const withDayZero = daysWithDayZero(days, dialectSql('postgres'));
  const addArgs = "CAST(start_day AS VARCHAR) || ', ' || CAST(n AS VARCHAR)";
  return {
    addWorkingDays: `COALESCE(
    (SELECT CASE WHEN n = 0 THEN s.day ELSE (
        SELECT w.day FROM ${days} w
        WHERE w.is_working_day
          AND w.working_day_seq = s.working_day_seq + n + CASE WHEN n < 0 AND NOT s.is_working_day THEN 1 ELSE 0 END) END
     FROM ${withDayZero} s WHERE s.day = start_day),
    ${fail(outOfTable('yingshang_add_working_days', addArgs, days, coverage, 'the answer needs days outside the table'), 'DATE')})`,
    countWorkingDays: `COALESCE(
    (SELECT e.working_day_seq - s.working_day_seq FROM ${withDayZero} s, ${withDayZero} e WHERE s.day = a AND e.day = b),
    ${fail(outOfTable('yingshang_count_working_days', "CAST(a AS VARCHAR) || ', ' || CAST(b AS VARCHAR)", days, coverage, 'a day outside the table'), 'INTEGER')})`,
    addCalendarDays: `COALESCE(
    (SELECT CASE WHEN l.is_working_day THEN l.day ELSE (
        SELECT w.day FROM ${days} w WHERE w.is_working_day AND w.working_day_seq = l.working_day_seq + 1) END
     FROM ${withDayZero} s JOIN ${days} l ON l.day = s.day + n
     WHERE s.day = start_day AND n >= 0),
    ${fail(outOfTable('yingshang_add_calendar_days', addArgs, days, coverage, 'n must be 0 or more, and the period and its roll must end inside the table'), 'DATE')})`,
  };
}

/**
 * The SQL that defines `yingshang_fail` and the day functions over the day table, in the table's schema: PostgreSQL
 * functions (the error raised by a PL/pgSQL helper, SQLSTATE 22008) or DuckDB macros (the error raised by
 * `error()`). Each function answers `NULL` for a `NULL` argument and raises an error, never a wrong date, when the
 * answer needs a day outside the table. The MySQL family gets none (TiDB has no stored functions): its queries read
 * the table only.
 *
 * @param dialect - The dialect.
 * @param days - The day table, plain or schema-qualified.
 * @param coverage - The table's first and last day, `'YYYY-MM-DD … YYYY-MM-DD'`, for the error messages.
 * @returns `CREATE OR REPLACE` statements, each ending with `;` and a line break (`''` for `mysql`).
 * @example
 * ```ts
 * dayFunctionsSql('duckdb', 'yingshang_days', '2004-01-01 … 2026-12-31').match(/CREATE OR REPLACE MACRO \w+/g)?.length; //=> 4
 * ```
 */
export function dayFunctionsSql(dialect: SqlDialect, days: string, coverage: string): string {
  if (dialect === 'mysql') return '';
  const named = (name: string): string => besideDayTable(days, name);
  const fail = named('yingshang_fail');
  if (dialect === 'duckdb') {
    const b = bodies(days, coverage, (message) => `${fail}(${message}, NULL)`);
    return `CREATE OR REPLACE MACRO ${fail}(message, typed_null) AS error(message);
CREATE OR REPLACE MACRO ${named('yingshang_add_working_days')}(start_day, n) AS (
  CASE WHEN start_day IS NULL OR n IS NULL THEN NULL ELSE ${b.addWorkingDays} END);
CREATE OR REPLACE MACRO ${named('yingshang_count_working_days')}(a, b) AS (
  CASE WHEN a IS NULL OR b IS NULL THEN NULL ELSE ${b.countWorkingDays} END);
CREATE OR REPLACE MACRO ${named('yingshang_add_calendar_days')}(start_day, n) AS (
  CASE WHEN start_day IS NULL OR n IS NULL THEN NULL ELSE ${b.addCalendarDays} END);
`;
  }
  const b = bodies(days, coverage, (message, type) => `${fail}(${message}, CAST(NULL AS ${type}))`);
  return `CREATE OR REPLACE FUNCTION ${fail}(message text, typed_null anyelement) RETURNS anyelement
LANGUAGE plpgsql AS $yingshang$
BEGIN
  RAISE EXCEPTION USING MESSAGE = message, ERRCODE = '22008';
END
$yingshang$;
CREATE OR REPLACE FUNCTION ${named('yingshang_add_working_days')}(start_day date, n integer) RETURNS date
LANGUAGE sql STABLE STRICT AS $yingshang$
  SELECT ${b.addWorkingDays}
$yingshang$;
CREATE OR REPLACE FUNCTION ${named('yingshang_count_working_days')}(a date, b date) RETURNS integer
LANGUAGE sql STABLE STRICT AS $yingshang$
  SELECT ${b.countWorkingDays}
$yingshang$;
CREATE OR REPLACE FUNCTION ${named('yingshang_add_calendar_days')}(start_day date, n integer) RETURNS date
LANGUAGE sql STABLE STRICT AS $yingshang$
  SELECT ${b.addCalendarDays}
$yingshang$;
`;
}
