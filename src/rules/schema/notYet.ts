import * as z from 'zod/mini';

/**
 * A field that may be "not yet": left out, `undefined` or `null` (a database row's empty column) all mean the same,
 * and the output is then `undefined`; any other value is read by `schema`, with its messages.
 *
 * @param schema - The field's schema when it is there.
 * @returns An optional schema taking `null` too, whose output is `schema`'s or `undefined`.
 *
 * @example
 * ```ts
 * z.strictObject({ end: notYet(DateFactSchema) }).parse({ end: null }); //=> { end: undefined }
 * ```
 */
export function notYet<Output, Input>(schema: z.ZodMiniType<Output, Input>): z.ZodMiniOptional<z.ZodMiniType<Output | undefined, Input | null | undefined>> {
  return z.optional(z.pipe(z.nullable(schema), z.transform((value: Output | null) => (value === null ? undefined : value))));
}
