export { dayTableSql } from './dayTableSql.js';
export { periodDeadlineSql } from './periodDeadlineSql.js';
export { ruleSql } from './ruleSql.js';
export type { SqlDialect, SqlOnError, DayTableSqlOptions, PeriodDeadlineSqlOptions, RuleSqlOptions } from './types.js';
export { YingshangError, isYingshangError } from '../errors/YingshangError.js';
export type { ErrorCode } from '../errors/codes.js';
export { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
export { UnknownRuleError, InvalidRuleError } from '../errors/ruleErrors.js';
export { InvalidDateError, CalendarOutOfRangeError, InvalidScheduleError } from '../errors/calendarErrors.js';
