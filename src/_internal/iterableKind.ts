/**
 * Whether a value can be iterated synchronously (`Symbol.iterator`: an array, a generator, a Set…), only
 * asynchronously (`Symbol.asyncIterator`: an async generator, a Node stream…), or not at all. A string counts as
 * neither: iterating its characters is never what a caller of a batch function means. A value with both protocols is
 * `'sync'`.
 *
 * @param value - Anything.
 * @returns `'sync'`, `'async'` or `undefined`.
 *
 * @example
 * ```ts
 * iterableKind([1, 2]); //=> 'sync'
 * iterableKind((async function* () {})()); //=> 'async'
 * iterableKind('abc'); //=> undefined
 * ```
 */
export function iterableKind(value: unknown): 'sync' | 'async' | undefined {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined;
  if (Symbol.iterator in value && typeof value[Symbol.iterator] === 'function') return 'sync';
  if (Symbol.asyncIterator in value && typeof value[Symbol.asyncIterator] === 'function') return 'async';
  return undefined;
}
