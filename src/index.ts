export * from './errors/index.js';
export * from './calendar/index.js';
export * from './measures/index.js';
export * from './rules/index.js';
export {
  checkProcurement,
  checkProcurements,
  createProcurementSummary,
  ProcurementRecordSchema,
  PROCUREMENT_RULE_IDS,
  PROCUREMENT_DEADLINES,
  type ProcurementCheck,
  type ProcurementResults,
  type ProcurementStatus,
  type NotStartedResult,
  type UpcomingDeadline,
  type ProcurementRecord,
  type ProcurementRuleId,
  type ProcurementDeadlineRuleId,
  type ProcurementBatch,
  type CheckProcurementsOptions,
  type ProcurementItem,
  type ProcurementSummary,
  type ProcurementRuleSummary,
  type ProcurementSummaryBuilder,
} from './procurement/index.js';
export {
  checkConnection,
  checkConnections,
  checkZeroInvestment,
  ConnectionApplicationSchema,
  CONNECTION_RULES,
  CONNECTION_PAIRS,
  connectionRuleIdOf,
  type ConnectionResultOf,
  type ConnectionCheckResult,
  type ConnectionItem,
  type ConnectionsSummary,
  type ConnectionsBatch,
  type CheckConnectionsOptions,
  type ZeroInvestmentProject,
  type ZeroInvestmentCheck,
  type ConnectionApplication,
  type ConnectionApplicationDates,
  type Utility,
  type ConnectionCategory,
  type ConnectionRuleId,
} from './utilities/index.js';
export { dayTableSql, periodDeadlineSql, type SqlDialect, type DayTableSqlOptions, type PeriodDeadlineSqlOptions } from './sql/index.js';
