import type * as z from 'zod/mini';
import { describeValue } from './describeValue.js';

const TYPE_NAMES: Readonly<Record<string, string>> = {
  int: 'a whole number',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'an array',
  date: 'a Date',
};

function bound(origin: string, inclusive: boolean | undefined, limit: number | bigint, below: boolean): string {
  const what = origin === 'string' ? 'characters' : origin === 'array' ? 'items' : '';
  if (what && below && limit === 1) return 'must not be empty';
  if (what) return `must have ${below ? 'at least' : 'at most'} ${String(limit)} ${what}`;
  return `must be ${below ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<'} ${String(limit)}`;
}

/**
 * English messages for the zod issues a rule or facts schema can raise, passed to each parse as its error map, so
 * that zod's global configuration is never touched and no locale bundle is loaded. Messages set on a check win.
 *
 * @param issue - A zod issue without its message.
 * @returns What is wrong, as the end of a sentence that starts with the path.
 */
export const englishIssueMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`;
    case 'too_small':
      return bound(issue.origin, issue.inclusive, issue.minimum, true);
    case 'too_big':
      return bound(issue.origin, issue.inclusive, issue.maximum, false);
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${describeValue(issue.input)}`;
    case 'invalid_format':
      return issue.pattern === undefined ? `must be a valid ${issue.format}` : `must match ${issue.pattern}`;
    case 'invalid_key':
      // A record's key: what its key schema said about it (`must be a camelCase name such as contractAmount`).
      return issue.issues[0]?.message ?? 'is not a valid key';
    case 'invalid_union': {
      // A discriminated union reports at its discriminator's path and names the values it may take.
      const { options, discriminator } = issue as { readonly options?: unknown; readonly discriminator?: unknown };
      if (!Array.isArray(options) || typeof discriminator !== 'string') return 'does not match any of the allowed shapes';
      const value = typeof issue.input === 'object' && issue.input !== null ? (issue.input as Record<string, unknown>)[discriminator] : undefined;
      return `must be one of ${options.map((v) => JSON.stringify(v)).join(', ')}, not ${describeValue(value)}`;
    }
    default:
      return 'is invalid';
  }
};
