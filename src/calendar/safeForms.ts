import { safe } from '../errors/safe.js';
import { createCalendar } from './createCalendar.js';
import { parseNotice } from './notice/parseNotice.js';
import { parseDate } from './parseDate.js';

// The safe twins of the calendar's entry points for user data: the same arguments and types, `{ success, data | error }` instead of a throw.

/**
 * {@link parseDate} without throwing: `{ success: true, data }` with the `'YYYY-MM-DD'` date, or `{ success: false, error }`
 * with INVALID_DATE.
 *
 * @example
 * ```ts
 * safeParseDate('2021年9月28日'); //=> { success: true, data: '2021-09-28' }
 * const bad = safeParseDate('2021-02-30');
 * bad.success || bad.error.code; //=> 'INVALID_DATE'
 * ```
 */
export const safeParseDate = /* @__PURE__ */ safe(parseDate);

/**
 * {@link parseNotice} without throwing: `{ success: true, data }` with the schedule, or `{ success: false, error }` with
 * INVALID_NOTICE or INVALID_ARGUMENT.
 *
 * @example
 * ```ts
 * const bad = safeParseNotice('一、元旦：2月30日放假。', { year: 2027, title: 'T', docNo: 'D', publishedOn: '2026-11-01', url: 'https://example.org' });
 * bad.success || bad.error.code; //=> 'INVALID_NOTICE'
 * ```
 */
export const safeParseNotice = /* @__PURE__ */ safe(parseNotice);

/**
 * {@link createCalendar} without throwing: `{ success: true, data }` with the calendar, or `{ success: false, error }`
 * with INVALID_SCHEDULE, INVALID_DATE or INVALID_ARGUMENT.
 *
 * @example
 * ```ts
 * safeCreateCalendar({ asKnownOn: '2020-01-01' }).success; //=> true
 * const bad = safeCreateCalendar({ asKnownOn: '2020-02-30' });
 * bad.success || bad.error.code; //=> 'INVALID_DATE'
 * ```
 */
export const safeCreateCalendar = /* @__PURE__ */ safe(createCalendar);
