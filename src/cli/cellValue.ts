import { parsePause } from './parsePause.js';

/**
 * The JSON value of a non-empty CSV cell: `pauses` holds `from..to` pauses separated by `;`, the `booleans` are
 * `true`/`false`, the `numbers` plain numbers; everything else (dates, decimal amounts) stays text for the schema to
 * check, so that a bad value is reported with its path.
 */
export function cellValue(column: string, cell: string, where: string, types: { readonly booleans?: readonly string[]; readonly numbers?: readonly string[] }): unknown {
  if (column === 'pauses') return cell.split(';').map((p) => parsePause(p, `${where}, column pauses`));
  if (types.booleans?.includes(column)) return cell === 'true' ? true : cell === 'false' ? false : cell;
  if (types.numbers?.includes(column)) return /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
  return cell;
}
