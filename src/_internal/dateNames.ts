/** The English month names, January first (index = month − 1). */
export const MONTH_NAMES_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/**
 * The names of the weekdays, Monday first (index `weekday - 1` of a `DayInfo`), in Chinese and English.
 *
 * @example
 * ```ts
 * WEEKDAY_NAMES.en[5]; //=> 'Saturday'
 * ```
 */
export const WEEKDAY_NAMES = {
  zh: ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
} as const;
