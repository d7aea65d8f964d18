import * as z from 'zod/mini';
import type { DeepReadonly } from './readonlyOutput.js';

/**
 * The fields of an `out_of_range` result but its `kind` (which the registry of kinds adds:
 * `rules/ruleResultSchema.ts`).
 *
 * @example
 * ```ts
 * z.object(outOfRangeShape).safeParse({ ruleId: 'm15-payment', status: 'out_of_range', code: 'CALENDAR_OUT_OF_RANGE', message: '…', years: [2027], details: {} }).success; //=> true
 * ```
 */
export const outOfRangeShape = {
  ruleId: z.string(),
  status: z.literal('out_of_range'),
  code: z.literal('CALENDAR_OUT_OF_RANGE'),
  /** The error's message, for developers: the field that needs the day, the missing years and the remedies (`createCalendar({ schedules })`…). */
  message: z.string(),
  /** The years the calendar would need, ascending. */
  years: z.array(z.int()),
  /** The error's details (`argument` or `operation`, `date`, `coverage`, `years`), for developers. */
  details: z.record(z.string(), z.unknown()),
};

/**
 * The fields of a record's `not_started` result but its `kind` (which the registry of kinds adds).
 *
 * @example
 * ```ts
 * z.object(notStartedShape).safeParse({ ruleId: 'm15-payment', status: 'not_started', waitingFor: 'invoiceReceivedOn' }).success; //=> true
 * ```
 */
export const notStartedShape = {
  ruleId: z.string(),
  status: z.literal('not_started'),
  /** The record field that starts the rule once filled in (`'invoiceReceivedOn'`, `'prepaymentAmount'`…). */
  waitingFor: z.string(),
};

/** The output of an object of `Shape`, with `Fields` (a literal `ruleId`, the `kind`…) in place of its own. */
type Narrowed<Shape extends z.core.$ZodLooseShape, Fields> = Flat<DeepReadonly<Omit<z.output<z.ZodMiniObject<Shape>>, keyof Fields>> & Fields>;

/** An intersection as one object type. */
type Flat<T> = { [K in keyof T]: T[K] };

/** An `out_of_range` result of rule `Id`, of kind `K` (the public `OutOfRangeResult` is this with `K` a `RuleKind`). */
export type OutOfRangeResultOf<Id extends string, K extends string> = Narrowed<
  typeof outOfRangeShape,
  {
    readonly ruleId: Id;
    /** The kind of the rule that could not be judged. */
    readonly kind: K;
  }
>;

/** A `not_started` result of rule `Id`, of kind `K`, waiting for the record field `Field` (the public `NotStartedResult`). */
export type NotStartedResultOf<Id extends string, K extends string, Field extends string> = Narrowed<
  typeof notStartedShape,
  {
    readonly ruleId: Id;
    /** The kind of the rule that has not started. */
    readonly kind: K;
    /** The record field that starts the rule once filled in (`'invoiceReceivedOn'`, `'prepaymentAmount'`…). */
    readonly waitingFor: Field;
  }
>;
