export type { BuiltInRule, BuiltInRuleId, BuiltInRuleOf } from './catalogue/builtInRules.js';
export { getRule } from './getRule.js';
export { listRules } from './listRules.js';
export { evaluate, type EvaluateOptions, type FactsOfId, type ResultOfId, type RuleOf, type FactsOfRule, type ResultOfRule } from './evaluate.js';
export { isBuiltInRuleId } from './isBuiltInRuleId.js';
export { safeEvaluate, safeDefineRule, safeParseAmount, safeParseBoolean } from './safeForms.js';
export { evaluateMany, type BatchIterator, type BatchResultOf, type EvaluateManyOptions } from './batch/evaluateMany.js';
export type { BatchItem, BatchItemError, BatchItemId } from './batch/batchItemOf.js';
export type { ResultBatch, SyncResultBatch, ResultBatchOptions } from './batch/createBatch.js';
export { createResultSummary, type BatchCounts, type ResultSummary, type ResultSummaryBuilder, type ResultStatus, type ElapsedStats } from './batch/createResultSummary.js';
export { summarizeResults } from './batch/summarizeResults.js';
export { defineRule } from './defineRule.js';
export { parseBoolean } from './input/parseBoolean.js';
export { parseAmount, type ParseAmountOptions } from './input/parseAmount.js';
export { explain, type ExplainOptions } from './explain.js';
export type { Locale } from '../_internal/locale.js';
export { BilingualTextSchema, type BilingualText } from '../_internal/bilingualText.js';
export { labelOf } from './language/labelOf.js';
export { formatError, type ErrorLike } from './language/formatError.js';
export { formatIssue } from './language/formatIssue.js';
export {
  LABELS,
  STATUS_LABELS,
  STATUS_LABELS_BY_KIND,
  RULE_KIND_LABELS,
  DAY_KIND_LABELS,
  UNIT_LABELS,
  type LabelKey,
  type StatusKey,
  type UnitKey,
} from './language/labels.js';
export type { FactsOf, ResultOf } from './factsOf.js';
export {
  RuleDefinitionSchema,
  DeadlineRuleSchema,
  PeriodDeadlineRuleSchema,
  FixedDateDeadlineRuleSchema,
  ThresholdRuleSchema,
  TargetRuleSchema,
  AverageRuleSchema,
  LegalBasisSchema,
  PeriodLimitSchema,
  ThresholdInputSpecSchema,
  ThresholdConditionSchema,
  type RuleDefinition,
  type DeadlineRule,
  type PeriodDeadlineRule,
  type FixedDateDeadlineRule,
  type ThresholdRule,
  type TargetRule,
  type AverageRule,
  type LegalBasis,
  type PeriodLimit,
  type ThresholdInputSpec,
  type ThresholdCondition,
} from './ruleDefinitionSchema.js';
export {
  DeadlineFactsSchema,
  FixedDateFactsSchema,
  TargetFactsSchema,
  AverageFactsSchema,
  type DeadlineFacts,
  type FixedDateFacts,
  type TargetFacts,
  type AverageFacts,
  type AverageCase,
  type DeadlinePause,
} from './factsSchemas.js';
export { thresholdFactsSchema, type ThresholdFactsOf, type DecimalInput } from './threshold/factsSchema.js';
export { DeadlinePauseSchema } from './days/pauseSchema.js';
export { AverageCaseSchema } from './average/factsSchema.js';
export { DeadlineStatusSchema, ThresholdStatusSchema, TargetStatusSchema, AverageStatusSchema } from './schema/statusSchemas.js';
export type { RuleResult, RuleKind, AnyRuleResult, NotStartedResult, OutOfRangeResult } from './ruleResult.js';
export { DeadlineResultSchema, DeadlineLimitSchema, DeadlineTraceStepSchema, type DeadlineResult, type DeadlineLimit, type DeadlineTraceStep } from './deadline/resultSchema.js';
export type { DeadlineStatus, ThresholdStatus, TargetStatus, AverageStatus } from './schema/statusSchemas.js';
export { ThresholdResultSchema, ThresholdTraceStepSchema, type ThresholdResult, type ThresholdTraceStep } from './threshold/resultSchema.js';
export { TargetResultSchema, TargetTraceStepSchema, type TargetResult, type TargetTraceStep } from './target/resultSchema.js';
export { AverageResultSchema, AverageTraceStepSchema, type AverageResult, type AverageTraceStep } from './average/resultSchema.js';
export {
  RuleWarningSchema,
  ProvisionalCalendarWarningSchema,
  NextNoticeWarningSchema,
  PauseAfterDueWarningSchema,
  type RuleWarning,
  type ProvisionalCalendarWarning,
  type NextNoticeWarning,
  type PauseAfterDueWarning,
} from './schema/calendarNotesSchema.js';
export { UnknownRuleError, InvalidRuleError, InvalidFactsError, type SchemaIssue } from '../errors/ruleErrors.js';
export { YingshangError, isYingshangError } from '../errors/YingshangError.js';
export type { ErrorCode } from '../errors/codes.js';
export type { SafeResult } from '../errors/safe.js';
export { CalendarOutOfRangeError } from '../errors/calendarErrors.js';
export { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
