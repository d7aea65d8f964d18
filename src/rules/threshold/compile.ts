import {
  compareDecimals,
  divideDecimals,
  formatDecimal,
  multiplyDecimals,
  roundDecimal,
  subtractDecimals,
  toDecimal,
  type Decimal,
} from '../../_internal/decimal.js';
import type { RuleEvaluator } from '../engine/ruleEvaluator.js';
import { NO_TRACE } from '../engine/ruleEvaluator.js';
import { compileConditions, type InputValues } from './compileConditions.js';
import { parseFacts } from '../engine/parseFacts.js';
import { thresholdFactsReader } from './factsReader.js';
import type { ThresholdResult, ThresholdTraceStep } from './resultSchema.js';
import type { ThresholdRule } from './definitionSchema.js';
import { thresholdFactsSchema } from './factsSchema.js';

/** Decimals of a ratio's `actual`, `required` and `shortfall` (a fraction: 6 decimals = 4 decimals of a percentage). */
const RATIO_DECIMALS = 6;

/** What a subject computes from the inputs, as exact decimal strings. */
interface Judgement {
  readonly holds: boolean;
  readonly actual: string;
  readonly required: string;
  readonly shortfall: string;
  readonly requiredAmount?: string;
  readonly shortfallAmount?: string;
}

function decimalsOf(rule: ThresholdRule, name: string): number {
  const spec = rule.inputs[name];
  return spec?.type === 'decimal' ? spec.decimals : 0;
}

/** `a` at `scale` decimals (exact when `scale` ≥ `a.scale`). */
function text(a: Decimal, scale: number, rounding: 'floor' | 'ceil' = 'floor'): string {
  return formatDecimal(roundDecimal(a, scale, rounding));
}

function judge(rule: ThresholdRule, values: InputValues, limit: Decimal): Judgement {
  const atLeast = rule.comparison === 'at_least';
  const { subject } = rule;
  if ('input' in subject) {
    // The subject's inputs are decimal inputs of the rule (checked by defineRule), parsed to decimals below.
    const actual = values[subject.input] as Decimal;
    const scale = Math.max(decimalsOf(rule, subject.input), limit.scale);
    const c = compareDecimals(actual, limit);
    const gap = atLeast ? subtractDecimals(limit, actual) : subtractDecimals(actual, limit);
    return { holds: atLeast ? c >= 0 : c <= 0, actual: text(actual, scale), required: text(limit, scale), shortfall: text(gap, scale) };
  }
  // A ratio's numerator and denominator are decimal inputs too.
  const numerator = values[subject.numerator] as Decimal;
  const denominator = values[subject.denominator] as Decimal;
  const exactRequired = multiplyDecimals(denominator, limit);
  const c = compareDecimals(numerator, exactRequired);
  // Round towards failing, so a ratio that is not met never shows as equal to its limit.
  const actual = divideDecimals(numerator, denominator, RATIO_DECIMALS, atLeast ? 'floor' : 'ceil');
  const requiredAmount = roundDecimal(exactRequired, decimalsOf(rule, subject.numerator), atLeast ? 'ceil' : 'floor');
  return {
    holds: atLeast ? c >= 0 : c <= 0,
    actual: text(actual, RATIO_DECIMALS),
    required: text(limit, RATIO_DECIMALS),
    shortfall: text(atLeast ? subtractDecimals(limit, actual) : subtractDecimals(actual, limit), RATIO_DECIMALS),
    requiredAmount: formatDecimal(requiredAmount),
    shortfallAmount: formatDecimal(atLeast ? subtractDecimals(requiredAmount, numerator) : subtractDecimals(numerator, requiredAmount)),
  };
}

/**
 * Turns a threshold rule into an evaluator: reads the inputs exactly, checks applicability, picks the first limit
 * whose conditions hold and compares without floats.
 *
 * @param rule - A validated threshold rule.
 * @returns Its evaluator.
 *
 * @example
 * ```ts
 * compileThreshold(getRule('m28-low-risk-inspections')).evaluate({ inspections: 2 }, defaultCalendar, false).status; //=> 'not_met'
 * ```
 */
export function compileThreshold(rule: ThresholdRule): RuleEvaluator<ThresholdRule> {
  const { id } = rule;
  const schema = thresholdFactsSchema(rule.inputs);
  const read = thresholdFactsReader(rule.inputs);
  const applies = rule.applicability ? compileConditions(rule.applicability.when) : undefined;
  const limits = rule.limits.map((l) => ({ text: l.value, value: toDecimal(l.value), holds: l.when ? compileConditions(l.when) : () => true }));
  const inputs = Object.entries(rule.inputs);
  return {
    rule,
    evaluate(facts, _calendar, withTrace): ThresholdResult {
      const parsed = read(facts) ?? parseFacts(schema, facts, id);
      const values: Record<string, Decimal | boolean | string> = {};
      const shown: Record<string, string | boolean> = {};
      for (const [name, spec] of inputs) {
        // The facts reader or the schema has checked each input against its spec.
        const raw = parsed[name] as string | number | boolean;
        if (spec.type === 'decimal') {
          // A decimal input is a decimal string or a finite number.
          const d = toDecimal(raw as string | number);
          values[name] = d;
          shown[name] = text(d, spec.decimals);
        } else {
          // Booleans and enum values pass through as the schema gave them.
          values[name] = raw as string | boolean;
          shown[name] = raw as string | boolean;
        }
      }
      const applicable = applies ? applies(values) : true;
      const index = limits.findIndex((l) => l.holds(values));
      // The schema makes the last limit a default without `when`, so some limit always holds.
      const limit = limits[index] as (typeof limits)[number];
      const j = judge(rule, values, limit.value);
      const status = !applicable ? 'not_applicable' : j.holds ? 'met' : 'not_met';
      const trace: readonly ThresholdTraceStep[] = withTrace
        ? Object.freeze([
            { type: 'inputs', values: Object.freeze(shown) },
            ...(applies ? [{ type: 'applicability', holds: applicable } as const] : []),
            { type: 'limit', index, value: limit.text },
            { type: 'comparison', comparison: rule.comparison, holds: j.holds },
          ])
        : NO_TRACE;
      return {
        ruleId: id,
        kind: 'threshold',
        status,
        actual: j.actual,
        required: j.required,
        ...(status === 'not_met' ? { shortfall: j.shortfall } : {}),
        ...(j.requiredAmount === undefined ? {} : { requiredAmount: j.requiredAmount }),
        ...(status === 'not_met' && j.shortfallAmount !== undefined ? { shortfallAmount: j.shortfallAmount } : {}),
        trace,
      };
    },
  };
}
