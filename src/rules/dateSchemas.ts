import * as z from 'zod/mini';
import { parseIsoDay } from '../_internal/dayNumber.js';
import { isoOfDateInput } from './isoOfDateInput.js';

/** The JSON Schema pattern of a `'YYYY-MM-DD'` string. */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const REAL_DATE_MESSAGE = "must be a real date written 'YYYY-MM-DD'";

/** A real calendar date written `'YYYY-MM-DD'` (as used in rule definitions, which are plain JSON). */
export const IsoDateSchema = z.string().check(
  z.regex(ISO_DATE_PATTERN, { message: REAL_DATE_MESSAGE }),
  z.refine((s) => parseIsoDay(s) === parseIsoDay(s), { message: REAL_DATE_MESSAGE }),
);

/**
 * A date in facts: a `'YYYY-MM-DD'` string, or a `Date` read as its Asia/Shanghai date. The output is always the
 * `'YYYY-MM-DD'` string. In JSON Schema it is the string form only.
 */
export const DateInputSchema = z.pipe(
  z.union([z.string(), z.date()], { error: (issue) => (issue.input === undefined ? 'is required' : "must be a 'YYYY-MM-DD' string or a Date") }),
  z.transform((value, ctx) => {
    const iso = isoOfDateInput(value);
    if (iso !== undefined) return iso;
    ctx.issues.push({ code: 'custom', message: typeof value === 'string' ? REAL_DATE_MESSAGE : 'must be a valid Date between years 0 and 9999', input: value });
    return z.NEVER;
  }),
);
