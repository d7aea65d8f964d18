import type * as z from 'zod/mini';

/**
 * `T` as the library gives its results: every object and array `readonly` all the way down (results are frozen), and
 * an optional field left out rather than set to `undefined` (zod's output types allow `undefined` there).
 *
 * @example
 * ```ts
 * type Step = DeepReadonly<{ type: 'pause'; reasons: string[]; open?: true | undefined }>;
 * //=> { readonly type: 'pause'; readonly reasons: readonly string[]; readonly open?: true }
 * ```
 */
export type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<Exclude<T[K], undefined>> }
    : T;

/**
 * The output of `Schema`, as the library gives it (see {@link DeepReadonly}): how every result type is derived from
 * its schema.
 *
 * @example
 * ```ts
 * export type TargetResult = ReadonlyOutput<typeof TargetResultSchema>;
 * ```
 */
export type ReadonlyOutput<Schema extends z.ZodMiniType> = DeepReadonly<z.output<Schema>>;
