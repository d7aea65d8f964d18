/**
 * The paths of every object or array reachable from `value` (own properties, functions' included) that is not frozen:
 * empty for a deeply frozen value.
 */
export function unfrozenPaths(value: unknown, path = '$', seen = new Set<unknown>()): string[] {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return [];
  seen.add(value);
  const own = typeof value === 'function' || Object.isFrozen(value) ? [] : [path];
  // A function's own properties (`name`, `length`, `prototype`) are the language's, not data.
  if (typeof value === 'function') return own;
  return [...own, ...Reflect.ownKeys(value).flatMap((key) => unfrozenPaths((value as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`, seen))];
}
