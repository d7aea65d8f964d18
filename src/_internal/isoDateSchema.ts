import * as z from 'zod/mini';
import { parseIsoDay } from './dayNumber.js';

/** The JSON Schema pattern of a `'YYYY-MM-DD'` string. */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The message for a string that is not a real `'YYYY-MM-DD'` date. */
const REAL_DATE_MESSAGE = "must be a real date written 'YYYY-MM-DD'";

/** A real calendar date written `'YYYY-MM-DD'`, as in seeds and rule definitions (plain JSON). */
export const IsoDateSchema = z.string().check(
  z.regex(ISO_DATE_PATTERN, { error: REAL_DATE_MESSAGE }),
  z.refine((s) => parseIsoDay(s) === parseIsoDay(s), { error: REAL_DATE_MESSAGE }),
);
