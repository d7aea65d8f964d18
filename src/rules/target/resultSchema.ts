import * as z from 'zod/mini';
import { IsoDateSchema } from '../schema/dateSchemas.js';
import { CountSchema } from '../schema/numberSchemas.js';
import type { ReadonlyOutput } from '../schema/readonlyOutput.js';
import { resultHead } from '../schema/resultHead.js';
import { TargetStatusSchema } from '../schema/statusSchemas.js';

const targetTraceStepShape = {
  type: z.literal('progress'),
  asOf: IsoDateSchema,
  startsOn: IsoDateSchema,
  baseline: z.optional(CountSchema),
  /** Days from `startsOn` to `asOf`, both included, at most `totalDays`. */
  elapsedDays: CountSchema,
  /** Days from `startsOn` to `due`, both included. */
  totalDays: CountSchema,
};

/** The shape of a {@link TargetTraceStep}. */
export const TargetTraceStepSchema: z.ZodMiniObject<typeof targetTraceStepShape> = z.object(targetTraceStepShape);

/** The computation of a target's progress. */
export type TargetTraceStep = ReadonlyOutput<typeof TargetTraceStepSchema>;

const targetResultShape = {
  ...resultHead('target', TargetStatusSchema),
  target: CountSchema,
  value: CountSchema,
  due: IsoDateSchema,
  progress: z.number(),
  expectedProgress: z.number(),
  /** The day the value was counted on, `'YYYY-MM-DD'`. */
  asOf: IsoDateSchema,
  trace: z.array(TargetTraceStepSchema),
};

/**
 * The shape of a {@link TargetResult}: what `evaluate` gives, or the same after a JSON round trip (`explain` checks
 * a result against it before wording it).
 *
 * @example
 * ```ts
 * TargetResultSchema.safeParse({ ruleId: 'x', kind: 'target', status: 'achieved' }).success; //=> false
 * ```
 */
export const TargetResultSchema: z.ZodMiniObject<typeof targetResultShape> = z.object(targetResultShape);

/** The result of a target rule (calendar days only: never provisional). `progress` and `expectedProgress` are shares in [0, 1] (for display; the status is decided in exact integers). */
export type TargetResult = ReadonlyOutput<typeof TargetResultSchema>;
