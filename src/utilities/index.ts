export { checkConnection, type ConnectionResultOf } from './checkConnection.js';
export { checkConnections, type ConnectionsReport } from './checkConnections.js';
export { checkZeroInvestment, type ZeroInvestmentProject, type ZeroInvestmentCheck } from './checkZeroInvestment.js';
export { ConnectionApplicationSchema, type ConnectionApplication, type ConnectionApplicationDates } from './connectionApplicationSchema.js';
export { CONNECTION_RULES, CONNECTION_PAIRS, connectionRuleIdOf, type Utility, type ConnectionCategory, type ConnectionRuleId } from './connectionRules.js';
// The generic layer a utility system needs, so that it never has to import `yingshang/rules`.
export { explain, type ExplainOptions } from '../rules/explain.js';
export type { ExplainLocale } from '../rules/text/formatDay.js';
export type { EvaluateOptions } from '../rules/evaluate.js';
export type { Pause } from '../rules/schema/factsSchemas.js';
export type { BatchItem, BatchItemError } from '../rules/batch/batchItemOf.js';
export type { ResultSummary, ResultStatus, ElapsedStats } from '../rules/batch/createResultSummary.js';
export type {
  DeadlineResult,
  DeadlineStatus,
  DeadlineLimit,
  DeadlineTraceStep,
  AverageResult,
  AverageStatus,
  AverageTraceStep,
  ThresholdResult,
  ThresholdStatus,
  ThresholdTraceStep,
  RuleResult,
} from '../rules/schema/results.js';
export type { DecimalInput } from '../rules/threshold/factsSchema.js';
export type { Calendar, DateInput } from '../calendar/types.js';
export { YingshangError, isYingshangError } from '../errors/YingshangError.js';
export { InvalidFactsError, type SchemaIssue } from '../errors/ruleErrors.js';
export { CalendarOutOfRangeError } from '../errors/calendarErrors.js';
export { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
export type { OutOfRangeResult } from '../rules/engine/outOfRangeResult.js';
