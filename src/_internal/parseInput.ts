import type * as z from 'zod/mini';
import type { SchemaIssue } from '../errors/ruleErrors.js';
import { englishIssueMessage } from './englishIssueMessage.js';
import { schemaIssues } from './schemaIssues.js';

/** The outcome of {@link parseInput}: the schema's output, or every issue at its path with the line that lists them. */
export type ParsedInput<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly SchemaIssue[]; readonly text: string };

/**
 * Parse options giving English messages that say what is valid (zod's global configuration is never touched), and
 * each issue's input, which a message in another language echoes (read only when the parse fails).
 */
const ENGLISH = { error: englishIssueMessage, reportInput: true };

/** The longest array inside `value` (own properties, a few levels down) and its path: where an overflow's invalid items are. */
function longestArray(
  value: unknown,
  path: readonly (string | number)[],
  seen: Set<object>,
): { readonly path: readonly (string | number)[]; readonly length: number } | undefined {
  if (typeof value !== 'object' || value === null || seen.has(value) || path.length > 6) return undefined;
  seen.add(value);
  let longest = Array.isArray(value) ? { path, length: value.length } : undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = longestArray(child, [...path, Array.isArray(value) ? Number(key) : key], seen);
    if (found && found.length > (longest?.length ?? -1)) longest = found;
  }
  return longest;
}

/**
 * Adds to `found` the path of every own `__proto__` key inside `value` (as `JSON.parse` makes them), a few levels
 * down: zod drops such a key from a record without a word, so the input would lose it silently.
 */
function protoKeys(value: object, path: readonly (string | number)[], seen: Set<object>, found: (readonly (string | number)[])[]): void {
  if (seen.has(value) || path.length > 8) return;
  seen.add(value);
  // A path is built only for a child that is an object: facts are mostly strings and numbers.
  const visit = (child: unknown, key: string | number): void => {
    if (typeof child === 'object' && child !== null) protoKeys(child, [...path, key], seen, found);
  };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) visit(value[i], i);
    return;
  }
  if (Object.hasOwn(value, '__proto__')) found.push([...path, '__proto__']);
  for (const [key, item] of Object.entries(value)) visit(item, key);
}

/** zod's `safeParse`, or `undefined` when zod overflows the stack gathering issues. */
function safeParse(schema: z.ZodMiniType, value: unknown): ReturnType<z.ZodMiniType['safeParse']> | undefined {
  try {
    return schema.safeParse(value, ENGLISH);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/**
 * Validates any input of the library with its zod schema: English messages, every issue at its path under `prefix`
 * (an unknown key at its own path). zod gathers the issues of an array by spreading them into function arguments,
 * which overflows the stack past a few hundred thousand invalid items; such an input is one issue, at the longest
 * array inside it, never a `RangeError`.
 *
 * @param schema - The input's schema.
 * @param value - Anything.
 * @param prefix - Where the value sits in what the caller was given (`['schedules', 0]`), for the issues' paths.
 * @param hasRecords - Whether `schema` holds a `z.record`, which drops an own `__proto__` key without a word: the value
 *   is then searched for such keys, each an issue (`is not a known field`).
 * @returns The schema's output, or the issues and their text (`'start: is required; pauses.0.from: …'`).
 *
 * @example
 * ```ts
 * parseInput(TargetFactsSchema, { value: -1, asOf: '2021-10-01' }).text; //=> 'value: must be ≥ 0'
 * ```
 */
export function parseInput<S extends z.ZodMiniType>(schema: S, value: unknown, prefix: readonly (string | number)[] = [], hasRecords = false): ParsedInput<z.output<S>> {
  const result = safeParse(schema, value);
  if (result === undefined) {
    const longest = longestArray(value, [], new Set());
    const message = `has too many invalid items${longest ? ` (${longest.length})` : ''} to list them all: check it in smaller parts`;
    return { success: false, ...schemaIssues([{ path: [...prefix, ...(longest?.path ?? [])], message, code: 'too_big' }]) };
  }
  const found: (readonly (string | number)[])[] = [];
  // A strict object reports an own `__proto__` key as unknown; only a record drops it, so only then is it looked for.
  if (hasRecords && typeof value === 'object' && value !== null) protoKeys(value, prefix, new Set(), found);
  if (result.success && found.length === 0) return { success: true, data: result.data as z.output<S> };
  const reported = schemaIssues(result.success ? [] : result.error.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }))).issues;
  const paths = new Set(reported.map((issue) => issue.path.join('.')));
  const dropped = found.filter((path) => !paths.has(path.join('.'))).map((path) => ({ path, message: 'is not a known field', code: 'unrecognized_keys' }));
  return { success: false, ...schemaIssues([...reported, ...dropped]) };
}
