import { formatIsoDay, shanghaiDayOfDate } from '../../_internal/dayNumber.js';

/**
 * Today's date in Asia/Shanghai, the default `asOf` of deadline facts.
 *
 * @returns `'YYYY-MM-DD'`.
 *
 * @example
 * ```ts
 * todayInShanghai(); //=> e.g. '2021-10-08'
 * ```
 */
export function todayInShanghai(): string {
  return formatIsoDay(shanghaiDayOfDate(new Date()));
}
