import * as z from 'zod/mini';

/** How a field may not stand to another: a day not before (or after) another, an amount not more than another. */
export type FieldOrder = 'before' | 'after' | 'more_than';

const ENGLISH: Readonly<Record<FieldOrder, string>> = { before: 'before', after: 'after', more_than: 'more than' };

/**
 * A zod check that `field` of an object does not stand `order` to `other` (a day before another, an amount more than
 * another), when both are given. The issue is at `field`; its message names both fields and both values (so that a
 * clerk sees which of the two to correct), and its `params` (`reason`, `field`, `value`, `otherValue`) let the words
 * for people be written in either language.
 *
 * @param field - The field the issue is at.
 * @param other - The field it is compared with.
 * @param order - What `field` must not be, relative to `other`.
 * @param isWrong - Whether the two values stand in that order.
 * @returns The check.
 * @example
 * ```ts
 * const Facts = z.object({ start: z.string(), end: z.string() }).check(fieldOrderCheck('end', 'start', 'before', (end, start) => end < start));
 * Facts.safeParse({ start: '2021-09-29', end: '2021-09-28' }).error?.issues[0]?.message; //=> 'must not be before `start`: 2021-09-28 is before 2021-09-29'
 * ```
 */
export function fieldOrderCheck<K extends string, O extends string, V>(
  field: K,
  other: O,
  order: FieldOrder,
  isWrong: (value: V, otherValue: V) => boolean,
): z.core.$ZodCheck<{ readonly [key in K | O]?: V | null | undefined }> {
  return z.check((ctx) => {
    const value = ctx.value[field];
    const otherValue = ctx.value[other];
    if (value === undefined || value === null || otherValue === undefined || otherValue === null || !isWrong(value, otherValue)) return;
    const [shown, otherShown] = [String(value), String(otherValue)];
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      path: [field],
      message: `must not be ${ENGLISH[order]} \`${other}\`: ${shown} is ${ENGLISH[order]} ${otherShown}`,
      params: { reason: order, field: other, value: shown, otherValue: otherShown },
    });
  });
}
