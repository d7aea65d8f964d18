// Deadlines inside a database (docs/en/sql.md, docs/zh-CN/sql.md): the day table and the rule queries of
// `yingshang/sql` in PostgreSQL (PGlite, a real PostgreSQL compiled to WebAssembly) and DuckDB, both embedded.
import { DuckDBInstance } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import { dayTableSql, periodDeadlineSql, ruleSql } from 'yingshang/sql';

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

// #region kinds
const kinds = await (await DuckDBInstance.create(':memory:')).connect();
await kinds.run(dayTableSql({ dialect: 'duckdb' }));
await kinds.run(`CREATE TABLE contracts (id int, contract_amount decimal(14, 2), prepayment_amount decimal(14, 2), supplier_is_sme boolean);
  INSERT INTO contracts VALUES (1, 1000000.00, 300000.00, false), (2, 1000000.00, 300000.00, true), (3, 333.33, 99.99, false);
  CREATE TABLE purchasers (id int, value int, as_of date);
  INSERT INTO purchasers VALUES (1, 120, '2021-10-31'), (2, 130, '2021-10-31'), (3, 150, '2022-01-04');
  CREATE TABLE connections (group_id varchar, id int, start_day date, end_day date); CREATE TABLE connection_pauses (id int, pause_from date, pause_to date);
  INSERT INTO connections VALUES ('2021-Q3', 1, '2021-07-05', '2021-08-06'), ('2021-Q3', 2, '2021-08-02', '2021-09-10'), ('2021-Q4', 3, '2021-09-28', '2021-11-15');
  INSERT INTO connection_pauses VALUES (3, '2021-10-11', '2021-10-22');`);
const query = async (sql) => (await kinds.runAndReadAll(sql)).getRowObjectsJson().sort((a, b) => String(a.id ?? a.group_id).localeCompare(String(b.id ?? b.group_id)));
for (const r of await query(ruleSql('m15-prepayment-ratio', { dialect: 'duckdb', records: 'contracts' }))) {
  console.log(r.id, r.status, r.actual, r.required, r.required_amount, r.shortfall_amount);
}
//=> 1 met 0.300000 0.300000 300000.00 null
//   2 not_met 0.300000 0.500000 500000.00 200000.00
//   3 not_met 0.299972 0.300000 100.00 0.01
for (const r of await query(ruleSql('m22-intermediary-purchasers', { dialect: 'duckdb', records: 'purchasers' }))) {
  console.log(r.id, r.status, r.progress, r.expected_progress.toFixed(4));
}
//=> 1 behind 0.6 0.6013
//   2 on_track 0.65 0.6013
//   3 missed 0.75 1.0000
const averages = ruleSql('m06-electricity-10kv-average', { dialect: 'duckdb', records: 'connections', pauses: 'connection_pauses' });
for (const r of await query(averages)) console.log(r.group_id, r.status, r.mean, r.median, r.max, r.count, r.within_limit);
//=> 2021-Q3 met 26.5 26.5 29 2 2
//   2021-Q4 met 20 20 20 1 1
// #endregion kinds

// The queries shown in the guides, one per kind of period deadline.
console.log(periodDeadlineSql('m15-payment', { dialect: 'postgres' }));
console.log(periodDeadlineSql('m13-contract-signing', { dialect: 'postgres' }));
