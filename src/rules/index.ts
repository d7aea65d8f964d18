export { rules, type BuiltInRule, type BuiltInRuleId, type BuiltInRuleOf } from './builtInRules.js';
export { getRule } from './getRule.js';
export { evaluate, type EvaluateOptions, type FactsOfId, type ResultOfId } from './evaluate.js';
export { safeEvaluate, type SafeEvaluateResult } from './safeEvaluate.js';
export { evaluateMany, type BatchIterator, type ResultOfRule } from './evaluateMany.js';
export type { BatchItem, BatchItemError } from './batchItemOf.js';
export { createResultSummary, type ResultSummary, type ResultSummaryBuilder, type ResultStatus, type ElapsedStats } from './createResultSummary.js';
export { summarizeResults } from './summarizeResults.js';
export { defineRule } from './defineRule.js';
export { explain, type ExplainOptions } from './explain.js';
export type { ExplainLocale } from './formatDay.js';
export type { FactsOf, ResultOf } from './factsOf.js';
export {
  RuleDefinitionSchema,
  DeadlineRuleSchema,
  PeriodDeadlineRuleSchema,
  FixedDateDeadlineRuleSchema,
  ThresholdRuleSchema,
  TargetRuleSchema,
  AverageRuleSchema,
  TextSchema,
  LegalBasisSchema,
  PeriodLimitSchema,
  ThresholdInputSpecSchema,
  ConditionSchema,
  type RuleDefinition,
  type DeadlineRule,
  type PeriodDeadlineRule,
  type FixedDateDeadlineRule,
  type ThresholdRule,
  type TargetRule,
  type AverageRule,
  type Text,
  type LegalBasis,
  type PeriodLimit,
  type ThresholdInputSpec,
  type Condition,
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
  type Pause,
} from './factsSchemas.js';
export { thresholdFactsSchema, type ThresholdFactsOf, type DecimalInput } from './thresholdFactsSchema.js';
export type {
  RuleResult,
  DeadlineResult,
  DeadlineStatus,
  DeadlineLimit,
  DeadlineTraceStep,
  ThresholdResult,
  ThresholdStatus,
  ThresholdTraceStep,
  TargetResult,
  TargetStatus,
  TargetTraceStep,
  AverageResult,
  AverageStatus,
  AverageTraceStep,
  RuleWarning,
  ProvisionalCalendarWarning,
  PauseAfterDueWarning,
} from './results.js';
export { UnknownRuleError, InvalidRuleError, InvalidFactsError, type SchemaIssue } from '../errors/ruleErrors.js';
export { YingshangError, isYingshangError } from '../errors/YingshangError.js';
export { CalendarOutOfRangeError } from '../errors/calendarErrors.js';
export { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
