import { MONTH_NAMES_EN } from './dateNames.js';
import { daysInMonth } from './dayNumber.js';

/**
 * Why a text is not a real `'YYYY-MM-DD'` date, echoing it: the message of a bad date in facts and records.
 *
 * @param text - The text given.
 * @returns One sentence without a final period.
 *
 * @example
 * ```ts
 * notARealDate('2021-02-30'); //=> "'2021-02-30' is not a real date: February 2021 has 28 days"
 * ```
 */
export function notARealDate(text: string): string {
  const shown = `'${text.length > 40 ? `${text.slice(0, 40)}…` : text}'`;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return `${shown} is not a real date written 'YYYY-MM-DD' with ASCII digits`;
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12) return `${shown} is not a real date: months are 01–12`;
  return `${shown} is not a real date: ${MONTH_NAMES_EN[month - 1]} ${year} has ${daysInMonth(year, month)} days`;
}
