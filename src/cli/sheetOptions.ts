import { meantText } from './meantText.js';
import { readJsonFile } from './readJsonFile.js';
import { UsageError } from './UsageError.js';

/** The batch options that say how a spreadsheet's cells and columns are read, and how the CSV report is written. */
export const SHEET_OPTIONS = {
  'excel-dates': { type: 'boolean' },
  'amount-unit': { type: 'string' },
  columns: { type: 'string' },
  map: { type: 'string', multiple: true },
  'csv-for': { type: 'string' },
  'csv-headers': { type: 'string' },
} as const;

/** The help text of {@link SHEET_OPTIONS}, after the other batch options. */
export const SHEET_OPTIONS_HELP = `  --excel-dates                    read a date cell holding a bare number as an Excel serial day (44467 = 2021-09-28)
  --amount-unit 元|万元             the unit of the amount columns (default 元; 万元 is multiplied exactly by 10 000)
  --columns <file.json>            a JSON object mapping column names to fields: {"中标日期": "awardNoticeIssuedOn"}
  --map <列名=field>                map one more column name to a field (repeatable)
  --csv-for people|machines        people (default): a UTF-8 BOM, and a cell starting with = + - @ tab or CR
                                   prefixed with ' so that Excel/WPS never run it as a formula; machines: neither
  --csv-headers en|zh              en (default): English column names and status keys; zh: Chinese ones (状态, 已逾期)`;

/** {@link SHEET_OPTIONS_HELP} in Chinese. */
export const SHEET_OPTIONS_HELP_ZH = `  --excel-dates                    把只有数字的日期单元格按 Excel 序列日读取（44467 = 2021-09-28）
  --amount-unit 元|万元             金额列的单位（默认 元；万元 按 10000 精确换算）
  --columns <file.json>            把列名对应到项目的 JSON 对象：{"中标日期": "awardNoticeIssuedOn"}
  --map <列名=项目>                 再对应一个列名（可重复）
  --csv-for people|machines        people（默认）：带 UTF-8 BOM，以 = + - @ 制表符或回车开头的单元格前加 '，
                                   Excel/WPS 不会把它当公式执行；machines：两者都不做
  --csv-headers en|zh              en（默认）：英文列名和状态代码；zh：中文列名和状态（状态、已逾期）`;

/** The sheet options as parsed. */
export interface SheetValues {
  readonly 'excel-dates'?: boolean | undefined;
  readonly 'amount-unit'?: string | undefined;
  readonly columns?: string | undefined;
  readonly map?: readonly string[] | undefined;
  readonly 'csv-for'?: string | undefined;
  readonly 'csv-headers'?: string | undefined;
}

/** How the cells of a spreadsheet are read: `--excel-dates` and `--amount-unit`. */
export interface CellReading {
  readonly excelDates: boolean;
  readonly amountUnit: '元' | '万元';
}

/**
 * The cell reading chosen on the command line.
 *
 * @throws {@link UsageError} when `--amount-unit` is neither 元 nor 万元.
 *
 * @internal
 */
export function cellReadingOf(values: SheetValues): CellReading {
  const unit = values['amount-unit'] ?? '元';
  if (unit !== '元' && unit !== '万元') throw new UsageError(`--amount-unit is ${JSON.stringify(unit)}; valid values are 元 and 万元.`, `--amount-unit 的值 ${JSON.stringify(unit)} 无效；可用的值：元、万元。`);
  return { excelDates: values['excel-dates'] === true, amountUnit: unit };
}

/**
 * Whether the CSV report is for people (BOM, formulas neutralised: the default) or machines (`--csv-for machines`).
 *
 * @internal
 */
export function csvForPeople(values: SheetValues): boolean {
  const named = values['csv-for'] ?? 'people';
  if (named !== 'people' && named !== 'machines') throw new UsageError(`--csv-for is ${JSON.stringify(named)}; valid values are people and machines.`, `--csv-for 的值 ${JSON.stringify(named)} 无效；可用的值：people（给人看，默认）、machines（给程序读）。`);
  return named === 'people';
}

/**
 * The column names mapped to fields by `--columns <file.json>` (a JSON object `{ "column": "field" }`) and `--map
 * column=field` (repeatable; it wins over the file).
 *
 * @throws {@link UsageError} for a file that is not such an object, a `--map` without `=`, or a field that a record
 * does not have (with a suggestion).
 *
 * @internal
 */
export function columnMapOf(values: SheetValues, fields: readonly string[]): ReadonlyMap<string, string> {
  const pairs: [string, unknown, string][] = [];
  if (values.columns !== undefined) {
    const json = readJsonFile('--columns', values.columns);
    if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new UsageError(
        `--columns ${JSON.stringify(values.columns)} must hold a JSON object mapping column names to fields, such as {"中标日期": "awardNoticeIssuedOn"}.`,
        `--columns ${JSON.stringify(values.columns)} 应为把列名对应到项目的 JSON 对象，如 {"中标日期": "awardNoticeIssuedOn"}。`,
      );
    for (const [column, field] of Object.entries(json)) pairs.push([column.trim(), field, `--columns ${JSON.stringify(values.columns)}`]);
  }
  for (const text of values.map ?? []) {
    const at = text.lastIndexOf('=');
    if (at <= 0) throw new UsageError(`--map is written <column>=<field> (e.g. --map 中标日期=awardNoticeIssuedOn), got ${JSON.stringify(text)}.`, `--map 应写作 <列名>=<项目>（如 --map 中标日期=awardNoticeIssuedOn），而不是 ${JSON.stringify(text)}。`);
    pairs.push([text.slice(0, at).trim(), text.slice(at + 1).trim(), '--map']);
  }
  const map = new Map<string, string>();
  for (const [column, field, where] of pairs) {
    if (typeof field !== 'string' || !fields.includes(field)) {
      const shown = typeof field === 'string' ? JSON.stringify(field) : String(field);
      throw new UsageError(
        `${where} maps ${JSON.stringify(column)} to ${shown}, which is not a field${typeof field === 'string' ? meantText(field, fields) : ''}; the fields are ${fields.join(', ')}.`,
        `${where} 把 ${JSON.stringify(column)} 对应到 ${shown}，但它不是可以填写的项目${typeof field === 'string' ? meantText(field, fields, 'zh') : ''}；可以填写的项目：${fields.join('、')}。`,
      );
    }
    map.set(column, field);
  }
  return map;
}
