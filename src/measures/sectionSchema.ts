import * as z from 'zod/mini';
import { BilingualTextSchema } from '../_internal/bilingualText.js';
import { DepartmentSchema } from './departmentSchema.js';

/**
 * Points at a section: its chapter (1–3) and its ordinal inside the chapter (1–7), e.g. `{ chapter: 1, ordinal: 4 }` for 一（四）.
 *
 * @category Measures
 * @since 0.1.0
 * @example
 * ```ts
 * PlanSectionRefSchema.safeParse({ chapter: 1, ordinal: 4 }).success; //=> true
 * ```
 */
export const PlanSectionRefSchema = z.readonly(
  z.strictObject({
    chapter: z.int().check(z.gte(1), z.lte(3)),
    ordinal: z.int().check(z.gte(1), z.lte(7)),
  }),
);

/**
 * A reference to a section, as validated by {@link PlanSectionRefSchema}.
 *
 * @category Measures
 * @since 0.1.0
 */
export type PlanSectionRef = z.infer<typeof PlanSectionRefSchema>;

/**
 * A section of chapters 一–三, such as 一（四）促进政府采购规范有序.
 *
 * - `chapter`, `ordinal`: where the section is (see {@link PlanSectionRefSchema}).
 * - `title`: `zh`, the heading without its `。`, verbatim; `en`, an English title (editorial).
 * - `unitsText`: the heading's parenthesis verbatim, e.g. `'（牵头单位：区财政局，责任单位：区级有关部门）'`.
 * - `leadUnits` (牵头单位) and `responsibleUnits` (责任单位, once written 责任部门): the registry's department objects in the document's order; empty for the three sections that name lead units only.
 * - `measureNumbers`: the numbers of the section's measures, ascending.
 *
 * @category Measures
 * @since 0.1.0
 * @example
 * ```ts
 * PlanSectionSchema.safeParse(listSections()[3]).success; //=> true
 * ```
 */
export const PlanSectionSchema = z.readonly(
  z.strictObject({
    chapter: z.int().check(z.gte(1), z.lte(3)),
    ordinal: z.int().check(z.gte(1), z.lte(7)),
    title: BilingualTextSchema,
    unitsText: z.string().check(z.regex(/^（牵头单位：.+）$/)),
    leadUnits: z.readonly(z.array(DepartmentSchema).check(z.minLength(1))),
    responsibleUnits: z.readonly(z.array(DepartmentSchema)),
    measureNumbers: z.readonly(z.array(z.int().check(z.gte(1), z.lte(53))).check(z.minLength(1))),
  }),
);

/**
 * A section of the plan, as validated by {@link PlanSectionSchema}.
 *
 * @category Measures
 * @since 0.1.0
 */
export type PlanSection = z.infer<typeof PlanSectionSchema>;
