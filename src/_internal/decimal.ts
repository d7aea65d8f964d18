/**
 * Exact decimal arithmetic on BigInt fixed-point values, so that no float ever decides a boundary
 * (30.00% is met, 29.999…% is not). A value is `units / 10^scale`.
 */

/** An exact decimal: `units / 10^scale`, `scale` ≥ 0. */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

const DECIMAL_TEXT = /^(-?)(\d+)(?:\.(\d+))?$/;
const EXPONENT_TEXT = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/;

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/**
 * Reads a plain decimal numeral (`'1000000.00'`, `'-0.5'`, `'7'`). No exponent, no sign other than `-`, no spaces.
 * Trailing zeros are kept in the scale, so `'1.00'` has scale 2.
 *
 * @param text - The numeral.
 * @returns The decimal, or `undefined` for anything else.
 * @example
 * ```ts
 * parseDecimal('1.00'); //=> { units: 100n, scale: 2 }
 * ```
 */
export function parseDecimal(text: string): Decimal | undefined {
  const m = DECIMAL_TEXT.exec(text);
  if (!m) return undefined;
  const fraction = m[3] ?? '';
  const units = BigInt(`${m[2] ?? '0'}${fraction}`);
  return { units: m[1] ? -units : units, scale: fraction.length };
}

/**
 * The exact decimal that a finite number's shortest round-trip text denotes (`0.1` → `0.1`, `1e21` → `1000000000000000000000`),
 * or `undefined` for `NaN` and ±Infinity. This reads the number as a person wrote it, never its binary expansion.
 *
 * @param n - A number.
 * @returns The decimal, or `undefined`.
 * @example
 * ```ts
 * decimalOfNumber(1e21); //=> { units: 1000000000000000000000n, scale: 0 }
 * ```
 */
export function decimalOfNumber(n: number): Decimal | undefined {
  if (!Number.isFinite(n)) return undefined;
  const text = String(n);
  const m = EXPONENT_TEXT.exec(text);
  if (!m) return parseDecimal(text);
  const fraction = m[3] ?? '';
  const exponent = Number(m[4]) - fraction.length;
  const digits = BigInt(`${m[2] ?? '0'}${fraction}`);
  const units = exponent >= 0 ? digits * pow10(exponent) : digits;
  return { units: m[1] ? -units : units, scale: exponent >= 0 ? 0 : -exponent };
}

/** `a` expressed at a scale ≥ its own (exact). */
function atScale(a: Decimal, scale: number): bigint {
  return a.units * pow10(scale - a.scale);
}

/**
 * -1, 0 or 1 as `a` is less than, equal to or greater than `b` (exact).
 *
 * @param a - A decimal.
 * @param b - A decimal.
 * @returns The sign of `a − b`.
 * @example
 * ```ts
 * compareDecimals(toDecimal('0.30'), toDecimal('0.3')); //=> 0
 * ```
 */
export function compareDecimals(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const scale = Math.max(a.scale, b.scale);
  const x = atScale(a, scale);
  const y = atScale(b, scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * `a − b` (exact).
 *
 * @param a - A decimal.
 * @param b - A decimal.
 * @returns The difference, at the larger scale.
 * @example
 * ```ts
 * formatDecimal(subtractDecimals(toDecimal('0.3'), toDecimal('0.2999'))); //=> '0.0001'
 * ```
 */
export function subtractDecimals(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { units: atScale(a, scale) - atScale(b, scale), scale };
}

/**
 * `a × b` (exact).
 *
 * @param a - A decimal.
 * @param b - A decimal.
 * @returns The product, at the sum of the scales.
 * @example
 * ```ts
 * formatDecimal(multiplyDecimals(toDecimal('333.33'), toDecimal('0.30'))); //=> '99.9990'
 * ```
 */
export function multiplyDecimals(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** Integer division of `n` by positive `d`, rounded toward −∞ (`'floor'`) or +∞ (`'ceil'`). */
function divideRounded(n: bigint, d: bigint, rounding: 'floor' | 'ceil'): bigint {
  const q = n / d;
  const r = n % d;
  if (r === 0n) return q;
  const negative = r < 0n;
  if (rounding === 'floor') return negative ? q - 1n : q;
  return negative ? q : q + 1n;
}

/**
 * `a` rounded to `scale` decimals toward −∞ (`'floor'`) or +∞ (`'ceil'`); exact when `scale` ≥ `a.scale`.
 *
 * @param a - A decimal.
 * @param scale - Decimals to keep.
 * @param rounding - The direction.
 * @returns The rounded decimal, at `scale`.
 * @example
 * ```ts
 * formatDecimal(roundDecimal(toDecimal('99.999'), 2, 'ceil')); //=> '100.00'
 * ```
 */
export function roundDecimal(a: Decimal, scale: number, rounding: 'floor' | 'ceil'): Decimal {
  if (scale >= a.scale) return { units: atScale(a, scale), scale };
  return { units: divideRounded(a.units, pow10(a.scale - scale), rounding), scale };
}

/**
 * `a ÷ b` (`b` > 0) to `scale` decimals, rounded toward −∞ (`'floor'`) or +∞ (`'ceil'`).
 *
 * @param a - The dividend.
 * @param b - The divisor, > 0.
 * @param scale - Decimals of the quotient.
 * @param rounding - The direction.
 * @returns The quotient, at `scale`.
 * @example
 * ```ts
 * formatDecimal(divideDecimals(toDecimal('1'), toDecimal('3'), 6, 'floor')); //=> '0.333333'
 * ```
 */
export function divideDecimals(a: Decimal, b: Decimal, scale: number, rounding: 'floor' | 'ceil'): Decimal {
  // a/b = (a.units · 10^b.scale) / (b.units · 10^a.scale); shift by 10^scale to keep `scale` decimals.
  const n = a.units * pow10(b.scale + scale);
  const d = b.units * pow10(a.scale);
  return { units: divideRounded(n, d, rounding), scale };
}

/**
 * The plain decimal text of `a` with exactly `a.scale` decimals.
 *
 * @param a - A decimal.
 * @returns The text.
 * @example
 * ```ts
 * formatDecimal({ units: 5n, scale: 2 }); //=> '0.05'
 * ```
 */
export function formatDecimal(a: Decimal): string {
  const negative = a.units < 0n;
  const digits = (negative ? -a.units : a.units).toString().padStart(a.scale + 1, '0');
  const whole = digits.slice(0, digits.length - a.scale);
  const text = a.scale === 0 ? whole : `${whole}.${digits.slice(digits.length - a.scale)}`;
  return negative ? `-${text}` : text;
}

/**
 * The exact decimal of a value that a schema has already accepted as a plain decimal string or a finite number.
 *
 * @param value - A decimal string or a finite number.
 * @returns The decimal.
 * @throws RangeError when it is neither (a bug: the schema should have rejected it).
 *
 * @example
 * ```ts
 * toDecimal(0.1); //=> { units: 1n, scale: 1 }
 * ```
 */
export function toDecimal(value: string | number): Decimal {
  const d = typeof value === 'number' ? decimalOfNumber(value) : parseDecimal(value);
  if (!d) throw new RangeError(`Not a decimal: ${String(value)}`);
  return d;
}
