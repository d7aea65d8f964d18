import * as z from 'zod/mini';
import { BilingualTextSchema } from '../_internal/bilingualText.js';

/**
 * One of the four unnumbered safeguard items of chapter 四 (加强优化营商环境实施保障), such as （一）加强组织领导.
 *
 * - `chapter`: always 4; `ordinal`: 1–4.
 * - `title`: `zh`, the item's title sentence without its `。`, verbatim; `en`, an English title (editorial).
 * - `text`: the item's paragraph exactly as in the document, without the leading （一）… (title sentence included).
 *
 * @category Measures
 * @since 0.1.0
 * @example
 * ```ts
 * PlanSafeguardSchema.safeParse(listSafeguards()[0]).success; //=> true
 * ```
 */
export const PlanSafeguardSchema = z.readonly(
  z.strictObject({
    chapter: z.literal(4),
    ordinal: z.int().check(z.gte(1), z.lte(4)),
    title: BilingualTextSchema,
    text: z.string().check(z.minLength(1)),
  }),
);

/**
 * A safeguard item, as validated by {@link PlanSafeguardSchema}.
 *
 * @category Measures
 * @since 0.1.0
 */
export type PlanSafeguard = z.infer<typeof PlanSafeguardSchema>;
