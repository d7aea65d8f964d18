import fc from 'fast-check';

/** Any JavaScript value: boxed values, objects without a prototype, typed and sparse arrays, Maps, BigInts, objects whose keys look like code. */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** Any JSON value, some objects with own `__proto__`, `constructor` and `prototype` keys, as `JSON.parse` makes them. */
export const jsonValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc
    .tuple(fc.jsonValue({ maxDepth: 2 }), fc.jsonValue({ maxDepth: 2 }), fc.jsonValue({ maxDepth: 2 }))
    .map(([a, b, c]) => JSON.parse(`{"__proto__":${JSON.stringify(a)},"constructor":${JSON.stringify(b)},"prototype":${JSON.stringify(c)}}`) as unknown),
);

/** Any value or any JSON. */
export const anyInput: fc.Arbitrary<unknown> = fc.oneof(anyValue, jsonValue);

type Path = readonly (string | number)[];

/** The path of every value inside `value`, itself included. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [path];
  return [path, ...Object.entries(value).flatMap(([key, child]) => pathsOf(child, [...path, Array.isArray(value) ? Number(key) : key]))];
}

/** A copy of `value` with the value at `path` changed by `change` (the containers on the way copied, not changed). */
function changedAt(value: unknown, path: Path, change: (at: unknown) => unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return change(value);
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<string | number, unknown>;
  // defineProperty, not assignment: `copy['__proto__'] = x` would set the prototype.
  Object.defineProperty(copy, head, { value: changedAt(copy[head], rest, change), enumerable: true, writable: true, configurable: true });
  return copy;
}

/**
 * Malformed versions of a valid input: one value inside it replaced by any input, set to `undefined`, or given an own
 * `__proto__`, `constructor` or `prototype` key; so fuzzing reaches past the first check of a function.
 */
export function mutationOf(sample: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(sample);
  return fc.tuple(fc.constantFrom(...paths), anyInput, fc.constantFrom('replace', 'delete', '__proto__', 'constructor', 'prototype')).map(([path, junk, how]) =>
    changedAt(sample, path, (at) => {
      if (how === 'replace') return junk;
      if (how === 'delete') return undefined;
      if (typeof at !== 'object' || at === null) return junk;
      const copy = (Array.isArray(at) ? [...(at as unknown[])] : { ...at }) as Record<string, unknown>;
      Object.defineProperty(copy, how, { value: junk, enumerable: true, writable: true, configurable: true });
      return copy;
    }),
  );
}
