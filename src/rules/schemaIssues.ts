import type { SchemaIssue } from '../errors/ruleErrors.js';

/** The fields of a zod issue this library reports. */
interface ZodIssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code: string;
  readonly keys?: readonly string[];
}

/**
 * Zod issues as plain {@link SchemaIssue}s (an unknown key at its own path), and one line naming each path, for error messages.
 *
 * @param issues - Zod's issues, all of them.
 * @returns The issues and the text `'start: …; pauses.0.from: …'`.
 *
 * @example
 * ```ts
 * schemaIssues([{ path: ['start'], message: 'is required', code: 'invalid_type' }]).text; //=> 'start: is required'
 * ```
 */
export function schemaIssues(issues: readonly ZodIssueLike[]): { readonly issues: readonly SchemaIssue[]; readonly text: string } {
  const list = issues.flatMap((i) => {
    const path = i.path.map((p) => (typeof p === 'number' ? p : String(p)));
    // One issue per unknown key, at the key's own path.
    if (i.code === 'unrecognized_keys' && i.keys) return i.keys.map((key) => ({ path: [...path, key], message: 'is not a known field', code: i.code }));
    return [{ path, message: i.message, code: i.code }];
  });
  return { issues: list, text: list.map((i) => `${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`).join('; ') };
}
