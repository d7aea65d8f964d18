export { checkProcurement, type ProcurementCheck, type ProcurementResults, type ProcurementStatus, type NotStartedResult, type UpcomingDeadline } from './checkProcurement.js';
export { ProcurementRecordSchema, type ProcurementRecord } from './procurementRecordSchema.js';
export { PROCUREMENT_RULE_IDS, PROCUREMENT_DEADLINES, type ProcurementRuleId, type ProcurementDeadlineRuleId } from './procurementRules.js';
// The generic layer a procurement system needs, so that it never has to import `yingshang/rules`.
export { explain, type ExplainOptions } from '../rules/explain.js';
export type { ExplainLocale } from '../rules/text/formatDay.js';
export type { EvaluateOptions } from '../rules/evaluate.js';
export type { OutOfRangeResult } from '../rules/engine/outOfRangeResult.js';
export type { DeadlineResult, DeadlineStatus, DeadlineLimit, DeadlineTraceStep, ThresholdResult, ThresholdStatus, ThresholdTraceStep, RuleResult } from '../rules/schema/results.js';
export type { DecimalInput } from '../rules/threshold/factsSchema.js';
export type { Calendar, DateInput } from '../calendar/types.js';
export { YingshangError, isYingshangError } from '../errors/YingshangError.js';
export { InvalidFactsError, type SchemaIssue } from '../errors/ruleErrors.js';
export { CalendarOutOfRangeError } from '../errors/calendarErrors.js';
export { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
export { checkProcurements, type ProcurementBatch } from './checkProcurements.js';
export { createProcurementSummary, type ProcurementItem, type ProcurementSummary, type ProcurementRuleSummary, type ProcurementSummaryBuilder } from './createProcurementSummary.js';
export type { ResultSummary, ElapsedStats } from '../rules/batch/createResultSummary.js';
export type { BatchItemError } from '../rules/batch/batchItemOf.js';
