/** `'an object'`, or the kind of a built-in object (`'a Map'`, `'a Float64Array'`); never throws, even for a proxy. */
function objectKind(value: object): string {
  try {
    const tag = Object.prototype.toString.call(value).slice(8, -1);
    return tag === 'Object' || tag.length > 40 ? 'an object' : `a ${tag}`;
  } catch {
    return 'an object';
  }
}

/**
 * A short, safe description of any value for an error message (never throws, never prints a whole object).
 *
 * @internal
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${typeof value} ${String(value)}`;
  if (value instanceof Date) return 'a Date';
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  return typeof value === 'object' ? objectKind(value) : `a ${typeof value}`;
}
