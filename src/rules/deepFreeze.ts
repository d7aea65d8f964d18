/**
 * Freezes an object and everything reachable from it.
 *
 * @param value - A plain-data object (no cycles).
 * @returns `value`, typed as is.
 *
 * @example
 * ```ts
 * Object.isFrozen(deepFreeze({ a: { b: 1 } }).a); //=> true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
