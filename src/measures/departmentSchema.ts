import * as z from 'zod/mini';
import { BilingualTextSchema } from '../_internal/bilingualText.js';

/**
 * The kinds of unit the plan assigns work to.
 *
 * - `district_department`: a department or office of the Jiangjin district government (including the vertically managed tax bureau and the planning and natural resources bureau).
 * - `court`: the district people's court.
 * - `state_owned_enterprise`: a utility company (power, gas, water).
 * - `bank_or_regulator_branch`: a local branch of the central bank or of the banking and insurance regulator.
 * - `management_committee`: the management body of a zone or of the industrial parks.
 * - `placeholder`: a generic phrase that names no single unit, such as 区级有关单位, 区级有关部门 or 有关水电气要素保障单位.
 *
 * @category Measures
 * @since 0.1.0
 * @example
 * ```ts
 * DEPARTMENT_KINDS.length; //=> 6
 * ```
 */
export const DEPARTMENT_KINDS = Object.freeze([
  'district_department',
  'court',
  'state_owned_enterprise',
  'bank_or_regulator_branch',
  'management_committee',
  'placeholder',
] as const);

/**
 * Validates a {@link DepartmentKind}.
 *
 * @category Measures
 * @since 0.1.0
 * @example
 * ```ts
 * DepartmentKindSchema.safeParse('court').success; //=> true
 * ```
 */
export const DepartmentKindSchema = z.enum(DEPARTMENT_KINDS);

/**
 * One of {@link DEPARTMENT_KINDS}.
 *
 * @category Measures
 * @since 0.1.0
 */
export type DepartmentKind = z.infer<typeof DepartmentKindSchema>;

/**
 * A unit named in the plan as a lead unit (牵头单位) or responsible unit (责任单位), placeholders included.
 *
 * - `id`: stable lower_snake id, never reused (`'market_regulation_bureau'`).
 * - `name`: `zh`, the name exactly as the plan writes it where it first appears (`'江津区市场监管局'`); `en`, an
 *   English name (editorial).
 * - `aliases`: other Chinese spellings a user may search by (`['区市场监管局']`); never an id or name of another unit.
 * - `kind`: see {@link DEPARTMENT_KINDS}.
 *
 * @category Measures
 * @since 0.1.0
 * @example
 * ```ts
 * DepartmentSchema.safeParse(getDepartment('区税务局')).success; //=> true
 * ```
 */
export const DepartmentSchema = z.readonly(
  z.strictObject({
    id: z.string().check(z.regex(/^[a-z][a-z0-9_]*$/)),
    name: BilingualTextSchema,
    aliases: z.readonly(z.array(z.string().check(z.minLength(1)))),
    kind: DepartmentKindSchema,
  }),
);

/**
 * A unit of the plan, as validated by {@link DepartmentSchema}.
 *
 * @category Measures
 * @since 0.1.0
 */
export type Department = z.infer<typeof DepartmentSchema>;
