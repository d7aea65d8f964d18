import * as z from 'zod/mini';
import { decimalOfNumber } from '../../_internal/decimal.js';
import { describeValue } from '../../_internal/describeValue.js';
import { parseInput } from '../../_internal/parseInput.js';
import { InvalidRuleError } from '../../errors/ruleErrors.js';
import { ThresholdInputsSchema, type ThresholdInputSpec, type ThresholdRule } from './definitionSchema.js';

type DecimalSpec = Extract<ThresholdInputSpec, { readonly type: 'decimal' }>;

/** A decimal in threshold facts: a plain decimal string (`'1000000.00'`) or a finite number. */
export type DecimalInput = string | number;

/** The facts type of a threshold rule, from its `inputs`: decimals, booleans and enum values. */
export type ThresholdFactsOf<I> = {
  readonly [K in keyof I]: I[K] extends { readonly type: 'boolean' }
    ? boolean
    : I[K] extends { readonly type: 'enum'; readonly values: readonly (infer V)[] }
      ? V
      : DecimalInput;
};

/**
 * Most digits before the point of a decimal string: as many as the largest finite number has (`Number.MAX_VALUE` has
 * 309), so a string and a number cover the same range, and exact arithmetic on a string never runs for minutes.
 */
const MAX_WHOLE_DIGITS = 309;
const TOO_MANY_WHOLE_DIGITS = new RegExp(`^\\d{${MAX_WHOLE_DIGITS + 1}}`);

function decimalSchema(spec: DecimalSpec): z.ZodMiniType<DecimalInput, DecimalInput> {
  const { decimals } = spec;
  const fraction = decimals === 0 ? '' : `(?:\\.\\d{1,${decimals}})?`;
  const example = decimals === 0 ? "'2'" : `'1000.${'0'.repeat(decimals)}'`;
  const shape = decimals === 0 ? 'a whole number' : `a decimal with at most ${decimals} decimal${decimals > 1 ? 's' : ''}`;
  const text = z.string().check(
    // The bad value is echoed, so that a message read far from its record says what was wrong.
    z.regex(new RegExp(`^\\d+${fraction}$`), { error: (issue) => `must be ${shape} ≥ 0 written plainly, such as ${example}, not ${describeValue(issue.input)}` }),
    // A check of its own, so that the pattern (and the JSON Schema made from it) stays the plain one.
    z.refine((s) => !TOO_MANY_WHOLE_DIGITS.test(s), { error: `must have at most ${MAX_WHOLE_DIGITS} digits before the decimal point, like any finite number`, params: { reason: 'whole_digits', limit: MAX_WHOLE_DIGITS } }),
  );
  const number = z.number().check(
    z.gte(0, { error: 'must not be negative' }),
    z.refine((n) => (decimalOfNumber(n)?.scale ?? Infinity) <= decimals, { error: `must have at most ${decimals} decimals`, params: { reason: 'decimals', limit: decimals } }),
  );
  const schema = z.union([text, number], { error: `must be ${shape} as a string such as ${example}, or a finite number` });
  if (!spec.positive) return schema;
  return schema.check(z.refine((v) => (typeof v === 'number' ? v > 0 : /[1-9]/.test(v)), { error: 'must be greater than 0', params: { reason: 'positive' } }));
}

function inputSchema(spec: ThresholdInputSpec): z.ZodMiniType {
  if (spec.type === 'decimal') return decimalSchema(spec);
  if (spec.type === 'boolean') return z.boolean();
  // The definition schema requires at least one value for an enum input.
  return z.enum(spec.values as [string, ...string[]]);
}

/**
 * The facts schema of a threshold rule: a strict object with one field per input.
 *
 * @param inputs - The rule's inputs, validated like a rule definition's `inputs`.
 * @returns A zod schema whose output keeps each value as given.
 * @throws {@link InvalidRuleError} INVALID_RULE when `inputs` is not a threshold rule's inputs, naming each bad path (`inputs.amount.decimals`).
 *
 * @example
 * ```ts
 * thresholdFactsSchema(getRule('m28-low-risk-inspections').inputs).safeParse({ inspections: 1.5 }).success; //=> false
 * ```
 */
export function thresholdFactsSchema(inputs: ThresholdRule['inputs']): z.ZodMiniType<Readonly<Record<string, DecimalInput | boolean>>> {
  const checked = parseInput(ThresholdInputsSchema, inputs, ['inputs'], true);
  if (!checked.success) {
    throw new InvalidRuleError(`Invalid threshold inputs: ${checked.text}. See ThresholdInputSpecSchema for the expected shape.`, { issues: checked.issues });
  }
  const shape: Record<string, z.ZodMiniType> = {};
  for (const [name, spec] of Object.entries(checked.data)) shape[name] = inputSchema(spec);
  // zod types a computed shape as a record of its schemas' outputs; this names the shape's output for users.
  return z.strictObject(shape) as z.ZodMiniType<Readonly<Record<string, DecimalInput | boolean>>>;
}
