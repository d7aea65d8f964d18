export { dayTableSql } from './dayTableSql.js';
export { periodDeadlineSql } from './periodDeadlineSql.js';
export type { SqlDialect, DayTableSqlOptions, PeriodDeadlineSqlOptions } from './types.js';
