/**
 * A record with its "not yet" fields left out when they are `null`: a database row holds `null` for a day that has
 * not happened yet (`contractSignedOn: null`, `end: null`), which means the same as leaving the field out. Anything
 * else is returned as is (the schema then says what is wrong with it).
 *
 * @param value - A record or facts, or anything.
 * @param fields - The fields for which `null` means "not yet".
 * @returns `value`, or a shallow copy without its `null` fields among `fields`.
 *
 * @example
 * ```ts
 * withoutNotYet({ start: '2021-09-29', end: null }, ['end']); //=> { start: '2021-09-29' }
 * ```
 */
export function withoutNotYet<T>(value: T, fields: readonly string[]): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const record = value as Readonly<Record<string, unknown>>;
  if (!fields.some((field) => Object.hasOwn(record, field) && record[field] === null)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    if (!(record[key] === null && fields.includes(key))) Object.defineProperty(copy, key, { value: record[key], enumerable: true, writable: true, configurable: true });
  }
  return copy as T;
}
