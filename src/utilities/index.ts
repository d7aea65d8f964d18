export { checkConnection, type ConnectionResultOf, type ConnectionCheckResult } from './checkConnection.js';
export { checkConnections, type ConnectionItem, type ConnectionsSummary, type ConnectionsBatch, type CheckConnectionsOptions } from './checkConnections.js';
export { checkZeroInvestment, type ZeroInvestmentProject, type ZeroInvestmentCheck } from './checkZeroInvestment.js';
export { safeCheckConnection, safeCheckZeroInvestment } from './safeForms.js';
export { ConnectionApplicationSchema, ConnectionApplicationDatesSchema, type ConnectionApplication, type ConnectionApplicationDates } from './connectionApplicationSchema.js';
export { CONNECTION_COLUMN_NAMES, CONNECTION_VALUE_NAMES } from './connectionColumnNames.js';
export { CONNECTION_RULES, CONNECTION_PAIRS, connectionRuleIdOf, type UtilityKind, type ConnectionCategory, type ConnectionRuleId } from './connectionRules.js';
// The generic layer a utility system needs, so that it never has to import `yingshang/rules`.
export { explain, type ExplainOptions, type Locale, labelOf, formatError, type EvaluateOptions, type DeadlinePause, type BatchItem, type BatchItemError, type BatchItemId, type ResultBatch, type SyncResultBatch, type ResultBatchOptions, type RuleKind, type AnyRuleResult, type ResultSummary, type ResultStatus, type ElapsedStats, type DeadlineResult, type DeadlineStatus, type DeadlineLimit, type DeadlineTraceStep, type AverageResult, type AverageStatus, type AverageTraceStep, type ThresholdResult, type ThresholdStatus, type ThresholdTraceStep, type RuleResult, type DecimalInput, type OutOfRangeResult } from '../rules/index.js';
export type { Calendar, DateInput } from '../calendar/types.js';
export { YingshangError, isYingshangError } from '../errors/YingshangError.js';
export type { ErrorCode } from '../errors/codes.js';
export type { SafeResult } from '../errors/safe.js';
export { InvalidFactsError, type SchemaIssue } from '../errors/ruleErrors.js';
export { CalendarOutOfRangeError } from '../errors/calendarErrors.js';
export { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
