import { describeValue } from '../../_internal/describeValue.js';
import { iterableKind } from '../../_internal/iterableKind.js';
import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import { evaluatorOf } from '../engine/evaluatorOf.js';
import { batchItemOf, type BatchItem } from './batchItemOf.js';
import type { BuiltInRuleId } from '../catalogue/builtInRules.js';
import type { EvaluateOptions, ResultOfRule } from '../evaluate.js';
import type { RuleResult } from '../schema/results.js';
import type { RuleDefinition } from '../schema/ruleDefinitionSchema.js';

/**
 * What {@link evaluateMany} returns for a synchronous input: an async iterator (`for await`, like any input) that is
 * also a plain iterable (`for…of`, spread, `Array.from`). Both walk the same single pass over the input.
 */
export type BatchIterator<R extends RuleResult = RuleResult> = AsyncIterableIterator<BatchItem<R>> & Iterable<BatchItem<R>>;

function* evaluateEach(evaluator: (facts: unknown) => RuleResult, facts: Iterable<unknown>): Generator<BatchItem, void, undefined> {
  let index = 0;
  for (const item of facts) yield batchItemOf(index++, () => evaluator(item));
}

async function* evaluateEachAsync(evaluator: (facts: unknown) => RuleResult, facts: AsyncIterable<unknown>): AsyncGenerator<BatchItem, void, undefined> {
  let index = 0;
  for await (const item of facts) yield batchItemOf(index++, () => evaluator(item));
}

/** A synchronous pass seen through both iteration protocols. */
class SyncBatch implements BatchIterator {
  readonly #items: Generator<BatchItem, void, undefined>;

  constructor(items: Generator<BatchItem, void, undefined>) {
    this.#items = items;
  }

  async next(): Promise<IteratorResult<BatchItem, void>> {
    return this.#items.next();
  }

  async return(): Promise<IteratorResult<BatchItem, void>> {
    return this.#items.return(undefined);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  [Symbol.iterator](): Generator<BatchItem, void, undefined> {
    return this.#items;
  }
}

/**
 * Evaluates a stream of facts against one rule, lazily and in order: one item per input, pulled one at a time (the
 * input is never read ahead nor held), so a generator of a million facts or a file read line by line runs in constant
 * memory. An input whose evaluation throws a library error (`INVALID_FACTS`, `CALENDAR_OUT_OF_RANGE`…) becomes an
 * error item with its index; the run goes on. Stopping early (`break`) closes the input's iterator.
 *
 * A synchronous input (an array, a generator) gives a {@link BatchIterator}, which `for…of` can walk without a
 * promise per item; an async input (an async generator, a Node stream) gives an async iterator. `for await` works on
 * both.
 *
 * @param rule - A built-in rule id or a definition (validated once, not per item); a `string` known only at run time
 * goes through `isBuiltInRuleId` or `getRule` first.
 * @param facts - An iterable or async iterable of facts; each is validated like {@link evaluate}'s.
 * @param options - `calendar` and `trace`, as for {@link evaluate} (`trace: false` is faster).
 * @returns The items `{ index, ok: true, result }` or `{ index, ok: false, error: { code, message, details } }`.
 * @throws {@link UnknownRuleError} UNKNOWN_RULE, {@link InvalidRuleError} INVALID_RULE or {@link InvalidArgumentError}
 * INVALID_ARGUMENT (bad options, or `facts` not iterable) when called, before any item.
 * @example
 * ```ts
 * const outcomes: string[] = [];
 * for (const item of evaluateMany('m15-payment', [{ start: '2021-09-29', end: '2021-10-12' }, { start: '2021-02-30' }])) {
 *   outcomes.push(item.ok ? item.result.status : item.error.code);
 * }
 * outcomes; //=> ['met', 'INVALID_FACTS']
 * ```
 */
export function evaluateMany<const Rule extends BuiltInRuleId | RuleDefinition>(
  rule: Rule,
  facts: Iterable<unknown>,
  options?: EvaluateOptions,
): BatchIterator<ResultOfRule<Rule>>;
export function evaluateMany<const Rule extends BuiltInRuleId | RuleDefinition>(
  rule: Rule,
  facts: AsyncIterable<unknown>,
  options?: EvaluateOptions,
): AsyncIterableIterator<BatchItem<ResultOfRule<Rule>>>;
export function evaluateMany<const Rule extends BuiltInRuleId | RuleDefinition>(
  rule: Rule,
  facts: Iterable<unknown> | AsyncIterable<unknown>,
  options?: EvaluateOptions,
): AsyncIterableIterator<BatchItem<ResultOfRule<Rule>>>;
export function evaluateMany(rule: BuiltInRuleId | RuleDefinition, facts: Iterable<unknown> | AsyncIterable<unknown>, options?: EvaluateOptions): AsyncIterableIterator<BatchItem> {
  // The rule (a plain definition validated once) and the options are checked before the first item, not for each.
  const evaluator = evaluatorOf(rule, options);
  const kind = iterableKind(facts);
  if (kind === 'sync') return new SyncBatch(evaluateEach(evaluator, facts as Iterable<unknown>));
  if (kind === 'async') return evaluateEachAsync(evaluator, facts as AsyncIterable<unknown>);
  throw new InvalidArgumentError(`\`facts\` must be an iterable (an array, a generator…) or an async iterable (a stream…) of facts, got ${describeValue(facts)}.`, {
    argument: 'facts',
  });
}
