import { formatDecimal, multiplyDecimals, roundDecimal, toDecimal } from '../../_internal/decimal.js';
import type { Language } from '../../_internal/locale.js';

/**
 * `n` with the unit of a period, in the explanation's language: `'5个工作日'`, `'3天'`, `'1 working day'`, `'20 calendar days'`.
 *
 * @param n - The count.
 * @param unit - `'working_days'`, `'calendar_days'`, or `'days'` (a fixed date's distance).
 * @param locale - The language.
 * @returns The count with its unit.
 *
 * @example
 * ```ts
 * countOf(5, 'working_days', 'zh'); //=> '5个工作日'
 * ```
 */
export function countOf(n: number, unit: 'working_days' | 'calendar_days' | 'days', locale: Language): string {
  if (locale === 'zh') return `${n}${unit === 'working_days' ? '个工作日' : '天'}`;
  const word = unit === 'working_days' ? 'working day' : unit === 'calendar_days' ? 'calendar day' : 'day';
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * A share in [0, 1] as a percentage with one decimal, rounded `'floor'` or `'ceil'` (never to nearest, so that a
 * rounded figure never crosses the one it is compared with): `'40.5%'`. The share is a ratio of whole numbers below
 * 2^53, so a tolerance of 1e-9 undoes binary rounding (0.29 × 1000 = 289.99999999999997) without moving a true value.
 *
 * @param share - The share.
 * @param direction - `'floor'` (e.g. progress next to a verdict of behind) or `'ceil'` (time gone).
 * @returns The percentage.
 *
 * @example
 * ```ts
 * percentOfShare(98 / 200, 'floor'); //=> '49.0%'
 * percentOfShare(150 / 306, 'ceil'); //=> '49.1%'
 * ```
 */
export function percentOfShare(share: number, direction: 'floor' | 'ceil'): string {
  const tenths = direction === 'floor' ? Math.floor(share * 1000 + 1e-9) : Math.ceil(share * 1000 - 1e-9);
  return `${(tenths / 10).toFixed(1)}%`;
}

/**
 * `text` with its first letter in upper case.
 *
 * @param text - An English phrase.
 * @returns The phrase, capitalised.
 *
 * @example
 * ```ts
 * capitalise('process the payment'); //=> 'Process the payment'
 * ```
 */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * An exact fraction written as a percentage, keeping every decimal it has but at least two: `'0.299900'` → `'29.99%'`,
 * `'0.5'` → `'50.00%'`, `'0.29999'` → `'29.999%'`.
 *
 * @param fraction - A plain decimal string.
 * @returns The percentage.
 *
 * @example
 * ```ts
 * percentOfFraction('0.299900'); //=> '29.99%'
 * ```
 */
export function percentOfFraction(fraction: string): string {
  const percent = multiplyDecimals(toDecimal(fraction), { units: 100n, scale: 0 });
  const text = formatDecimal(roundDecimal(percent, Math.max(percent.scale, 2), 'floor'));
  return `${text.replace(/(\.\d{2}\d*?)0+$/, '$1')}%`;
}

/**
 * A plain decimal string with thousands separators: `'1000000.00'` → `'1,000,000.00'`.
 *
 * @param text - A plain decimal string.
 * @returns The grouped string.
 *
 * @example
 * ```ts
 * groupThousands('1000000.00'); //=> '1,000,000.00'
 * ```
 */
export function groupThousands(text: string): string {
  const [whole = '', decimals] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = whole.slice(sign.length);
  // A loop, not a look-ahead regex, which takes quadratic time on a long number.
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return `${sign}${grouped}${decimals === undefined ? '' : `.${decimals}`}`;
}
