import type { SchemaIssue } from '../errors/ruleErrors.js';

/** The fields of a zod issue this library reports. */
interface ZodIssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code: string;
  readonly keys?: readonly string[];
  readonly input?: unknown;
  readonly params?: Readonly<Record<string, unknown>> | undefined;
  readonly expected?: unknown;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly inclusive?: unknown;
  readonly origin?: unknown;
  readonly values?: unknown;
  readonly format?: unknown;
  readonly pattern?: unknown;
  readonly options?: unknown;
  readonly discriminator?: unknown;
}

/** The fields of a zod issue that say what was expected, kept for messages in other languages. */
const PARAM_FIELDS = ['expected', 'minimum', 'maximum', 'inclusive', 'origin', 'values', 'format', 'pattern', 'options', 'discriminator'] as const;

/** The bad value as a message may echo it: a short plain value as is, anything else by its kind (`'array'`, `'object'`). */
function echoed(input: unknown): Readonly<Record<string, unknown>> {
  if (input === undefined) return {};
  if (typeof input === 'string') return { input: input.length > 40 ? `${input.slice(0, 40)}…` : input };
  if (typeof input === 'number' || typeof input === 'boolean' || input === null) return { input };
  return { received: Array.isArray(input) ? 'array' : input instanceof Date ? 'date' : typeof input };
}

/** What an issue found, for a message in another language; `undefined` when there is nothing beyond its code. */
function paramsOf(issue: ZodIssueLike): Readonly<Record<string, unknown>> | undefined {
  const params: Record<string, unknown> = { ...issue.params };
  for (const field of PARAM_FIELDS) {
    const value = issue[field];
    if (value !== undefined && typeof value !== 'function') params[field] = typeof value === 'bigint' ? Number(value) : value;
  }
  // A key's problem is its own key; an object's missing field is `undefined`, an unknown key's object is not echoed.
  if (issue.code !== 'unrecognized_keys' && issue.code !== 'invalid_key') {
    const { discriminator } = issue;
    const input = typeof discriminator === 'string' && typeof issue.input === 'object' && issue.input !== null ? (issue.input as Record<string, unknown>)[discriminator] : issue.input;
    // An object-level check (`end` before `start`) says what it compares with; its object is not echoed.
    if (issue.code !== 'custom' || typeof input !== 'object' || input === null) Object.assign(params, echoed(input));
  }
  return Object.keys(params).length > 0 ? params : undefined;
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
    const params = paramsOf(i);
    return [params === undefined ? { path, message: i.message, code: i.code } : { path, message: i.message, code: i.code, params }];
  });
  const listed = list.slice(0, LISTED_ISSUES).map((i) => `${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`);
  const more = list.length - listed.length;
  return { issues: list, text: more > 0 ? `${listed.join('; ')}; and ${more} more (see details.issues)` : listed.join('; ') };
}
