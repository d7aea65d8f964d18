import { parseDate } from '../calendar/parseDate.js';
import { parseAmount, parseBoolean } from '../rules/index.js';
import { parsePause } from './parsePause.js';
import type { CellReading } from './sheetOptions.js';

/** Which columns of a record hold which kind of value. */
export interface CellTypes {
  readonly booleans?: readonly string[];
  readonly numbers?: readonly string[];
  readonly amounts?: readonly string[];
  readonly dates?: readonly string[];
  /** Values read as others, per column (`供水` → `water`); any other value stays as written, for the schema to check. */
  readonly values?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/**
 * The JSON value of a non-empty CSV cell: `pauses` holds `from..to` pauses separated by `;`; the `booleans` are read by
 * `parseBoolean` (TRUE, 是/否, Y/N, 1/0…), the `amounts` by `parseAmount` (¥1,200,000.00, in `--amount-unit`), the
 * `numbers` are plain numbers; a date cell is read by `parseDate` with Excel serials when `--excel-dates` says so.
 * A column with `values` reads those names as their values (`供水` → `water`). Other dates stay text for the schema to read with the same reader, so that a bad one is reported with its path. A
 * boolean or amount that cannot be read throws, with the accepted forms.
 *
 * @internal
 */
export function cellValue(column: string, cell: string, where: string, types: CellTypes, reading?: CellReading): unknown {
  if (column === 'pauses') return cell.split(';').map((p) => parsePause(p, { en: `${where}, column pauses`, zh: 'pauses 列（中止计时）' }));
  if (types.booleans?.includes(column)) return parseBoolean(cell, { name: column });
  if (types.amounts?.includes(column)) return parseAmount(cell, { name: column, unit: reading?.amountUnit ?? '元' });
  if (types.numbers?.includes(column)) return /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
  const named = types.values?.[column];
  if (named !== undefined && Object.hasOwn(named, cell.trim())) return named[cell.trim()];
  if (reading?.excelDates === true && types.dates?.includes(column)) return parseDate(cell, { name: column, excelDates: true });
  return cell;
}
