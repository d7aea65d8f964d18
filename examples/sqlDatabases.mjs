// Deadlines inside a database (docs/en/sql.md, docs/zh-CN/sql.md): the day table and the rule queries of
// `yingshang/sql` in PostgreSQL (PGlite, a real PostgreSQL compiled to WebAssembly) and DuckDB, both embedded.
import { DuckDBInstance } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import { dayTableSql, periodDeadlineSql } from 'yingshang/sql';

// #region postgres
const db = await PGlite.create(); // or any PostgreSQL server: pipe the same SQL into psql
await db.exec(dayTableSql({ dialect: 'postgres' })); // = yingshang calendar export --format sql --dialect postgres
await db.exec(`CREATE TABLE records (id int, start_day date, end_day date, as_of date); CREATE TABLE pauses (id int, pause_from date, pause_to date);
  INSERT INTO records VALUES (1, '2021-09-29', NULL, '2021-10-08'), (2, '2021-10-15', '2021-10-23', NULL), (3, '2021-09-29', '2021-10-13', NULL);
  INSERT INTO pauses VALUES (3, '2021-10-08', '2021-10-09');`);
const { rows } = await db.query(periodDeadlineSql('m15-payment', { dialect: 'postgres' })); // = yingshang sql m15-payment --dialect postgres
const lines = rows.sort((a, b) => a.id - b.id).map((r) => [r.id, r.status, r.due.toISOString().slice(0, 10), r.elapsed, r.remaining ?? 'null', r.over_by ?? 'null'].join(' '));
console.log(lines.join('\n'));
//=> 1 pending 2021-10-12 2 3 null
//   2 missed 2021-10-22 5 null 1
//   3 met 2021-10-14 4 1 null
// #endregion postgres
await db.close();

// #region duckdb
const duck = await (await DuckDBInstance.create(':memory:')).connect();
await duck.run(dayTableSql({ dialect: 'duckdb', from: '2021-01-01', to: '2021-12-31' }));
const days = await duck.runAndReadAll(`SELECT yingshang_add_working_days(DATE '2021-09-29', 5) AS add_5,
  yingshang_count_working_days(DATE '2021-09-29', DATE '2021-10-12') AS count,
  yingshang_add_calendar_days(DATE '2021-09-11', 20) AS period_20`);
console.log(days.getRowObjectsJson()); //=> [ { add_5: '2021-10-12', count: 5, period_20: '2021-10-08' } ]
try {
  await duck.run("SELECT yingshang_add_working_days(DATE '2021-12-27', 5)");
} catch (error) {
  console.log(error.message.split(' (')[0]); //=> Invalid Input Error: yingshang_add_working_days(2021-12-27, 5): the answer needs days outside the table
}
// #endregion duckdb

// The queries shown in the guides, one per kind of period deadline.
console.log(periodDeadlineSql('m15-payment', { dialect: 'postgres' }));
console.log(periodDeadlineSql('m13-contract-signing', { dialect: 'postgres' }));
