import { parseIsoDay } from '../_internal/dayNumber.js';
import { DAY_TABLE_COLUMNS, type DayTableRow } from '../calendar/export/DayTableRow.js';
import { toDayTable } from '../calendar/export/toDayTable.js';
import type { ExportRangeOptions } from '../calendar/export/types.js';
import { dayFunctionsSql } from './dayFunctionsSql.js';
import { DEFAULT_DAY_TABLE, readSqlOptions } from './readSqlOptions.js';
import { sqlLiteral } from './sqlLiteral.js';
import type { DayTableSqlOptions, SqlDialect } from './types.js';

const ROWS_PER_INSERT = 500;

/**
 * The columns that the SQL table has beyond the rows of {@link toDayTable}, precomputed so that a query reads them by
 * the primary key instead of computing them over the whole table: the day number (days since 1970-01-01) and the
 * first day on or after the day that each roll accepts (a working day; a day that is no holiday), `NULL` when the
 * table holds none.
 */
const DERIVED_COLUMNS = ['day_number', 'next_working_day', 'next_non_holiday'] as const;

/** The values of {@link DERIVED_COLUMNS} for every row, as SQL literals; `rows` in day order. */
function derivedValues(rows: readonly DayTableRow[]): string[][] {
  const values: string[][] = [];
  let nextWorking = 'NULL';
  let nextNonHoliday = 'NULL';
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i] as DayTableRow;
    if (row.is_working_day) nextWorking = `DATE '${row.day}'`;
    if (row.kind !== 'holiday') nextNonHoliday = `DATE '${row.day}'`;
    values[i] = [String(parseIsoDay(row.day)), nextWorking, nextNonHoliday];
  }
  return values;
}

/** The table, created once: the MySQL family needs lengths on VARCHAR, its index inside the statement, and utf8mb4 for the notice numbers. */
function createTable(dialect: SqlDialect, days: string): string {
  const text = (length: number): string => (dialect === 'mysql' ? `VARCHAR(${length})` : 'VARCHAR');
  const indexName = `${days.slice(days.indexOf('.') + 1)}_working_day_seq`;
  const columns = `  day DATE PRIMARY KEY,
  weekday SMALLINT NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  is_working_day BOOLEAN NOT NULL,
  kind ${text(16)} NOT NULL CHECK (kind IN ('workday', 'weekend', 'holiday', 'makeup_workday')),
  holiday_key ${text(32)},
  statutory BOOLEAN NOT NULL,
  working_day_seq INTEGER NOT NULL,
  provisional BOOLEAN NOT NULL,
  notice_doc_no ${text(64)},
  may_change_with_next_notice BOOLEAN NOT NULL,
  day_number INTEGER NOT NULL,
  next_working_day DATE,
  next_non_holiday DATE`;
  if (dialect === 'mysql') {
    return `CREATE TABLE IF NOT EXISTS ${days} (
${columns},
  INDEX ${indexName} (working_day_seq)
) DEFAULT CHARSET = utf8mb4;
`;
  }
  return `CREATE TABLE IF NOT EXISTS ${days} (
${columns}
);
CREATE INDEX IF NOT EXISTS ${indexName} ON ${days} (working_day_seq);
`;
}

/**
 * The day table as one SQL script for PostgreSQL, DuckDB or the MySQL family (`mysql`), in one transaction: the table
 * created if it does not exist (primary key on `day`, index on `working_day_seq`), its rows replaced (`DELETE`, then
 * the rows of {@link toDayTable} in batched `INSERT`s, each with its `day_number` (days since 1970-01-01),
 * `next_working_day` and `next_non_holiday`: the first working day, and the first day that is no holiday, on or after
 * it, `NULL` when the table holds none), and, for PostgreSQL and DuckDB, the functions (macros)
 * `yingshang_add_working_days(start, n)`, `yingshang_count_working_days(a, b)` and `yingshang_add_calendar_days(start,
 * n)` (民法典 §203: a last day that is not a working day rolls to the next working day) and `yingshang_fail`, created
 * or replaced. A function whose answer needs a day outside the table raises an error. Running the script again
 * replaces the rows and keeps every view or query that depends on the table. PostgreSQL then gets `ANALYZE` of the
 * table, so that its planner estimates the rule queries right. See docs/en/sql.md.
 *
 * @param options - `calendar` (default `defaultCalendar`), `dialect` (`'postgres'`, `'duckdb'` or `'mysql'`), `dayTable` (the table's name, optionally
 * schema-qualified; default `yingshang_days`; the functions go in the same schema), and `from` and `to` (default:
 * the calendar's coverage).
 * @returns The script, UTF-8 text with LF line endings.
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT for a bad option, and the errors of {@link toDayTable}.
 * @example
 * ```ts
 * const script = dayTableSql({ dialect: 'postgres', from: '2021-10-01', to: '2021-10-09' });
 * script.split('\n').find((line) => line.startsWith("(DATE '2021-10-09'"));
 * //=> "(DATE '2021-10-09', 6, TRUE, 'makeup_workday', 'national_day', FALSE, 2, FALSE, '国办发明电〔2020〕27号', FALSE, 18909, DATE '2021-10-09', DATE '2021-10-09');"
 * ```
 */
export function dayTableSql(options: DayTableSqlOptions & ExportRangeOptions): string {
  const { dialect, dayTable = DEFAULT_DAY_TABLE, ...range } = readSqlOptions(options, ['calendar', 'dialect', 'dayTable', 'from', 'to'], ['dayTable']) as DayTableSqlOptions & ExportRangeOptions;
  const rows = toDayTable(range);
  const coverage = `${rows[0]?.day} … ${rows.at(-1)?.day}`;
  const derived = derivedValues(rows);
  const inserts: string[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const values = rows
      .slice(i, i + ROWS_PER_INSERT)
      .map((row, j) => `(DATE '${row.day}', ${[...DAY_TABLE_COLUMNS.slice(1).map((c) => sqlLiteral(row[c])), ...(derived[i + j] ?? [])].join(', ')})`);
    inserts.push(`INSERT INTO ${dayTable} (${[...DAY_TABLE_COLUMNS, ...DERIVED_COLUMNS].join(', ')}) VALUES\n${values.join(',\n')};\n`);
  }
  return [
    `-- yingshang day table (${dialect}): ${rows.length} days, ${coverage}. Generated by yingshang; see docs/en/sql.md.\n`,
    dialect === 'mysql' ? 'SET NAMES utf8mb4;\n' : '',
    createTable(dialect, dayTable),
    dialect === 'mysql' ? 'START TRANSACTION;\n' : 'BEGIN;\n',
    `DELETE FROM ${dayTable};\n`,
    ...inserts,
    dayFunctionsSql(dialect, dayTable, coverage),
    'COMMIT;\n',
    // Fresh statistics, so that the planner estimates the queries' joins with the table right.
    dialect === 'postgres' ? `ANALYZE ${dayTable};\n` : '',
  ].join('');
}
