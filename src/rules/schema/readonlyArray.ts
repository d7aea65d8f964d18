import * as z from 'zod/mini';

/**
 * An array of `item`, typed `readonly` in its input and output (so that a caller's `readonly` array is accepted), and
 * not frozen: `z.readonly` freezes whatever reaches it, valid or not, and throws on a typed array (`Uint8Array`).
 *
 * @param item - The schema of each element.
 * @returns The array schema.
 * @example
 * ```ts
 * readonlyArray(z.string()).safeParse(new Uint8Array(1)).success; //=> false
 * ```
 */
export function readonlyArray<T extends z.ZodMiniType>(item: T): z.ZodMiniReadonly<z.ZodMiniArray<T>> {
  // The cast changes only the static type: `readonly` is a promise of the types, which the parsed array keeps.
  return z.array(item) as unknown as z.ZodMiniReadonly<z.ZodMiniArray<T>>;
}
