import * as z from 'zod/mini';
import { calendarNotesShape, spanShape as span } from '../schema/calendarNotesSchema.js';
import { IsoDateSchema } from '../schema/dateSchemas.js';
import { CountSchema } from '../schema/numberSchemas.js';
import { DeadlineStatusSchema } from '../schema/statusSchemas.js';

const dated = { holiday: z.object({ name: z.object({ zh: z.string(), en: z.string() }) }), notice: z.object({ docNo: z.string() }) };

const DeadlineStepSchema = z.discriminatedUnion('type', [
  z.object({ type: z.enum(['start', 'due', 'end', 'as_of']), date: IsoDateSchema }),
  z.object({ type: z.literal('holiday'), ...span, ...dated }),
  z.object({ type: z.literal('makeup_workday'), date: IsoDateSchema, ...dated }),
  z.object({ type: z.literal('pause'), ...span, reasons: z.array(z.string()), open: z.optional(z.literal(true)), ignored: z.optional(z.literal(true)) }),
  z.object({ type: z.literal('roll'), ...span, holiday: z.optional(dated.holiday), notice: z.optional(dated.notice) }),
]);

/**
 * The shape of a deadline result as `explain` reads it (fields it does not read are not checked).
 *
 * @example
 * ```ts
 * DeadlineResultSchema.safeParse(evaluate('m15-payment', { start: '2021-09-29' })).success; //=> true
 * ```
 */
export const DeadlineResultSchema = z.object({
  ruleId: z.string(),
  ...calendarNotesShape,
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
});
