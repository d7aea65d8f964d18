import { decimalOfNumber, formatDecimal, multiplyDecimals, parseDecimal, type Decimal } from '../../_internal/decimal.js';
import { readOptions } from '../../_internal/readOptions.js';
import { NAME_OPTION } from './nameOption.js';
import { describeValue } from '../../_internal/describeValue.js';
import { halfWidth } from '../../_internal/halfWidth.js';
import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';

/** Options of {@link parseAmount}. */
export interface ParseAmountOptions {
  /** The unit the values are in: `'元'` (yuan, the default) or `'万元'` (ten thousand yuan, multiplied exactly). */
  readonly unit?: '元' | '万元';
  /** What the value is, for the message (`'contractAmount'`); default `'value'`. */
  readonly name?: string;
}

/** The forms of an amount that {@link parseAmount} reads, for messages. */
export const ACCEPTED_AMOUNTS = "'1200000.00', '1,200,000.00', '¥1,200,000', '￥1200000', '1200000元', full-width digits";

// Thousands separators only in groups of three after one to three digits: '1,20' or '1.200,00' is refused, not guessed.
const PLAIN = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const TEN_THOUSAND: Decimal = { units: 10_000n, scale: 0 };

/** `d` without the trailing zeros of its decimals beyond the second (a 万元 amount times 10 000). */
function trimmed(d: Decimal): Decimal {
  let { units, scale } = d;
  while (scale > 2 && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  return { units, scale };
}

/**
 * Reads an amount of money as spreadsheets and forms write it into a plain decimal string, exactly (no float): thousands
 * separators in groups of three, a leading `¥`/`￥`, a trailing `元`, full-width digits, spaces around; or a finite
 * number. A value in 万元 (`'120万元'`, or a column of them) only with `unit: '万元'`, multiplied exactly by 10 000 (a
 * value that says `元` stays in yuan).
 * Nothing ambiguous is guessed: `'1,20'`, `'1.200,00'`, `'120万'` without the option, or other currencies throw.
 *
 * @param value - The amount as given.
 * @param options - `unit`, `name`.
 * @returns The amount in yuan as a decimal string (`'1200000.00'`), its decimals as written.
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT echoing the value and listing the accepted forms.
 *
 * @example
 * ```ts
 * parseAmount('¥1,200,000.00'); //=> '1200000.00'
 * parseAmount('１２０万元', { unit: '万元' }); //=> '1200000'
 * parseAmount('1.200,00'); //=> throws INVALID_ARGUMENT
 * ```
 */
export function parseAmount(value: unknown, options: ParseAmountOptions = {}): string {
  // readOptions checked these options; its return type is only a record of unknowns.
  const { unit = '元', name = 'value' } = readOptions(options, { ...NAME_OPTION, unit: { oneOf: ['元', '万元'] } }, "{ unit: '万元' }") as ParseAmountOptions;
  let amount: Decimal | undefined;
  let inWan = unit === '万元';
  if (typeof value === 'number') amount = decimalOfNumber(value);
  else if (typeof value === 'string') {
    const text = halfWidth(value).trim();
    const m = /^(¥)?\s*(.*?)\s*(万元|万|元)?$/.exec(text);
    const digits = m?.[2] ?? '';
    const written = m?.[3];
    // A cell that says 元 is in yuan whatever the column; one that says 万 is read only when the caller said the
    // amounts are in 万元: never multiplied by a guess.
    if (written === '元') inWan = false;
    if (PLAIN.test(digits) && (written === '万元' || written === '万' ? unit === '万元' : true)) amount = parseDecimal(digits.replaceAll(',', ''));
  }
  if (amount === undefined) {
    const hint = unit === '元' && typeof value === 'string' && /万/.test(value) ? " (an amount in 万元 is read only when asked: unit '万元', or --amount-unit 万元)" : '';
    throw new InvalidArgumentError(`\`${name}\` is ${describeValue(value)}, not an amount${hint}; accepted forms: ${ACCEPTED_AMOUNTS}.`, { argument: name, input: describeValue(value) });
  }
  return formatDecimal(inWan ? trimmed(multiplyDecimals(amount, TEN_THOUSAND)) : amount);
}
