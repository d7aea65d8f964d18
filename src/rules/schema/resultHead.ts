import * as z from 'zod/mini';

/**
 * The fields every result of a kind starts with: the rule's `ruleId`, the `kind` and its `status` (from
 * `statusSchemas.ts`). Each kind's result shape spreads it.
 *
 * @param kind - The kind's name.
 * @param status - The schema of the kind's statuses.
 * @returns The three fields' schemas.
 * @example
 * ```ts
 * z.object(resultHead('target', TargetStatusSchema)).safeParse({ ruleId: 'x', kind: 'target', status: 'behind' }).success; //=> true
 * ```
 */
export function resultHead<K extends string, S extends z.ZodMiniType<string>>(kind: K, status: S) {
  return { ruleId: z.string(), kind: z.literal(kind), status };
}
