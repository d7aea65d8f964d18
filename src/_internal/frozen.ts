import * as z from 'zod/mini';

/**
 * `schema` with its output frozen, once it is valid. Not `z.readonly`, which freezes whatever reaches it, valid or
 * not: the caller's own object where an array belongs, or a typed array, which cannot be frozen and throws.
 *
 * @example
 * ```ts
 * Object.isFrozen(frozen(z.object({ a: z.number() })).parse({ a: 1 })); //=> true
 * ```
 */
export function frozen<S extends z.ZodMiniType>(schema: S) {
  return z.pipe(schema, z.transform((value: z.output<S>) => Object.freeze(value)));
}
