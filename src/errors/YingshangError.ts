import type { ErrorCode } from './codes.js';

/** Brand shared by every copy of the library (ESM and CJS), so that {@link isYingshangError} works across them. */
const BRAND = Symbol.for('yingshang.error');

/**
 * The base class of every error the library throws. Each error has a stable {@link ErrorCode}
 * and a message that says what was wrong and what is valid.
 *
 * @example
 * ```ts
 * let error: unknown;
 * try { isWorkingDay('2021-02-29'); } catch (e) { error = e; }
 * error instanceof YingshangError; //=> true
 * isYingshangError(error) && error.code; //=> 'INVALID_DATE'
 * error instanceof InvalidDateError; //=> true
 * ```
 */
export class YingshangError extends Error {
  override readonly name: string = 'YingshangError';
  /** Stable, machine-readable error code. */
  readonly code: ErrorCode;
  /** Structured facts about the failure (the offending input, the valid range, zod issues…). */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * @param code - The stable error code.
   * @param message - What was wrong and what is valid.
   * @param details - Structured facts about the failure.
   * @param options - Standard error options (`cause`).
   */
  constructor(code: ErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.details = Object.freeze({ ...details });
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * True when `value` is an error thrown by this library (any copy of it, ESM or CJS), optionally with the given code.
 *
 * @param value - Anything caught.
 * @param code - When given, also require this error code.
 * @returns Whether `value` is a {@link YingshangError} (with `code`).
 * @example
 * ```ts
 * const id: string = 'm99-unknown'; // from a command line, say
 * let caught: unknown;
 * try { getRule(id); } catch (e) { caught = e; }
 * isYingshangError(caught); //=> true
 * isYingshangError(caught, 'UNKNOWN_RULE'); //=> true
 * isYingshangError(caught, 'INVALID_FACTS'); //=> false
 * isYingshangError(new Error('x')); //=> false
 * ```
 */
export function isYingshangError<C extends ErrorCode>(
  value: unknown,
  code?: C,
): value is YingshangError & { readonly code: C } {
  if (typeof value !== 'object' || value === null || !(BRAND in value)) return false;
  return code === undefined || (value as { readonly code?: unknown }).code === code;
}
