/**
 * Freezes `value` and everything reachable from it (own enumerable properties), then returns it.
 * Already-frozen objects are skipped with their children, which keeps shared objects cheap and ends cycles.
 *
 * @param value - A tree of plain objects and arrays.
 * @returns The same value, deeply frozen.
 *
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
