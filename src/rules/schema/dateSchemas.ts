import * as z from 'zod/mini';
import type { DateInput } from '../../calendar/types.js';
import { isoOfDateInput } from '../../_internal/isoOfDateInput.js';
import { notARealDate } from '../../_internal/notARealDate.js';

export { ISO_DATE_PATTERN, IsoDateSchema } from '../../_internal/isoDateSchema.js';

/**
 * A date in facts: a `'YYYY-MM-DD'` string, or a `Date` read as its Asia/Shanghai date. The output is always the
 * `'YYYY-MM-DD'` string. In JSON Schema it is the string form only.
 */
export const DateInputSchema = z.pipe(
  z.union([z.string(), z.date()], { error: (issue) => (issue.input === undefined ? 'is required' : "must be a 'YYYY-MM-DD' string or a Date") }),
  z.transform((value, ctx) => {
    const iso = isoOfDateInput(value);
    if (iso !== undefined) return iso;
    ctx.issues.push(
      typeof value === 'string'
        ? { code: 'custom', message: notARealDate(value), input: value, params: { reason: 'not_a_real_date' } }
        : { code: 'custom', message: 'must be a valid Date between years 0 and 9999', input: value, params: { reason: 'invalid_js_date' } },
    );
    return z.NEVER;
  }),
);

/** {@link DateInputSchema} typed for facts: its input is a {@link DateInput}, its output the `'YYYY-MM-DD'` string. */
export const DateFactSchema: z.ZodMiniType<string, DateInput> = DateInputSchema;
