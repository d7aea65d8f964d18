import * as z from 'zod/mini';
import { IsoDateSchema } from './dateSchemas.js';
import { CountSchema, DecimalTextSchema } from './numberSchemas.js';
import { AverageStatusSchema, DeadlineStatusSchema, TargetStatusSchema, ThresholdStatusSchema } from './statusSchemas.js';

const dated = { holiday: z.object({ nameZh: z.string(), nameEn: z.string() }), notice: z.object({ docNo: z.string() }) };
const span = { from: IsoDateSchema, to: IsoDateSchema };

const DeadlineStepSchema = z.discriminatedUnion('type', [
  z.object({ type: z.enum(['start', 'due', 'end', 'as_of']), date: IsoDateSchema }),
  z.object({ type: z.literal('holiday'), ...span, ...dated }),
  z.object({ type: z.literal('makeup_workday'), date: IsoDateSchema, ...dated }),
  z.object({ type: z.literal('pause'), ...span, reasons: z.array(z.string()), ignored: z.optional(z.literal(true)) }),
  z.object({ type: z.literal('roll'), ...span, holiday: z.optional(dated.holiday), notice: z.optional(dated.notice) }),
]);

/** The fields every result has, and what a calendar adds to deadline and average results. */
const common = { ruleId: z.string() };
const calendarNotes = {
  asKnownOn: z.optional(IsoDateSchema),
  warnings: z.optional(
    z.array(
      z.discriminatedUnion('code', [
        z.object({ code: z.literal('PROVISIONAL_CALENDAR'), years: z.array(z.int()).check(z.minLength(1)) }),
        z.object({ code: z.literal('PAUSE_AFTER_DUE'), pause: z.object({ ...span, reasons: z.array(z.string()) }) }),
        z.object({ code: z.literal('MAY_CHANGE_WITH_NEXT_NOTICE'), days: z.array(IsoDateSchema).check(z.minLength(1)), year: z.int() }),
      ]),
    ),
  ),
};

/**
 * The shape of a `RuleResult` as `explain` reads it, kind by kind: what `evaluate` returns, or the same result after
 * a JSON round trip. Fields `explain` does not read are not checked; every date it prints must be a real
 * `'YYYY-MM-DD'` date, every count a whole number ≥ 0 and every decimal a plain decimal string, so that an explanation
 * is never built from junk.
 *
 * @example
 * ```ts
 * RuleResultSchema.safeParse(JSON.parse(JSON.stringify(evaluate('m15-payment', { start: '2021-09-29' })))).success; //=> true
 * ```
 */
export const RuleResultSchema = z.discriminatedUnion('kind', [
  z.object({
    ...common,
    ...calendarNotes,
    kind: z.literal('deadline'),
    status: DeadlineStatusSchema,
    due: IsoDateSchema,
    start: z.optional(IsoDateSchema),
    end: z.optional(IsoDateSchema),
    asOf: z.optional(IsoDateSchema),
    limit: z.optional(z.object({ unit: z.enum(['working_days', 'calendar_days']) })),
    elapsed: z.optional(CountSchema),
    remaining: z.optional(CountSchema),
    overBy: z.optional(CountSchema),
    overByIsLowerBound: z.optional(z.literal(true)),
    trace: z.array(DeadlineStepSchema),
  }),
  z.object({
    ...common,
    kind: z.literal('threshold'),
    status: ThresholdStatusSchema,
    actual: DecimalTextSchema,
    required: DecimalTextSchema,
    shortfall: z.optional(DecimalTextSchema),
    requiredAmount: z.optional(DecimalTextSchema),
    shortfallAmount: z.optional(DecimalTextSchema),
    // `explain` reads the inputs and the limit's index; other steps pass.
    trace: z.array(z.object({ type: z.string(), values: z.optional(z.record(z.string(), z.union([z.string(), z.boolean()]))), index: z.optional(z.int()) })),
  }),
  z.object({
    ...common,
    kind: z.literal('target'),
    status: TargetStatusSchema,
    target: CountSchema,
    value: CountSchema,
    due: IsoDateSchema,
    progress: z.number(),
    expectedProgress: z.number(),
    asOf: z.optional(IsoDateSchema),
    trace: z.array(z.object({ asOf: IsoDateSchema, baseline: z.optional(CountSchema) })),
  }),
  z
    .object({
      ...common,
      ...calendarNotes,
      kind: z.literal('average'),
      status: AverageStatusSchema,
      mean: z.nullable(z.number()),
      median: z.nullable(z.number()),
      max: z.nullable(z.number()),
      count: CountSchema,
      withinLimit: CountSchema,
    })
    .check(z.refine((r) => (r.mean === null) === (r.count === 0), { message: 'must be null exactly when `count` is 0', path: ['mean'] })),
]);

const KINDS = ['deadline', 'threshold', 'target', 'average'] as const;

/**
 * The shape of an `out_of_range` result as `explain` reads it (its `ruleId`, `kind` and missing `years`), as the
 * façades and batches give it or after a JSON round trip.
 *
 * @example
 * ```ts
 * OutOfRangeResultSchema.safeParse({ ruleId: 'm15-payment', kind: 'deadline', status: 'out_of_range', years: [2027] }).success; //=> true
 * ```
 */
export const OutOfRangeResultSchema = z.object({ ruleId: z.string(), kind: z.enum(KINDS), status: z.literal('out_of_range'), years: z.array(z.int()) });

/**
 * The shape of a record's `not_started` result (`checkProcurement`) as `explain` reads it: its `ruleId`, `kind` and
 * the field it is `waitingFor`.
 *
 * @example
 * ```ts
 * NotStartedResultSchema.safeParse({ ruleId: 'm15-payment', kind: 'deadline', status: 'not_started', waitingFor: 'invoiceReceivedOn' }).success; //=> true
 * ```
 */
export const NotStartedResultSchema = z.object({ ruleId: z.string(), kind: z.enum(KINDS), status: z.literal('not_started'), waitingFor: z.string() });
