/**
 * Whether `value` is an object whose fields can be read by name (not `null`, not a primitive).
 *
 * @example
 * ```ts
 * isRecord({ start: '2021-09-29' }); //=> true
 * isRecord(null); //=> false
 * ```
 */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}

/**
 * Whether `value` is a plain object: written `{…}`, parsed from JSON, or made with a `null` prototype; not an array,
 * a `Date` or another class's instance.
 *
 * @example
 * ```ts
 * isPlainRecord({ from: '2021-10-01' }); //=> true
 * isPlainRecord(new Date()); //=> false
 * ```
 */
export function isPlainRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  if (!isRecord(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
