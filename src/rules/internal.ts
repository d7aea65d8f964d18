/**
 * The rules' package-internal surface: what the façades (`procurement`, `utilities`), the SQL builder and the CLI use
 * beyond the public `yingshang/rules` (src/rules/index.ts). Not exported from the package. Code outside src/rules
 * imports the rules only through these two files (checked by `.dependency-cruiser.cjs`).
 *
 * @internal
 * @module
 */
export { languageOf, type Language } from '../_internal/locale.js';
export { DateInputSchema, DateFactSchema } from './schema/dateSchemas.js';
export { notYet } from './schema/notYet.js';
export { DeadlinePauseSchema, PausesSchema } from './factsSchemas.js';
export { prepareEvaluation } from './prepareEvaluation.js';
// Also public (index.ts); the façades import it from here, as the build's type bundle would otherwise re-export it
// from index.ts across its own chunks (a circular re-export between chunks).
export type { FactsOfId } from './evaluate.js';
export { batchItemOf } from './batch/batchItemOf.js';
export { createBatchCounter } from './batch/createBatchCounter.js';
export { createBatch, checkIdOption, type BatchCounting } from './batch/createBatch.js';
export { resultCounting } from './batch/createResultSummary.js';
export { ruleEvaluatorOf } from './ruleEvaluatorOf.js';
export { evaluateRecord, type RecordEvaluation } from './engine/evaluateRecord.js';
export { isOutOfRangeResult, outOfRangeOr } from './engine/outOfRangeResult.js';
