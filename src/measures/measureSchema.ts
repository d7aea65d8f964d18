import * as z from 'zod/mini';
import { BilingualTextSchema } from '../_internal/bilingualText.js';
import { DepartmentSchema } from './departmentSchema.js';
import { PlanSectionRefSchema } from './sectionSchema.js';
import { TopicSchema } from './topics.js';

/**
 * One of the plan's 53 numbered measures (措施).
 *
 * - `number`: 1–53, continuous across chapters; `id`: `'m01'` … `'m53'`, stable and never reused.
 * - `chapter` (1–3) and `section` (`{ chapter, ordinal }`): where the measure sits.
 * - `title`: `zh`, the measure's opening title sentence without its `。`, verbatim (`'压减接入时间'`); `en`, an
 *   English title (editorial). Measure 20 has no title sentence; its Chinese title is written by the library and
 *   `titleIsEditorial` is `true`.
 * - `text`: the measure's paragraph exactly as in the document, without the leading number and separator (title sentence included).
 * - `leadUnits`, `responsibleUnits`: inherited from the section; the registry's own department objects.
 * - `rules`: ids of the quantitative rules drawn from this measure (empty when it has none).
 * - `topics`: one or more topics of the fixed vocabulary.
 *
 * @category Measures
 * @since 0.1.0
 * @example
 * ```ts
 * MeasureSchema.safeParse(getMeasure(13)).success; //=> true
 * ```
 */
export const MeasureSchema = z.readonly(
  z.strictObject({
    number: z.int().check(z.gte(1), z.lte(53)),
    id: z.string().check(z.regex(/^m(0[1-9]|[1-4]\d|5[0-3])$/)),
    chapter: z.int().check(z.gte(1), z.lte(3)),
    section: PlanSectionRefSchema,
    title: BilingualTextSchema,
    titleIsEditorial: z.boolean(),
    text: z.string().check(z.minLength(1)),
    leadUnits: z.readonly(z.array(DepartmentSchema).check(z.minLength(1))),
    responsibleUnits: z.readonly(z.array(DepartmentSchema)),
    rules: z.readonly(z.array(z.string().check(z.minLength(1)))),
    topics: z.readonly(z.array(TopicSchema).check(z.minLength(1))),
  }),
);

/**
 * A measure of the plan, as validated by {@link MeasureSchema}.
 *
 * @category Measures
 * @since 0.1.0
 */
export type Measure = z.infer<typeof MeasureSchema>;
