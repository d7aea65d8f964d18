import type { SchemaIssue } from '../errors/ruleErrors.js';

/** The fields of a zod issue this library reports. */
interface ZodIssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code: string;
  readonly keys?: readonly string[];
}

/** Most issues the text lists, so that a message stays readable; the issues themselves are all kept. */
const LISTED_ISSUES = 20;

/**
 * Zod issues as plain {@link SchemaIssue}s (an unknown key at its own path), and one line naming each path, for error messages.
 *
 * @param issues - Zod's issues, all of them.
 * @returns The issues and the text `'start: …; pauses.0.from: …'` (the first 20, then how many more).
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
  const listed = list.slice(0, LISTED_ISSUES).map((i) => `${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`);
  const more = list.length - listed.length;
  return { issues: list, text: more > 0 ? `${listed.join('; ')}; and ${more} more (see details.issues)` : listed.join('; ') };
}
