import type { ErrorCode } from '../../src/errors/codes.js';

/** What a malformed call must end in: the library's own error, or a documented domain outcome. */
export type Expected =
  /** A library error with this code, whose message contains every string of `mentions` (the offending path and what is valid). */
  | { readonly code: ErrorCode; readonly mentions: readonly string[] }
  /** A value matching `pattern` (as `toMatchObject` reads it), or for which `check` passes: a domain status, an error item… */
  | { readonly returns: (value: unknown) => void };

/** One malformed call of a public function. */
export interface BadCall {
  /** The public function, as `subpath.name` (`'calendar.isWorkingDay'`), so that the corpus can check that none is missed. */
  readonly subject: string;
  /** What is wrong with the call, as a phrase (`'an impossible date (2021-02-29)'`). */
  readonly input: string;
  readonly call: () => unknown;
  readonly expected: Expected;
}

/**
 * The expectation of a library error: its `code`, and strings its message must contain.
 *
 * @param code - The error code.
 * @param mentions - The offending path (`'`date`'`, `'pauses.0.from'`) and what is valid (`"'YYYY-MM-DD'"`).
 */
export function fails(code: ErrorCode, ...mentions: string[]): Expected {
  return { code, mentions };
}

/**
 * The expectation of a documented domain outcome.
 *
 * @param check - Assertions on the returned value (`expect(value).toMatchObject(…)`).
 */
export function returns(check: (value: unknown) => void): Expected {
  return { returns: check };
}

/** Builds the calls of one subject. */
export function callsOf(subject: string, calls: readonly Omit<BadCall, 'subject'>[]): BadCall[] {
  return calls.map((c) => ({ subject, ...c }));
}
