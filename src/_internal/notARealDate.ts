import { MONTH_NAMES_EN } from './dateNames.js';
import { daysInMonth } from './dayNumber.js';
import { ACCEPTED_DATE_FORMS, writtenDateParts } from './writtenDate.js';

/**
 * Why a text is not a real date, echoing it: a day that does not exist (`2021-02-29`), or a text not written in one of
 * the accepted year-first forms (month-first orders and two-digit years included), with those forms. The message of a
 * bad date in facts and records.
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
  const parts = writtenDateParts(text);
  if (!parts) return `${shown} is not a date written year first; accepted forms are ${ACCEPTED_DATE_FORMS}`;
  const { year, month } = parts;
  if (month < 1 || month > 12) return `${shown} is not a real date: months are 1–12`;
  return `${shown} is not a real date: ${MONTH_NAMES_EN[month - 1]} ${year} has ${daysInMonth(year, month)} days`;
}
