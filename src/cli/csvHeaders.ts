import { getRule, isBuiltInRuleId, labelOf, type LabelKey, type RuleKind } from '../rules/index.js';
import { UsageError } from './UsageError.js';

/** The language of a CSV report's header names and status cells (`--csv-headers`): English keys, or Chinese words. */
export type CsvHeaders = 'en' | 'zh';

/** The Chinese name of each column a batch report writes (a rule's columns are named after the rule). */
const CHINESE_COLUMNS: Readonly<Record<string, string>> = {
  line: '行号',
  id: '编号',
  ruleId: '规则',
  status: '状态',
  complete: '是否全部完成',
  due: '截止日期',
  elapsed: '已用天数',
  remaining: '剩余天数',
  overBy: '超期天数',
  overByIsLowerBound: '超期天数为下限',
  actual: '实际值',
  required: '要求值',
  shortfall: '差额',
  value: '完成值',
  target: '目标值',
  progress: '进度',
  expectedProgress: '应有进度',
  mean: '平均值',
  median: '中位数',
  max: '最长',
  count: '件数',
  errorCode: '错误代码',
  errorMessage: '错误信息',
};

/**
 * The `--csv-headers` chosen on the command line: `en` (default, stable keys for programs) or `zh`.
 *
 * @throws {@link UsageError} for any other value.
 * @example
 * ```ts
 * csvHeadersOf({ 'csv-headers': 'zh' }); //=> 'zh'
 * ```
 */
export function csvHeadersOf(values: { readonly 'csv-headers'?: string | undefined }): CsvHeaders {
  const named = values['csv-headers'] ?? 'en';
  if (named !== 'en' && named !== 'zh') throw new UsageError(`--csv-headers is ${JSON.stringify(named)}; valid values are en (English keys, the default) and zh (Chinese headers and statuses).`, `--csv-headers 的值 ${JSON.stringify(named)} 无效；可用的值：en（英文列名，默认）、zh（中文列名和状态）。`);
  return named;
}

/**
 * A report column's header: the column itself with `en`; with `zh` its Chinese name, a rule's name for a rule id
 * column (`m13-contract-signing.due` → `…截止日期`), and any other column (a kept column of the input) as it is.
 *
 * @example
 * ```ts
 * csvHeader('overBy', 'zh'); //=> '超期天数'
 * ```
 */
export function csvHeader(column: string, headers: CsvHeaders): string {
  if (headers === 'en') return column;
  if (Object.hasOwn(CHINESE_COLUMNS, column)) return CHINESE_COLUMNS[column] as string;
  const [id, field] = column.endsWith('.due') ? [column.slice(0, -'.due'.length), '截止日期'] : [column, ''];
  return isBuiltInRuleId(id) ? `${getRule(id).name.zh}${field}` : column;
}

/**
 * A status cell: the status key with `en`; with `zh` the word of {@link labelOf} for a result of that `kind`
 * (`错误` for a record that could not be evaluated, which has no kind).
 *
 * @example
 * ```ts
 * csvStatus('met', 'threshold', 'zh'); //=> '达标'
 * ```
 */
export function csvStatus(status: string, kind: RuleKind | 'procurement' | undefined, headers: CsvHeaders): string {
  if (headers === 'en') return status;
  // A result's status is a label key (labelOf throws for any other string).
  return status === 'error' ? '错误' : labelOf(status as LabelKey, 'zh', kind);
}
