import * as z from 'zod/mini';
import { DecimalTextSchema } from '../schema/numberSchemas.js';
import type { ReadonlyOutput } from '../schema/readonlyOutput.js';
import { resultHead } from '../schema/resultHead.js';
import { ThresholdStatusSchema } from '../schema/statusSchemas.js';

/** The shape of a {@link ThresholdTraceStep}, told apart by `type`. */
export const ThresholdTraceStepSchema = z.discriminatedUnion('type', [
  /** The inputs as exact decimal strings (decimals at the input's precision), booleans and enum values. */
  z.object({ type: z.literal('inputs'), values: z.record(z.string(), z.union([z.string(), z.boolean()])) }),
  /** Whether the applicability condition holds. */
  z.object({ type: z.literal('applicability'), holds: z.boolean() }),
  /** The limit that applies: its index in the rule's `limits` and its value. */
  z.object({ type: z.literal('limit'), index: z.int().check(z.gte(0)), value: DecimalTextSchema }),
  /** The exact comparison. */
  z.object({ type: z.literal('comparison'), comparison: z.enum(['at_least', 'at_most']), holds: z.boolean() }),
]);

/** One step of a threshold's computation. */
export type ThresholdTraceStep = ReadonlyOutput<typeof ThresholdTraceStepSchema>;

const thresholdResultShape = {
  ...resultHead('threshold', ThresholdStatusSchema),
  actual: DecimalTextSchema,
  required: DecimalTextSchema,
  shortfall: z.optional(DecimalTextSchema),
  requiredAmount: z.optional(DecimalTextSchema),
  shortfallAmount: z.optional(DecimalTextSchema),
  trace: z.array(ThresholdTraceStepSchema),
};

/**
 * The shape of a {@link ThresholdResult}: what `evaluate` gives, or the same after a JSON round trip (`explain` checks
 * a result against it before wording it).
 *
 * @example
 * ```ts
 * ThresholdResultSchema.safeParse({ ruleId: 'x', kind: 'threshold', status: 'met', actual: '1', required: '1', trace: [] }).success; //=> true
 * ```
 */
export const ThresholdResultSchema: z.ZodMiniObject<typeof thresholdResultShape> = z.object(thresholdResultShape);

/**
 * The result of a threshold rule; every number is an exact decimal string. For a ratio, `actual` is the fraction to
 * 6 decimals, rounded towards failing (down for `at_least`, up for `at_most`), so it never looks met when it is not;
 * `requiredAmount` is the numerator that meets the limit exactly (rounded up to the input's precision, the fen for
 * yuan, for `at_least`; down for `at_most`). `shortfall`/`shortfallAmount`: how far from met, only when not met.
 * A threshold never consults the calendar: it is never provisional.
 */
export type ThresholdResult = ReadonlyOutput<typeof ThresholdResultSchema>;
