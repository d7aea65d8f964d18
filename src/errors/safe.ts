import { isYingshangError, type YingshangError } from './YingshangError.js';

/**
 * What a safe function returns, in zod's shape: `{ success: true, data }` with the value, or `{ success: false, error }`
 * with the library error the function would have thrown.
 */
export type SafeResult<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly error: YingshangError };

/**
 * The safe twin of a library function: the same arguments and types, and instead of throwing a {@link YingshangError}
 * for bad input it returns `{ success: false, error }`. Anything else thrown (a bug) still throws. Each `safe…`
 * export is one line made with it, such as `safeEvaluate = safe(evaluate)`.
 *
 * @param fn - A function of the library that throws `YingshangError`s for bad input.
 * @returns The function returning a {@link SafeResult}.
 * @example
 * ```ts
 * const safeParse = safe(parseDate);
 * safeParse('2021年10月8日'); //=> { success: true, data: '2021-10-08' }
 * safeParse('2021-02-30').success; //=> false
 * ```
 */
export function safe<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => SafeResult<R> {
  return (...args) => {
    try {
      return { success: true, data: fn(...args) };
    } catch (error) {
      if (isYingshangError(error)) return { success: false, error };
      throw error;
    }
  };
}
