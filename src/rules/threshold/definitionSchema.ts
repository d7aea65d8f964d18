import * as z from 'zod/mini';
import { frozen, NonEmptySchema, ruleFields, BilingualTextSchema } from '../schema/ruleFields.js';
import { thresholdIssues } from './ruleIssues.js';

/** The name of a threshold input: camelCase. */
const InputNameSchema = z.string().check(z.regex(/^[a-z][A-Za-z0-9]*$/, { error: 'must be a camelCase name such as contractAmount' }));

/**
 * A value a threshold rule writes (a limit, a compared amount): a plain non-negative numeral such as `'0.30'` or
 * `'160'`, at most 15 whole digits and 6 decimals. Results carry wider decimals: see `LimitValueSchema`.
 */
export const LimitValueSchema = z.string().check(z.regex(/^\d{1,15}(?:\.\d{1,6})?$/, { error: "must be a plain decimal such as '0.30' (at most 6 decimals)" }));

/** A non-negative decimal input, given in the facts as a decimal string or a finite number. */
const DecimalInputSpecSchema = frozen(
  z.strictObject({
    type: z.literal('decimal'),
    label: BilingualTextSchema,
    unit: BilingualTextSchema,
    /** Most decimals the facts may give (2 for yuan: fen; 0 for a count). */
    decimals: z.int().check(z.gte(0), z.lte(6)),
    /** When true, 0 is rejected too (a denominator, a contract amount). */
    positive: z.optional(z.boolean()),
  }),
);
const BooleanInputSpecSchema = frozen(z.strictObject({ type: z.literal('boolean'), label: BilingualTextSchema }));
const EnumInputSpecSchema = frozen(
  z.strictObject({ type: z.literal('enum'), label: BilingualTextSchema, values: frozen(z.array(NonEmptySchema).check(z.minLength(1))) }),
);

/** One input of a threshold rule: what the facts must give and how it is read. */
export const ThresholdInputSpecSchema = z.discriminatedUnion('type', [DecimalInputSpecSchema, BooleanInputSpecSchema, EnumInputSpecSchema]);

/**
 * The inputs of a threshold rule, by camelCase name: what its facts must give.
 *
 * @example
 * ```ts
 * ThresholdInputsSchema.safeParse(getRule('m28-low-risk-inspections').inputs).success; //=> true
 * ```
 */
export const ThresholdInputsSchema = frozen(z.record(InputNameSchema, ThresholdInputSpecSchema));

/** A condition on one input. Comparisons are exact and inclusive as named (`atMost` = ≤, `lessThan` = <). */
export const ThresholdConditionSchema = z.union([
  frozen(z.strictObject({ input: InputNameSchema, equals: z.union([z.boolean(), NonEmptySchema]) })),
  frozen(z.strictObject({ input: InputNameSchema, oneOf: frozen(z.array(NonEmptySchema).check(z.minLength(1))) })),
  frozen(z.strictObject({ input: InputNameSchema, atMost: LimitValueSchema })),
  frozen(z.strictObject({ input: InputNameSchema, atLeast: LimitValueSchema })),
  frozen(z.strictObject({ input: InputNameSchema, lessThan: LimitValueSchema })),
  frozen(z.strictObject({ input: InputNameSchema, moreThan: LimitValueSchema })),
]);

const ThresholdConditionsSchema = frozen(z.array(ThresholdConditionSchema).check(z.minLength(1)));

/** The compared quantity: one decimal input, or the ratio of two. */
export const ThresholdSubjectSchema = z.union([
  frozen(z.strictObject({ label: BilingualTextSchema, input: InputNameSchema })),
  frozen(z.strictObject({ label: BilingualTextSchema, numerator: InputNameSchema, denominator: InputNameSchema })),
]);

/** A limit and the conditions under which it applies; the first limit whose conditions all hold is used. */
export const ThresholdLimitSchema = frozen(
  z.strictObject({
    /** The limit (a fraction for a ratio: `'0.30'` is 30%). */
    value: LimitValueSchema,
    when: z.optional(ThresholdConditionsSchema),
    /** The conditions in words, for explanations. */
    label: z.optional(BilingualTextSchema),
  }),
);

/**
 * A quantity compared with a limit, exactly: `at_least` (≥, 不低于/以上) or `at_most` (≤, 不超过/以下), with limits that
 * depend on conditions (30%, or 50% when the supplier is an SME) and an optional applicability condition.
 * The facts are exactly the `inputs`.
 *
 * @example
 * ```ts
 * ThresholdRuleSchema.safeParse(getRule('m15-prepayment-ratio')).success; //=> true
 * ```
 */
export const ThresholdRuleSchema = frozen(
  z
    .strictObject({
      ...ruleFields,
      kind: z.literal('threshold'),
      inputs: ThresholdInputsSchema,
      subject: ThresholdSubjectSchema,
      comparison: z.enum(['at_least', 'at_most']),
      limits: frozen(z.array(ThresholdLimitSchema).check(z.minLength(1))),
      /** When given, the rule applies only if all its conditions hold; otherwise the status is `'not_applicable'`. */
      applicability: z.optional(frozen(z.strictObject({ when: ThresholdConditionsSchema, label: BilingualTextSchema }))),
    })
    .check(
      z.superRefine((rule, ctx) => {
        for (const issue of thresholdIssues(rule)) ctx.addIssue({ code: 'custom', input: rule, ...issue });
      }),
    ),
);

/** A threshold rule. */
export type ThresholdRule = z.infer<typeof ThresholdRuleSchema>;
/** One input of a threshold rule. */
export type ThresholdInputSpec = z.infer<typeof ThresholdInputSpecSchema>;
/** A condition on one threshold input. */
export type ThresholdCondition = z.infer<typeof ThresholdConditionSchema>;
