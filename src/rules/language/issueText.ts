import { daysInMonth } from '../../_internal/dayNumber.js';
import { ACCEPTED_DATE_FORMS_ZH } from '../../_internal/writtenDate.js';
import type { Language } from '../../_internal/locale.js';
import type { SchemaIssue } from '../../errors/ruleErrors.js';
import { scheduleIssueWords } from '../../calendar/scheduleIssueWords.js';
import { fieldName } from './fieldNames.js';

/** The messages of checks that say always the same thing, in Chinese, by their English text. */
const FIXED_ZH: Readonly<Record<string, string>> = {
  'is required': '必须填写',
  'is not a known field': '不是可以填写的项目',
  "must be a 'YYYY-MM-DD' string or a Date": "应为日期，写作'YYYY-MM-DD'（年-月-日）",
  "must be a real date written 'YYYY-MM-DD'": "应为真实存在的日期，写作'YYYY-MM-DD'（年-月-日）",
  'must not be negative': '不能为负数',
  "must be a plain decimal such as '0.30'": "应为普通小数，如'0.30'",
};

const TYPES_ZH: Readonly<Record<string, string>> = {
  int: '整数',
  number: '数字',
  string: '文字',
  boolean: '“是”或“否”（true 或 false）',
  object: '一组字段（对象）',
  record: '一组字段（对象）',
  array: '列表（数组）',
  date: '日期',
};

const KINDS_ZH: Readonly<Record<string, string>> = { array: '列表', object: '对象', date: '日期对象', function: '函数' };

/** The bad value as a Chinese message echoes it: `“-5”`, `-5`, `列表`. */
function echoZh(params: Readonly<Record<string, unknown>>): string | undefined {
  if ('input' in params) return typeof params['input'] === 'string' ? `“${params['input']}”` : String(params['input']);
  const received = params['received'];
  return typeof received === 'string' ? (KINDS_ZH[received] ?? received) : undefined;
}

/**
 * Why a text is not a real date, in Chinese: the month's length, or the form of a date.
 *
 * @example
 * ```ts
 * notARealDateZh('2021-02-30'); //=> '“2021-02-30”不是真实存在的日期：2021年2月只有28天'
 * ```
 */
export function notARealDateZh(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return `“${text}”不是日期：可用的写法为${ACCEPTED_DATE_FORMS_ZH}`;
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12) return `“${text}”不是真实存在的日期：月份应为01至12`;
  return `“${text}”不是真实存在的日期：${year}年${month}月只有${daysInMonth(year, month)}天`;
}

/** What a decimal's pattern allows, in Chinese: `^\d+(?:\.\d{1,2})?$` → 不小于0的数，最多2位小数. */
function patternZh(pattern: string): string | undefined {
  if (pattern === '/^\\d+$/') return '应为不小于0的整数，直接写数字，如2';
  const decimals = /^\/\^\\d\+\(\?:\\\.\\d\{1,(\d)\}\)\?\$\/$/.exec(pattern)?.[1];
  return decimals === undefined ? undefined : `应为不小于0的数，直接写数字，最多${decimals}位小数，如1000.${'0'.repeat(Number(decimals))}`;
}

/** A bound, in Chinese: 不能为空, 至少3项, 应不小于0, 应小于10. */
function boundZh(params: Readonly<Record<string, unknown>>, below: boolean): string {
  const limit = String(below ? params['minimum'] : params['maximum']);
  const what = params['origin'] === 'string' ? '个字' : params['origin'] === 'array' ? '项' : '';
  if (what && below && limit === '1') return '不能为空';
  if (what) return `${below ? '至少' : '最多'}${limit}${what}`;
  return `应${below ? (params['inclusive'] ? '不小于' : '大于') : params['inclusive'] ? '不大于' : '小于'}${limit}`;
}

/** The two values an order check compared, in Chinese: `（2021-09-28早于2021-09-29）`, or `''` without them. */
function valuesZh(params: Readonly<Record<string, unknown>>, order: string): string {
  const { value, otherValue } = params;
  return typeof value === 'string' && typeof otherValue === 'string' ? `（${value}${order}${otherValue}）` : '';
}

/** The Chinese words of an issue, from its code and what the check found; `undefined` if no words fit. */
function chinese(issue: SchemaIssue): string | undefined {
  const params = issue.params ?? {};
  const echo = echoZh(params);
  const not = echo === undefined ? '' : `，而不是${echo}`;
  const other = typeof params['field'] === 'string' ? fieldName([params['field']], 'zh') : '';
  const schedule = scheduleIssueWords(issue, 'zh');
  if (schedule !== undefined) return schedule;
  switch (params['reason']) {
    case 'not_a_real_date':
      return notARealDateZh(String(params['input']));
    case 'invalid_js_date':
      return '应为有效的日期（公元0至9999年）';
    case 'after':
      return `不能晚于${other}${valuesZh(params, '晚于')}`;
    case 'before':
      return `不能早于${other}${valuesZh(params, '早于')}`;
    case 'more_than':
      return `不能多于${other}${valuesZh(params, '多于')}`;
    case 'without':
      return `填写前应先填写${other}`;
    case 'whole_digits':
      return `整数部分最多${String(params['limit'])}位`;
    case 'decimals':
      return `最多${String(params['limit'])}位小数`;
    case 'positive':
      return '应大于0';
  }
  const fixed = FIXED_ZH[issue.message];
  if (fixed !== undefined) return fixed;
  switch (issue.code) {
    case 'invalid_type':
      return 'input' in params || 'received' in params ? `应为${TYPES_ZH[String(params['expected'])] ?? String(params['expected'])}${not}` : '必须填写';
    case 'too_small':
      return boundZh(params, true);
    case 'too_big':
      return boundZh(params, false);
    case 'invalid_value':
    case 'invalid_union': {
      const values = Array.isArray(params['values']) ? params['values'] : Array.isArray(params['options']) ? params['options'] : undefined;
      if (values === undefined) return undefined;
      const listed = values.map((v) => (typeof v === 'string' ? `“${v}”` : String(v))).join('、');
      return `应为${listed}${values.length > 1 ? '之一' : ''}${not}`;
    }
    case 'invalid_format':
      return `${(typeof params['pattern'] === 'string' ? patternZh(params['pattern']) : undefined) ?? '格式不正确'}${not}`;
    case 'unrecognized_keys':
      return FIXED_ZH['is not a known field'];
  }
  return undefined;
}

/** The English words of an issue for a person: fields by their names, not their API names. */
function english(issue: SchemaIssue): string {
  const params = issue.params ?? {};
  const other = typeof params['field'] === 'string' ? `the ${fieldName([params['field']], 'en')}` : '';
  switch (params['reason']) {
    case 'after':
    case 'before':
    case 'more_than': {
      const order = params['reason'] === 'more_than' ? 'more than' : params['reason'];
      const values = typeof params['value'] === 'string' && typeof params['otherValue'] === 'string' ? ` (${params['value']} is ${order} ${params['otherValue']})` : '';
      return `must not be ${order} ${other}${values}`;
    }
    case 'without':
      return `must not be given without ${other}`;
  }
  return issue.message;
}

/**
 * One issue as a person reads it: the field by its name, then what is wrong with it, in Chinese or English; a
 * Chinese issue no words fit keeps its English words after the field's Chinese name.
 *
 * @param issue - An issue of `details.issues`.
 * @param language - The language.
 * @returns `'中止计时期间第1项的起始日：不能晚于结束日'`, `'first day of pause 1: must not be after the last day'`.
 *
 * @example
 * ```ts
 * issueText({ path: ['start'], message: 'is required', code: 'invalid_type' }, 'zh'); //=> '起算日：必须填写'
 * ```
 */
export function issueText(issue: SchemaIssue, language: Language): string {
  const field = fieldName(issue.path, language);
  const words = language === 'zh' ? (chinese(issue) ?? issue.message) : english(issue);
  if (field === '') return words;
  return language === 'zh' ? `${field}：${words}` : `${field}: ${words}`;
}

