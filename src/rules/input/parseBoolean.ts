import { readOptions } from '../../_internal/readOptions.js';
import { NAME_OPTION } from './nameOption.js';
import { describeValue } from '../../_internal/describeValue.js';
import { halfWidth } from '../../_internal/halfWidth.js';
import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';

/** The spellings of a yes/no cell that {@link parseBoolean} reads, for messages. */
export const ACCEPTED_BOOLEANS = 'true/false, TRUE/FALSE, True/False, 是/否, Y/N, 1/0';

const TRUE = new Set(['true', 'TRUE', 'True', '是', 'Y', 'y', '1']);
const FALSE = new Set(['false', 'FALSE', 'False', '否', 'N', 'n', '0']);

/**
 * Reads a yes/no value as spreadsheets and forms write it: `true`/`false` (any of `true`, `TRUE`, `True`), `是`/`否`,
 * `Y`/`N`, `1`/`0` (text or number, full-width too, spaces around ignored), or a boolean. Nothing else is guessed:
 * `'yes'`, `'有'`, `'√'`, `2` or an empty cell throw.
 *
 * @param value - The value as given.
 * @param options - `name`: what the value is, for the message (`'supplierIsSme'`); default `'value'`.
 * @returns The boolean.
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT echoing the value and listing the accepted spellings.
 *
 * @example
 * ```ts
 * parseBoolean('TRUE'); //=> true
 * parseBoolean('否'); //=> false
 * parseBoolean('yes'); //=> throws INVALID_ARGUMENT
 * ```
 */
export function parseBoolean(value: unknown, options: { readonly name?: string } = {}): boolean {
  // readOptions checked these options; its return type is only a record of unknowns.
  const { name = 'value' } = readOptions(options, NAME_OPTION, "{ name: 'supplierIsSme' }") as { readonly name?: string };
  if (typeof value === 'boolean') return value;
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? halfWidth(value).trim() : undefined;
  if (text !== undefined && TRUE.has(text)) return true;
  if (text !== undefined && FALSE.has(text)) return false;
  throw new InvalidArgumentError(`\`${name}\` is ${describeValue(value)}, not a yes/no value; accepted: ${ACCEPTED_BOOLEANS}.`, { argument: name, input: describeValue(value) });
}
