import { readOptions } from '../../_internal/readOptions.js';
import { prepareEvaluation } from '../prepareEvaluation.js';
import { ruleEvaluatorOf } from '../ruleEvaluatorOf.js';
import { batchItemOf, type BatchItem } from './batchItemOf.js';
import { checkIdOption, createBatch, type ResultBatch, type ResultBatchOptions, type SyncResultBatch } from './createBatch.js';
import { resultCounting } from './createResultSummary.js';
import type { ResultSummary } from './resultSummary.js';
import type { BuiltInRuleId } from '../catalogue/builtInRules.js';
import type { EvaluateOptions, ResultOfRule } from '../evaluate.js';
import type { OutOfRangeResult, RuleResult } from '../ruleResult.js';
import type { RuleDefinition } from '../ruleDefinitionSchema.js';

/** The options of {@link evaluateMany}: `evaluate`'s (`calendar`, `trace`) and the batch's (`id`). */
export type EvaluateManyOptions = EvaluateOptions & ResultBatchOptions;

/** The result of an item of {@link evaluateMany}: the rule's result, or `out_of_range` when it needs a year the calendar lacks. */
export type BatchResultOf<R extends RuleResult> = R | OutOfRangeResult<string, R['kind']>;

/**
 * What {@link evaluateMany} returns for a synchronous input: a {@link SyncResultBatch} (`for…of` or `for await`, and
 * `summary()`).
 */
export type BatchIterator<R extends RuleResult = RuleResult> = SyncResultBatch<BatchItem<BatchResultOf<R>>, ResultSummary>;

const EVALUATE_MANY_OPTIONS = { calendar: null, trace: null, id: null } as const;

/**
 * Evaluates a stream of facts against one rule, lazily and in order: one item per input, pulled one at a time (the
 * input is never read ahead nor held), so a generator of a million facts or a file read line by line runs in constant
 * memory. Nothing an input contains stops the run: an input whose answer needs a year the calendar has no notice for
 * is an `out_of_range` result (counted by status, like `not_started`), and invalid facts (`INVALID_FACTS`…) an error
 * item with its index. Stopping early (`break`) closes the input's iterator. `summary()` adds up the items so far.
 *
 * A synchronous input (an array, a generator) gives a {@link BatchIterator}, which `for…of` can walk without a
 * promise per item; an async input (an async generator, a Node stream) gives an async {@link ResultBatch}. `for await`
 * works on both.
 *
 * @param rule - A built-in rule id or a definition (validated once, not per item); a `string` known only at run time
 * goes through `isBuiltInRuleId` or `getRule` first.
 * @param facts - An iterable or async iterable of facts; each is validated like {@link evaluate}'s.
 * @param options - `calendar` and `trace`, as for {@link evaluate} (`trace: false` is faster), and `id`: the field
 * of each input carried into its item as `id` (and not evaluated).
 * @returns The items `{ index, id?, ok: true, result }` or `{ index, id?, ok: false, error: { code, message, details } }`, with `summary()`.
 * @throws {@link UnknownRuleError} UNKNOWN_RULE, {@link InvalidRuleError} INVALID_RULE or {@link InvalidArgumentError}
 * INVALID_ARGUMENT (bad options, or `facts` not iterable) when called, before any item.
 * @example
 * ```ts
 * const batch = evaluateMany('m15-payment', [{ start: '2021-09-29', end: '2021-10-12' }, { start: '2021-02-30' }, { start: '2026-12-30', asOf: '2026-12-31' }]);
 * const outcomes: string[] = [];
 * for (const item of batch) outcomes.push(item.ok ? item.result.status : item.error.code);
 * outcomes; //=> ['met', 'INVALID_FACTS', 'out_of_range']
 * batch.summary().statuses; //=> { met: 1, out_of_range: 1 }
 * ```
 */
export function evaluateMany<const Rule extends BuiltInRuleId | RuleDefinition>(rule: Rule, facts: Iterable<unknown>, options?: EvaluateManyOptions): BatchIterator<ResultOfRule<Rule>>;
export function evaluateMany<const Rule extends BuiltInRuleId | RuleDefinition>(
  rule: Rule,
  facts: Iterable<unknown> | AsyncIterable<unknown>,
  options?: EvaluateManyOptions,
): ResultBatch<BatchItem<BatchResultOf<ResultOfRule<Rule>>>, ResultSummary>;
export function evaluateMany(rule: BuiltInRuleId | RuleDefinition, facts: Iterable<unknown> | AsyncIterable<unknown>, options?: EvaluateManyOptions): ResultBatch<BatchItem, ResultSummary> {
  // The rule (a plain definition validated once) and the options are checked before the first item, not for each.
  const { id, ...evaluateOptions } = options === undefined ? {} : (readOptions(options, EVALUATE_MANY_OPTIONS, '{ trace: false }') as EvaluateManyOptions);
  const evaluator = prepareEvaluation(rule, options === undefined ? undefined : evaluateOptions);
  const { id: ruleId, kind } = ruleEvaluatorOf(rule).rule;
  const judged = { id: ruleId, kind };
  return createBatch<RuleResult | OutOfRangeResult, ResultSummary>(
    facts,
    { argument: 'facts', of: 'facts' },
    (input, index) => batchItemOf(index, evaluator, judged, input),
    resultCounting(),
    checkIdOption(id),
  );
}
