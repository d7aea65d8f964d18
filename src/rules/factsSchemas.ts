// The facts schema of each kind lives in the kind's folder (threshold facts are built from the rule's inputs:
// threshold/factsSchema.ts); this file gathers them for the public index.
export { DeadlinePauseSchema, PausesSchema, type DeadlinePause } from './days/pauseSchema.js';
export {
  DeadlineFactsSchema,
  FixedDateFactsSchema,
  type DeadlineFacts,
  type FixedDateFacts,
  type ParsedDeadlineFacts,
} from './deadline/factsSchema.js';
export { TargetFactsSchema, type TargetFacts } from './target/factsSchema.js';
export { AverageCaseSchema, AverageFactsSchema, type AverageCase, type AverageFacts } from './average/factsSchema.js';
