import { isRecord } from '../_internal/isRecord.js';
import { readOptions } from '../_internal/readOptions.js';
import { parseInput } from '../_internal/parseInput.js';
import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { explainOutOfRange } from './text/explainOutOfRange.js';
import { explainNotStarted } from './text/explainNotStarted.js';
import { LOCALES, languageOf, type Language, type Locale } from '../_internal/locale.js';
import { kindModuleOf } from './kindRegistry.js';
import { trustedEvaluatorOf } from './ruleEvaluators.js';
import { defineRule } from './defineRule.js';
import { getRule } from './getRule.js';
import type { BuiltInRuleId } from './catalogue/builtInRules.js';
import type { AnyRuleResult, NotStartedResult, OutOfRangeResult } from './ruleResult.js';
import type { RuleDefinition } from './ruleDefinitionSchema.js';
import { NotStartedResultSchema, OutOfRangeResultSchema, RuleResultSchema } from './ruleResultSchema.js';

/** Options of {@link explain}. */
export interface ExplainOptions {
  /** `'zh'` (default) or `'zh-CN'` (the same), or `'en'`. */
  readonly locale?: Locale;
  /**
   * The rule the result came from, as a definition or a built-in id (as `evaluate` takes it); needed for a custom
   * rule, defaults to the built-in rule with the result's `ruleId`.
   */
  readonly rule?: BuiltInRuleId | RuleDefinition;
}

const EXPLAIN_OPTIONS = { locale: { oneOf: LOCALES }, rule: null } as const;

/** The options, checked: an object with only `locale` (a known locale, read as its language) and `rule`. */
function readExplainOptions(options: unknown): { readonly locale: Language; readonly rule: unknown } {
  const { locale = 'zh', rule } = readOptions(options, EXPLAIN_OPTIONS, "{ locale: 'en' }");
  // readOptions has checked it is one of LOCALES.
  return { locale: languageOf(locale as Locale), rule };
}

/**
 * The result as checked against the shape `evaluate` gives (a JSON copy of a result passes too): zod's copy, with the
 * fields `explain` reads, in plain arrays and objects (an array of the caller's with an own `constructor` key would
 * break `map`).
 */
function readResult(result: unknown): AnyRuleResult {
  const status = isRecord(result) ? result['status'] : undefined;
  // A record's not-started rule has no figures, only what it waits for; an evaluated `not_started` deadline has its due date.
  const schema = status === 'out_of_range' ? OutOfRangeResultSchema : status === 'not_started' && isRecord(result) && 'waitingFor' in result ? NotStartedResultSchema : RuleResultSchema;
  const checked = parseInput(schema, result, ['result'], true);
  // The schemas' output allows `undefined` where a result leaves a field out; otherwise it is the result type.
  if (checked.success) return checked.data as AnyRuleResult;
  throw new InvalidArgumentError(`\`result\` is not a result of evaluate: ${checked.text}.`, { argument: 'result', issues: checked.issues });
}

/** Whether a result is one that judged nothing: `out_of_range`, or a record's rule `not_started`. */
function isUnjudged(result: AnyRuleResult): result is OutOfRangeResult | NotStartedResult {
  return result.status === 'out_of_range' || 'waitingFor' in result;
}

/**
 * The rule a result is explained with: `options.rule` (a built-in id, or a definition validated unless `defineRule`
 * made it) or the built-in rule of its id.
 */
function ruleOf(given: unknown, result: AnyRuleResult): RuleDefinition {
  if (given === undefined) return getRule(result.ruleId);
  if (typeof given === 'string') return getRule(given);
  // trustedEvaluatorOf knows it: a definition already checked.
  return isRecord(given) && trustedEvaluatorOf(given) !== undefined ? (given as RuleDefinition) : defineRule(given);
}

/**
 * A short explanation a person can read, in Chinese or English, with dates written out (weekday included):
 * how the due date was counted (holidays not counted, make-up working days counted, the notice that set them), the
 * exact comparison of a threshold, a target's progress, an average's spread. The more `trace` the result carries,
 * the more it says. A result's `asKnownOn` and provisional years are told at the end, in either language. Every
 * result the library returns is explained: an `out_of_range` result names the rule and the years whose notice the
 * calendar lacks (in words for people; the developer's remedy is in its `message` and `details`), and a record's
 * `not_started` rule (`checkProcurement`) says what it waits for.
 *
 * @param result - Any result: of {@link evaluate}, of a façade (`checkProcurement`, `checkConnection`) or of a batch item.
 * @param options - `locale` and, for a custom rule, `rule` (a definition, or a built-in id).
 * @returns The explanation.
 * @throws {@link UnknownRuleError} UNKNOWN_RULE when the result is not from a built-in rule and no `rule` is given, or
 * `rule` is a string that is not a built-in id.
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT when `result` is not a result of `evaluate` (each bad path is
 * named, e.g. `result.due`), for bad options (not an object, an unknown key or locale), or a `rule` that does not match the result.
 * @throws {@link InvalidRuleError} INVALID_RULE when `options.rule` is not a valid rule definition.
 * @example
 * ```ts
 * explain(evaluate('m15-payment', { start: '2021-09-29', asOf: '2021-10-08' }));
 * //=> '最迟于2021年10月12日（星期二，含当日）办理支付手续（收到发票后5个工作日内）：收到发票之日（2021-09-29）不计入，10月1日至7日国庆节放假（国办发明电〔2020〕27号）不计，10月9日（星期六）调休上班计入。截至2021年10月8日（星期五）尚未办理支付手续，已用2个工作日，还剩3个工作日。'
 * ```
 */
export function explain(result: AnyRuleResult, options: ExplainOptions = {}): string {
  const { locale, rule: givenRule } = readExplainOptions(options);
  const valid = readResult(result);
  const rule = ruleOf(givenRule, valid);
  if (rule.id !== valid.ruleId || rule.kind !== valid.kind) {
    throw new InvalidArgumentError(`\`options.rule\` is the ${rule.kind} rule '${rule.id}', but the result is from the ${valid.kind} rule '${valid.ruleId}'.`, {
      argument: 'options.rule',
      zh: { problem: `options.rule 是${rule.kind}规则'${rule.id}'，而结果来自${valid.kind}规则'${valid.ruleId}'` },
    });
  }
  if (isUnjudged(valid)) return valid.status === 'out_of_range' ? explainOutOfRange(rule, valid, locale) : explainNotStarted(rule, valid.waitingFor, locale);
  // The kinds match (checked above): the rule's kind words the result.
  return kindModuleOf(valid.kind).explain(rule, valid, locale);
}
