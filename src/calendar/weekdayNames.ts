/**
 * The names of the weekdays, Monday first (index `weekday - 1` of a {@link DayInfo}), in Chinese and English.
 *
 * @example
 * ```ts
 * WEEKDAY_NAMES.en[5]; //=> 'Saturday'
 * ```
 */
export const WEEKDAY_NAMES = Object.freeze({
  'zh-CN': Object.freeze(['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日']),
  en: Object.freeze(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']),
});
