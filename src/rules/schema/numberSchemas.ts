import * as z from 'zod/mini';

/** A count: a whole number from 0 to `Number.MAX_SAFE_INTEGER`, in facts (a target's value) and in results. */
export const CountSchema = z.int().check(z.gte(0), z.lte(Number.MAX_SAFE_INTEGER));

/**
 * A decimal as results carry it: a plain numeral with an optional sign and any number of decimals (`'0.3'`,
 * `'-12.5'`), at most 400 characters. What a rule definition may write is narrower: see `LimitValueSchema`.
 */
export const DecimalTextSchema = z.string().check(z.maxLength(400), z.regex(/^-?\d+(?:\.\d+)?$/, { error: "must be a plain decimal such as '0.30'" }));
