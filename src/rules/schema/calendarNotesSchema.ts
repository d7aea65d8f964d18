import * as z from 'zod/mini';
import { IsoDateSchema } from './dateSchemas.js';

/** A `'YYYY-MM-DD'` span, as traces and warnings carry it. */
export const spanShape = { from: IsoDateSchema, to: IsoDateSchema };

/**
 * What a calendar adds to the results of the kinds that read it (deadlines and averages), as `explain` reads it: the
 * calendar's `asKnownOn` and the warnings.
 *
 * @example
 * ```ts
 * z.object(calendarNotesShape).safeParse({ warnings: [{ code: 'PROVISIONAL_CALENDAR', years: [] }] }).success; //=> false
 * ```
 */
export const calendarNotesShape = {
  asKnownOn: z.optional(IsoDateSchema),
  warnings: z.optional(
    z.array(
      z.discriminatedUnion('code', [
        z.object({ code: z.literal('PROVISIONAL_CALENDAR'), years: z.array(z.int()).check(z.minLength(1)) }),
        z.object({ code: z.literal('PAUSE_AFTER_DUE'), pause: z.object({ ...spanShape, reasons: z.array(z.string()) }) }),
        z.object({ code: z.literal('MAY_CHANGE_WITH_NEXT_NOTICE'), days: z.array(IsoDateSchema).check(z.minLength(1)), year: z.int() }),
      ]),
    ),
  ),
};
