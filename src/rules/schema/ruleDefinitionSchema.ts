import * as z from 'zod/mini';
import { parseIsoDay } from '../../_internal/dayNumber.js';
import { IsoDateSchema } from './dateSchemas.js';

/**
 * `schema` with its output frozen, once it is valid. Not `z.readonly`, which freezes whatever reaches it, valid or
 * not: the caller's own object where an array belongs, or a typed array, which cannot be frozen and throws.
 */
function frozen<S extends z.ZodMiniType>(schema: S) {
  return z.pipe(schema, z.transform((value: z.output<S>) => Object.freeze(value)));
}

const NonEmptySchema = z.string().check(z.minLength(1));

/** A text in Chinese and English. */
export const TextSchema = frozen(z.strictObject({ zh: NonEmptySchema, en: NonEmptySchema }));

/** A rule id: lower-case words and digits joined by hyphens, e.g. `'m06-water-connection'`. */
export const RuleIdSchema = z.string().check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "must be lower-case words and digits joined by hyphens, e.g. 'm06-water-connection'" }),
  z.maxLength(80),
);

/** A law or notice a rule rests on, with the words that matter. */
export const LegalBasisSchema = frozen(
  z.strictObject({
    /** The law and article, e.g. `'《中华人民共和国民法典》第二百零一条'`. */
    citation: NonEmptySchema,
    /** The article's own words, verbatim. */
    quote: z.optional(NonEmptySchema),
  }),
);

/** Fields every rule carries. */
const ruleFields = {
  id: RuleIdSchema,
  /** The measure of 江津府办发〔2021〕113号 the rule comes from (1–53); omitted for rules of other documents. */
  measure: z.optional(z.int().check(z.gte(1), z.lte(999))),
  /** The sentence of the source document the rule comes from, verbatim. */
  clause: z.optional(NonEmptySchema),
  /** A short name. */
  name: TextSchema,
  /** What the rule requires, in a sentence. */
  description: TextSchema,
  /** The laws the counting rests on. */
  legalBasis: z.optional(frozen(z.array(LegalBasisSchema))),
};

/** A whole number of days from 0 to 3650. */
const DayAmountSchema = z.int().check(z.gte(0), z.lte(3650));

/** How the last day of a calendar-day period that is not a working day moves (民法典 §203); see `addCalendarDays`. */
export const RollModeSchema = z.enum(['next_working_day', 'none', 'statutory_holidays_only']);

/** A limit in working days: day N is the N-th working day after the trigger day. */
const WorkingDayLimitSchema = frozen(z.strictObject({ amount: DayAmountSchema, unit: z.literal('working_days') }));

/** A limit in calendar days (民法典 §§201, 203): day N is N days after the trigger day, rolled per `roll` (default `'next_working_day'`). */
const CalendarDayLimitSchema = frozen(
  z.strictObject({ amount: DayAmountSchema, unit: z.literal('calendar_days'), roll: z.optional(RollModeSchema) }),
);

/** The limit of a period deadline. */
export const PeriodLimitSchema = z.discriminatedUnion('unit', [WorkingDayLimitSchema, CalendarDayLimitSchema]);

/**
 * A deadline counted from a trigger event (day 0, never counted) to a completion event; day N is included (以内, 民法典 §1259).
 *
 * @example
 * ```ts
 * PeriodDeadlineRuleSchema.safeParse(getRule('m15-payment')).success; //=> true
 * ```
 */
export const PeriodDeadlineRuleSchema = frozen(
  z.strictObject({
    ...ruleFields,
    kind: z.literal('deadline'),
    timing: z.literal('period'),
    /** The trigger event, as a clause: `{ zh: '收到发票', en: 'the invoice was received' }`. */
    trigger: TextSchema,
    /** What must be done, as a verb phrase: `{ zh: '办理支付手续', en: 'process the payment' }`. */
    action: TextSchema,
    limit: PeriodLimitSchema,
  }),
);

/**
 * A fixed due date (期日): the action must be done on or before `due`, which never rolls.
 *
 * @example
 * ```ts
 * FixedDateDeadlineRuleSchema.safeParse(getRule('m24-chuanyu-same-standard')).success; //=> true
 * ```
 */
export const FixedDateDeadlineRuleSchema = frozen(
  z.strictObject({
    ...ruleFields,
    kind: z.literal('deadline'),
    timing: z.literal('fixed_date'),
    action: TextSchema,
    due: IsoDateSchema,
  }),
);

/**
 * A deadline: a period from a trigger, or a fixed due date.
 *
 * @example
 * ```ts
 * DeadlineRuleSchema.safeParse(getRule('m13-contract-signing')).success; //=> true
 * ```
 */
export const DeadlineRuleSchema = z.discriminatedUnion('timing', [PeriodDeadlineRuleSchema, FixedDateDeadlineRuleSchema]);

const InputNameSchema = z.string().check(z.regex(/^[a-z][A-Za-z0-9]*$/, { message: 'must be a camelCase name such as contractAmount' }));

/** A plain decimal numeral such as `'0.30'` or `'160'`, at most 6 decimals. */
export const DecimalTextSchema = z.string().check(z.regex(/^\d{1,15}(?:\.\d{1,6})?$/, { message: "must be a plain decimal such as '0.30' (at most 6 decimals)" }));

/** A non-negative decimal input, given in the facts as a decimal string or a finite number. */
const DecimalInputSpecSchema = frozen(
  z.strictObject({
    type: z.literal('decimal'),
    label: TextSchema,
    unit: TextSchema,
    /** Most decimals the facts may give (2 for yuan: fen; 0 for a count). */
    decimals: z.int().check(z.gte(0), z.lte(6)),
    /** When true, 0 is rejected too (a denominator, a contract amount). */
    positive: z.optional(z.boolean()),
  }),
);
const BooleanInputSpecSchema = frozen(z.strictObject({ type: z.literal('boolean'), label: TextSchema }));
const EnumInputSpecSchema = frozen(
  z.strictObject({ type: z.literal('enum'), label: TextSchema, values: frozen(z.array(NonEmptySchema).check(z.minLength(1))) }),
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
export const ConditionSchema = z.union([
  frozen(z.strictObject({ input: InputNameSchema, equals: z.union([z.boolean(), NonEmptySchema]) })),
  frozen(z.strictObject({ input: InputNameSchema, oneOf: frozen(z.array(NonEmptySchema).check(z.minLength(1))) })),
  frozen(z.strictObject({ input: InputNameSchema, atMost: DecimalTextSchema })),
  frozen(z.strictObject({ input: InputNameSchema, atLeast: DecimalTextSchema })),
  frozen(z.strictObject({ input: InputNameSchema, lessThan: DecimalTextSchema })),
  frozen(z.strictObject({ input: InputNameSchema, moreThan: DecimalTextSchema })),
]);

const ConditionsSchema = frozen(z.array(ConditionSchema).check(z.minLength(1)));

/** The compared quantity: one decimal input, or the ratio of two. */
export const ThresholdSubjectSchema = z.union([
  frozen(z.strictObject({ label: TextSchema, input: InputNameSchema })),
  frozen(z.strictObject({ label: TextSchema, numerator: InputNameSchema, denominator: InputNameSchema })),
]);

/** A limit and the conditions under which it applies; the first limit whose conditions all hold is used. */
export const ThresholdLimitSchema = frozen(
  z.strictObject({
    /** The limit (a fraction for a ratio: `'0.30'` is 30%). */
    value: DecimalTextSchema,
    when: z.optional(ConditionsSchema),
    /** The conditions in words, for explanations. */
    label: z.optional(TextSchema),
  }),
);

interface ThresholdShape {
  readonly inputs: Readonly<Record<string, { readonly type: string; readonly positive?: boolean | undefined; readonly values?: readonly string[] }>>;
  readonly subject: { readonly input: string } | { readonly numerator: string; readonly denominator: string };
  readonly limits: readonly { readonly when?: readonly Readonly<Record<string, unknown>>[] | undefined }[];
  readonly applicability?: { readonly when: readonly Readonly<Record<string, unknown>>[] } | undefined;
}

type Issue = { readonly path: (string | number)[]; readonly message: string };

/** `'a boolean input'`, `'an enum input'`. */
function anInput(type: string | undefined): string {
  return `${type === 'enum' ? 'an' : 'a'} ${String(type)} input`;
}

/** The problems of a threshold rule that a per-field schema cannot see: names that do not exist, operators that do not fit. */
function thresholdIssues(rule: ThresholdShape): Issue[] {
  const issues: Issue[] = [];
  // Own inputs only: a name such as 'constructor' must not find what every object inherits.
  const inputOf = (name: string): ThresholdShape['inputs'][string] | undefined => (Object.hasOwn(rule.inputs, name) ? rule.inputs[name] : undefined);
  const typeOf = (name: string): string | undefined => inputOf(name)?.type;
  const needDecimal = (name: string, path: (string | number)[]): void => {
    if (typeOf(name) !== 'decimal') issues.push({ path, message: `must name a decimal input; ${JSON.stringify(name)} is ${typeOf(name) ? anInput(typeOf(name)) : 'not an input'}` });
  };
  if ('input' in rule.subject) needDecimal(rule.subject.input, ['subject', 'input']);
  else {
    needDecimal(rule.subject.numerator, ['subject', 'numerator']);
    needDecimal(rule.subject.denominator, ['subject', 'denominator']);
    if (inputOf(rule.subject.denominator)?.positive !== true) {
      issues.push({ path: ['subject', 'denominator'], message: 'a ratio denominator must be a decimal input with `positive: true`' });
    }
  }
  const checkConditions = (conditions: readonly Readonly<Record<string, unknown>>[], path: (string | number)[]): void => {
    conditions.forEach((c, i) => {
      const name = String(c['input']);
      const spec = inputOf(name);
      const at = [...path, i];
      if (!spec) return void issues.push({ path: [...at, 'input'], message: `${JSON.stringify(name)} is not an input` });
      if ('equals' in c) {
        const fits = spec.type === 'boolean' ? typeof c['equals'] === 'boolean' : spec.type === 'enum' && spec.values?.includes(String(c['equals']));
        if (!fits) issues.push({ path: [...at, 'equals'], message: `is not a value of the ${spec.type} input ${JSON.stringify(name)}` });
      } else if ('oneOf' in c) {
        const bad = spec.type !== 'enum' || (c['oneOf'] as readonly string[]).some((v) => !spec.values?.includes(v));
        if (bad) issues.push({ path: [...at, 'oneOf'], message: `must list values of the enum input ${JSON.stringify(name)}` });
      } else if (spec.type !== 'decimal') {
        issues.push({ path: at, message: `a comparison needs a decimal input; ${JSON.stringify(name)} is ${anInput(spec.type)}` });
      }
    });
  };
  rule.limits.forEach((limit, i) => {
    const last = i === rule.limits.length - 1;
    if (limit.when) checkConditions(limit.when, ['limits', i, 'when']);
    if (last && limit.when) issues.push({ path: ['limits', i, 'when'], message: 'the last limit is the default and must have no `when`' });
    if (!last && !limit.when) issues.push({ path: ['limits', i], message: 'only the last limit may have no `when` (a later limit would never apply)' });
  });
  if (rule.applicability) checkConditions(rule.applicability.when, ['applicability', 'when']);
  return issues;
}

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
      applicability: z.optional(frozen(z.strictObject({ when: ConditionsSchema, label: TextSchema }))),
    })
    .check(
      z.superRefine((rule, ctx) => {
        for (const issue of thresholdIssues(rule)) ctx.addIssue({ code: 'custom', input: rule, ...issue });
      }),
    ),
);

/**
 * A count to reach (`at_least`) or to bring down to (`at_most`) by `due`, with progress judged against the share of
 * the time from `startsOn` to `due` that has passed.
 *
 * @example
 * ```ts
 * TargetRuleSchema.safeParse(getRule('m51-bankruptcy-clearance')).success; //=> true
 * ```
 */
export const TargetRuleSchema = frozen(
  z
    .strictObject({
      ...ruleFields,
      kind: z.literal('target'),
      /** What is counted: `{ zh: '中介服务采购人入驻数', en: 'purchasers on the intermediary market' }`. */
      subject: TextSchema,
      /** The counting word: `{ zh: '家', en: 'purchasers' }`. */
      unit: TextSchema,
      direction: z.enum(['at_least', 'at_most']),
      target: z.int().check(z.gte(0), z.lte(Number.MAX_SAFE_INTEGER)),
      /** The day the clock starts (the plan took effect on 2021-08-01). */
      startsOn: IsoDateSchema,
      /** The last day, included. */
      due: IsoDateSchema,
    })
    .check(z.refine((rule) => parseIsoDay(rule.startsOn) <= parseIsoDay(rule.due), { message: 'must not be after `due`', path: ['startsOn'] })),
);

/**
 * The mean of per-case durations (trigger day not counted, pauses excluded) compared with a limit: met when sum ≤ limit × count.
 *
 * @example
 * ```ts
 * AverageRuleSchema.safeParse(getRule('m06-electricity-10kv-average')).success; //=> true
 * ```
 */
export const AverageRuleSchema = frozen(
  z.strictObject({
    ...ruleFields,
    kind: z.literal('average'),
    /** The cases: `{ zh: '10千伏城镇用户', en: '10 kV urban users' }`. */
    subject: TextSchema,
    trigger: TextSchema,
    action: TextSchema,
    limit: frozen(z.strictObject({ amount: DayAmountSchema, unit: z.enum(['working_days', 'calendar_days']) })),
  }),
);

/**
 * Any rule definition, as plain JSON. `defineRule` validates with this schema; the built-in rules satisfy it.
 *
 * @example
 * ```ts
 * RuleDefinitionSchema.safeParse({ id: 'x', kind: 'deadline' }).success; //=> false
 * ```
 */
export const RuleDefinitionSchema = z.discriminatedUnion('kind', [DeadlineRuleSchema, ThresholdRuleSchema, TargetRuleSchema, AverageRuleSchema]);

/** A period deadline rule. */
export type PeriodDeadlineRule = z.infer<typeof PeriodDeadlineRuleSchema>;
/** A fixed-date deadline rule. */
export type FixedDateDeadlineRule = z.infer<typeof FixedDateDeadlineRuleSchema>;
/** A deadline rule of either timing. */
export type DeadlineRule = z.infer<typeof DeadlineRuleSchema>;
/** A threshold rule. */
export type ThresholdRule = z.infer<typeof ThresholdRuleSchema>;
/** A target rule. */
export type TargetRule = z.infer<typeof TargetRuleSchema>;
/** An average rule. */
export type AverageRule = z.infer<typeof AverageRuleSchema>;
/** Any rule definition. */
export type RuleDefinition = z.infer<typeof RuleDefinitionSchema>;
/** A text in Chinese and English. */
export type Text = z.infer<typeof TextSchema>;
/** One input of a threshold rule. */
export type ThresholdInputSpec = z.infer<typeof ThresholdInputSpecSchema>;
/** A condition on one threshold input. */
export type Condition = z.infer<typeof ConditionSchema>;
/** The limit of a period deadline. */
export type PeriodLimit = z.infer<typeof PeriodLimitSchema>;
/** A law or notice a rule rests on. */
export type LegalBasis = z.infer<typeof LegalBasisSchema>;
