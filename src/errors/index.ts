export { YingshangError, isYingshangError } from './YingshangError.js';
export { InvalidDateError, CalendarOutOfRangeError, InvalidScheduleError, InvalidNoticeError } from './calendarErrors.js';
export { InvalidArgumentError } from './InvalidArgumentError.js';
export type { ErrorCode } from './codes.js';
export type { SafeResult } from './safe.js';
export { UnknownMeasureError, UnknownDepartmentError } from './measureErrors.js';
export { UnknownRuleError, InvalidRuleError, InvalidFactsError, type SchemaIssue } from './ruleErrors.js';
