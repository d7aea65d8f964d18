export { checkProcurement, type ProcurementCheck, type ProcurementResults, type ProcurementStatus, type NotStartedResult, type ProcurementKindOf, type UpcomingDeadline } from './checkProcurement.js';
export { safeCheckProcurement } from './safeCheckProcurement.js';
export { ProcurementRecordSchema, type ProcurementRecord } from './procurementRecordSchema.js';
export { PROCUREMENT_COLUMN_NAMES } from './procurementColumnNames.js';
export { PROCUREMENT_RULE_IDS, PROCUREMENT_DEADLINES, type ProcurementRuleId, type ProcurementDeadlineRuleId } from './procurementRules.js';
// The generic layer a procurement system needs, so that it never has to import `yingshang/rules`.
export { explain, type ExplainOptions, type Locale, labelOf, formatError, type EvaluateOptions, type OutOfRangeResult, type DeadlineResult, type DeadlineStatus, type DeadlineLimit, type DeadlineTraceStep, type ThresholdResult, type ThresholdStatus, type ThresholdTraceStep, type RuleResult, type DecimalInput, type ResultSummary, type ElapsedStats, type BatchItemError, type BatchItem, type BatchItemId, type ResultBatch, type SyncResultBatch, type ResultBatchOptions, type RuleKind, type AnyRuleResult, type ResultStatus } from '../rules/index.js';
export type { Calendar, DateInput } from '../calendar/types.js';
export { YingshangError, isYingshangError } from '../errors/YingshangError.js';
export type { ErrorCode } from '../errors/codes.js';
export type { SafeResult } from '../errors/safe.js';
export { InvalidFactsError, type SchemaIssue } from '../errors/ruleErrors.js';
export { CalendarOutOfRangeError } from '../errors/calendarErrors.js';
export { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
export { checkProcurements, type ProcurementBatch, type CheckProcurementsOptions } from './checkProcurements.js';
export { createProcurementSummary, type ProcurementItem, type ProcurementSummary, type ProcurementRuleSummary, type ProcurementSummaryBuilder } from './createProcurementSummary.js';
