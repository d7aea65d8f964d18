export { dayTableSql } from './dayTableSql.js';
export { periodDeadlineSql } from './periodDeadlineSql.js';
export type { SqlDialect, SqlOnError, DayTableSqlOptions, PeriodDeadlineSqlOptions } from './types.js';
export { YingshangError, isYingshangError } from '../errors/YingshangError.js';
export type { ErrorCode } from '../errors/codes.js';
export type { SafeResult } from '../errors/safe.js';
export { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
export { UnknownRuleError, InvalidRuleError } from '../errors/ruleErrors.js';
export { InvalidDateError, CalendarOutOfRangeError, InvalidScheduleError } from '../errors/calendarErrors.js';
