import { describeValue } from '../../_internal/describeValue.js';
import { isRecord } from '../../_internal/isRecord.js';
import { iterableKind } from '../../_internal/iterableKind.js';
import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import type { BatchItem, BatchItemId } from './batchItemOf.js';

/**
 * What every batch returns (`evaluateMany`, `checkProcurements`, `checkConnections`): its items, one per input, in
 * input order, pulled one at a time (the input is never read ahead nor held), and `summary()`, the summary of the
 * items yielded so far (of every input once the batch is walked). `for await` walks any batch.
 */
export interface Batch<Item, Summary> extends AsyncIterableIterator<Item> {
  /**
   * The summary of the items yielded so far: counts per status (`out_of_range` and `not_started` included), errors
   * per code, and what the batch adds.
   *
   * @example
   * ```ts
   * const batch = evaluateMany('m15-payment', [{ start: '2021-09-29', end: '2021-10-12' }]);
   * for (const item of batch) item.ok;
   * batch.summary().statuses; //=> { met: 1 }
   * ```
   */
  summary(): Summary;
}

/** A batch over a synchronous input (an array, a generator): also a plain iterable (`for…of`, spread, `Array.from`), on the same single pass. */
export type SyncBatch<Item, Summary> = Batch<Item, Summary> & Iterable<Item>;

/** The options every batch takes besides the evaluation's. */
export interface BatchOptions {
  /**
   * The field of each input that identifies it (`'contractNo'`): its value (a string or a number) is carried into the
   * item as `id`, and the field is left out of what is evaluated.
   */
  readonly id?: string;
}

/** How a batch counts its items. */
export interface BatchCounting<Item, Summary> {
  /** Counts an item; `input` is what it was judged from (without its id field). */
  add(item: Item, input?: unknown): void;
  result(): Summary;
}

/** A synchronous pass seen through both iteration protocols. */
class BothWays<Item, Summary> implements Batch<Item, Summary>, Iterable<Item> {
  readonly #items: Generator<Item, void, undefined>;
  readonly #summary: () => Summary;

  constructor(items: Generator<Item, void, undefined>, summary: () => Summary) {
    this.#items = items;
    this.#summary = summary;
  }

  // Async with nothing to await: so that a throw of the pass reaches the caller as a rejection, as the protocol wants.
  // eslint-disable-next-line @typescript-eslint/require-await -- see above
  async next(): Promise<IteratorResult<Item, void>> {
    return this.#items.next();
  }

  // eslint-disable-next-line @typescript-eslint/require-await -- as next()
  async return(): Promise<IteratorResult<Item, void>> {
    return this.#items.return(undefined);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  [Symbol.iterator](): Generator<Item, void, undefined> {
    return this.#items;
  }

  summary(): Summary {
    return this.#summary();
  }
}

/**
 * Checks the batch option `id` (a non-empty field name) before any item.
 *
 * @internal
 */
export function checkIdOption(id: unknown): string | undefined {
  if (id === undefined || (typeof id === 'string' && id !== '')) return id;
  throw new InvalidArgumentError(`\`options.id\` is ${describeValue(id)}; it names the field of each input that identifies it, such as 'contractNo'.`, { argument: 'options.id' });
}

/** The input without its id field, and the id (a string or number; anything else is left in the input for its schema to report). */
function splitId(value: unknown, field: string): { readonly input: unknown; readonly id?: BatchItemId } {
  if (!isRecord(value) || !Object.hasOwn(value, field)) return { input: value };
  const id = value[field];
  if (typeof id !== 'string' && typeof id !== 'number') return { input: value };
  const { [field]: carried, ...input } = value;
  return { input, id };
}

/**
 * A batch over `inputs`: each input judged by `judge` into its item (which must not throw for what the input
 * contains), counted by `counting`, in order and lazily.
 *
 * @param inputs - An iterable or async iterable.
 * @param what - The argument's name and what it holds, for the error when `inputs` is not iterable (`{ argument: 'records', of: 'procurement records' }`).
 * @param judge - The item of the input at `index`.
 * @param counting - The batch's summary.
 * @param idField - The option `id`, checked.
 * @returns The batch: a {@link SyncBatch} for a synchronous input.
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT when `inputs` is not iterable.
 * @example
 * ```ts
 * const batch = createBatch([1, 2], { argument: 'numbers', of: 'numbers' }, (n, index) => ({ index, ok: true, result: n }), counting, undefined);
 * ```
 */
export function createBatch<R, Summary>(
  inputs: unknown,
  what: { readonly argument: string; readonly of: string },
  judge: (input: unknown, index: number) => BatchItem<R>,
  counting: BatchCounting<BatchItem<R>, Summary>,
  idField: string | undefined,
): Batch<BatchItem<R>, Summary> {
  const kind = iterableKind(inputs);
  if (kind === undefined) {
    throw new InvalidArgumentError(`\`${what.argument}\` must be an iterable (an array, a generator…) or an async iterable (a stream…) of ${what.of}, got ${describeValue(inputs)}.`, {
      argument: what.argument,
    });
  }
  let index = 0;
  // The hot path (no id field) judges and counts each input in the loop itself, without a function between.
  const itemOf = (value: unknown): BatchItem<R> => {
    if (idField === undefined) {
      const item = judge(value, index++);
      counting.add(item, value);
      return item;
    }
    const { input, id } = splitId(value, idField);
    const judged = judge(input, index++);
    const item = id === undefined ? judged : { ...judged, id };
    counting.add(item, input);
    return item;
  };
  const summary = (): Summary => counting.result();
  if (kind === 'sync') {
    // iterableKind said which of the two it is.
    const sync = inputs as Iterable<unknown>;
    return new BothWays(
      idField === undefined
        ? (function* () {
            for (const value of sync) {
              const item = judge(value, index++);
              counting.add(item, value);
              yield item;
            }
          })()
        : (function* () {
            for (const value of sync) yield itemOf(value);
          })(),
      summary,
    );
  }
  const items = (async function* () {
    // iterableKind said it is async.
    for await (const value of inputs as AsyncIterable<unknown>) yield itemOf(value);
  })();
  return Object.assign(items, { summary });
}
