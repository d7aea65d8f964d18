import { describeValue } from '../../_internal/describeValue.js';
import { notARealDate } from '../../_internal/notARealDate.js';
import { LOCALES, languageOf, type Language, type Locale } from '../../_internal/locale.js';
import type { ErrorCode } from '../../errors/codes.js';
import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import type { SchemaIssue } from '../../errors/ruleErrors.js';
import { ruleById } from '../catalogue/builtInRules.js';
import { listOf } from '../text/listOf.js';
import { fieldName } from './fieldNames.js';
import { issueText, notARealDateZh } from './issueText.js';

/** What {@link formatError} reads: a `YingshangError`, the `error` of a batch item, or a JSON copy of either. */
export interface ErrorLike {
  readonly code: ErrorCode | (string & {});
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

type Details = Readonly<Record<string, unknown>>;

/** Most issues a message lists; `details.issues` has them all. */
const LISTED = 10;

const RECORDS: Readonly<Record<string, { readonly zh: string; readonly en: string }>> = {
  'procurement record': { zh: '采购合同记录', en: 'Procurement record' },
  'connection application': { zh: '接入申请', en: 'Connection application' },
  'zero-investment project': { zh: '零投资项目', en: 'Zero-investment project' },
};

/** The issues as a list: each with its field, the first {@link LISTED}, then how many more. */
function issueList(details: Details, language: Language): string {
  // Details are unknown data (formatError also takes an error's JSON): every field is checked before it is used.
  const given: readonly unknown[] = Array.isArray(details['issues']) ? (details['issues'] as readonly unknown[]) : [];
  // The guard reads `path` and `message` of an object not yet known to be an issue (the casts only name them).
  const issues = given.filter((i): i is SchemaIssue => typeof i === 'object' && i !== null && Array.isArray((i as SchemaIssue).path) && typeof (i as SchemaIssue).message === 'string');
  const listed = issues.slice(0, LISTED).map((issue) => issueText(issue, language));
  const more = issues.length - listed.length;
  if (language === 'zh') return `${listed.join('；')}${more > 0 ? `；另有${more}处` : ''}`;
  return `${listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

/** What the facts belong to: the rule by its name, or the record. */
function subjectOf(details: Details, language: Language): string {
  const rule = typeof details['ruleId'] === 'string' ? ruleById.get(details['ruleId']) : undefined;
  if (rule !== undefined) return language === 'zh' ? `「${rule.name.zh}」的数据` : `The facts of “${rule.name.en}”`;
  const record = RECORDS[String(details['record'])];
  if (record !== undefined) return record[language];
  return language === 'zh' ? '填写的数据' : 'The facts';
}

/** A list of years: `2027年`, `2027–2029年` / `2027`, `2027–2029`. */
function yearsText(years: readonly number[], language: Language): string {
  const span = years.length > 3 ? [`${years[0]}–${years[years.length - 1]}`] : years.map(String);
  return language === 'zh' ? `${span.join('、')}年` : listOf(span, 'en');
}

/** The day outside the data, the data's range and what to add, for the person who met it. */
function outOfRange(details: Details, language: Language): string {
  // Checked field by field below.
  const coverage = (details['coverage'] ?? {}) as { readonly from?: string; readonly to?: string };
  // Array.isArray has just said it is an array; only the first year is compared, as a number.
  const years = Array.isArray(details['years']) ? (details['years'] as number[]) : [];
  const date = typeof details['date'] === 'string' ? details['date'] : undefined;
  // years.length > 0, checked first.
  const later = years.length > 0 && coverage.to !== undefined && (years[0] as number) > Number(coverage.to.slice(0, 4));
  const field = typeof details['argument'] === 'string' ? fieldName(details['argument'].replace(/^options\./, '').split('.'), language) : '';
  if (language === 'zh') {
    const what = date === undefined ? '计算所需的日期' : `${field === '' ? '日期' : field}${date}`;
    const missing = years.length > 0 ? `没有${yearsText(years, 'zh')}的放假安排` : '缺少所需年份的放假安排';
    const remedy = later
      ? '补充该年的国务院办公厅放假通知，或按《全国年节及纪念日放假办法》推算（推算结果以正式通知为准）后再试。'
      : '补充该年的国务院办公厅放假通知后再试。';
    return `${what}超出了日历的范围：日历有${coverage.from ?? '?'}至${coverage.to ?? '?'}的官方数据，${missing}。${remedy}`;
  }
  const what = date === undefined ? 'The answer needs a day' : `The ${field || 'date'} ${date} is`;
  const missing = years.length > 0 ? `none for ${yearsText(years, 'en')}` : 'none for the year it needs';
  const remedy = later ? "Add that year's State Council notice, or project it from the statutory holidays (the projection gives way to the notice), then try again." : "Add that year's State Council notice, then try again.";
  return `${what} outside the calendar: it has official data from ${coverage.from ?? '?'} to ${coverage.to ?? '?'}, ${missing}. ${remedy}`;
}

/** A date that is not one: echoing the text and saying what is valid. */
function invalidDate(details: Details, language: Language): string {
  const field = fieldName([typeof details['argument'] === 'string' ? details['argument'] : 'date'], language);
  const text = typeof details['text'] === 'string' ? details['text'] : undefined;
  if (details['expected'] === 'count') {
    const given = String(details['value'] ?? details['input']);
    return language === 'zh' ? `${field}应为整数，而不是${given}。` : `The ${field} must be a whole number, not ${given}.`;
  }
  if (language === 'en') return `The ${field} ${text === undefined ? `is ${String(details['input'])}, not a date` : notARealDate(text)}. Write a real date as YYYY-MM-DD, e.g. 2021-10-08.`;
  if (text === undefined) return `${field}不是日期：请填写真实存在的日期，写作'YYYY-MM-DD'（年-月-日，半角数字），如2021-10-08。`;
  return `${field}${notARealDateZh(text)}。请填写真实存在的日期，如2021-10-08。`;
}

/** The message of each code, in one language, from the error's details. */
function messageOf(error: ErrorLike, language: Language): string {
  const details = error.details ?? {};
  const zh = language === 'zh';
  // Issues are what these messages are made of: without them (an error written by hand), the message as it is.
  if ((error.code === 'INVALID_FACTS' || error.code === 'INVALID_SCHEDULE' || error.code === 'INVALID_RULE') && !Array.isArray(details['issues'])) return error.message;
  switch (error.code) {
    case 'INVALID_FACTS':
      return zh ? `${subjectOf(details, 'zh')}有误：${issueList(details, 'zh')}。` : `${subjectOf(details, 'en')}: ${issueList(details, 'en')}.`;
    case 'INVALID_SCHEDULE':
      return zh ? `放假安排有误：${issueList(details, 'zh') || '应为按年份列出的放假安排'}。` : `Invalid holiday schedule: ${issueList(details, 'en') || 'expected a list of yearly schedules'}.`;
    case 'INVALID_NOTICE': {
      const sentence = typeof details['sentence'] === 'string' ? details['sentence'] : undefined;
      // The words a bad notice's details carry (calendar/notice), read only if they are strings.
      const words = (zh ? details['zh'] : details['en']) as { readonly problem?: string; readonly expected?: string } | undefined;
      if (words?.problem === undefined) return error.message;
      if (zh) return `无法读取放假通知：${words.problem}${sentence === undefined ? '' : `（见「${sentence}」）`}。${words.expected === undefined ? '' : `应为${words.expected}。`}`;
      return `Unreadable notice: ${words.problem}${sentence === undefined ? '' : ` in 「${sentence}」`}.${words.expected === undefined ? '' : ` Expected ${words.expected}.`}`;
    }
    case 'INVALID_DATE':
      return invalidDate(details, language);
    case 'CALENDAR_OUT_OF_RANGE':
      return outOfRange(details, language);
    case 'UNKNOWN_MEASURE':
      return zh
        ? `没有${describeInput(details['input'])}这项措施：措施编号为1至53（也可写作m01至m53）。`
        : `There is no measure ${describeInput(details['input'])}: measures are numbered 1 to 53 (or m01 to m53).`;
    case 'UNKNOWN_DEPARTMENT':
      return zh
        ? `没有名为${describeInput(details['input'])}的单位：请填写单位名称（如“江津区市场监管局”）或简称（如“区市场监管局”）。`
        : `There is no unit named ${describeInput(details['input'])}: give its name as the plan writes it (e.g. 江津区市场监管局) or a short name (e.g. 区市场监管局).`;
    // For developers: the API's own names are the right words here.
    case 'UNKNOWN_RULE': {
      // Array.isArray has just said it is an array; its items are printed as text.
      const known = Array.isArray(details['known']) ? (details['known'] as string[]) : [];
      return zh
        ? `没有编号为${describeInput(details['ruleId'])}的规则。可用的规则编号：${known.join('、')}。`
        : `There is no rule ${describeInput(details['ruleId'])}. Known rules: ${known.join(', ')}.`;
    }
    case 'INVALID_RULE':
      return zh
        ? `规则定义${typeof details['ruleId'] === 'string' ? `“${details['ruleId']}”` : ''}有误（格式见 RuleDefinitionSchema）：${issueList(details, 'zh')}。`
        : error.message;
    case 'INVALID_ARGUMENT':
      return zh ? invalidArgumentZh(error, details) : error.message;
    default:
      return error.message;
  }
}

/** A value as a Chinese or English message echoes it: `“区市场局”`, `54`. */
function describeInput(value: unknown): string {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”` : describeValue(value);
}

/** An argument a program passed wrong, for its developer, in Chinese: the argument, the value, what is valid. */
function invalidArgumentZh(error: ErrorLike, details: Details): string {
  const argument = typeof details['argument'] === 'string' ? details['argument'] : undefined;
  // Array.isArray has just said it is an array.
  const valid = Array.isArray(details['valid']) ? `可用的值：${(details['valid'] as unknown[]).map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join('、')}。` : '';
  if (details['unknown'] !== undefined) return `未知的选项 ${argument ?? ''}。${valid.replace('可用的值', '可用的选项')}`;
  const given = details['value'];
  const value = given === undefined ? '' : `（收到${typeof given === 'string' ? given : describeValue(given)}）`;
  return `参数${argument === undefined ? '' : ` ${argument} `}无效${value}。${valid || `详情：${error.message}`}`;
}

/**
 * The message of any error of the library for the person who meets it, in Chinese or English, built from its
 * `code` and `details`: the field by its name (起算日, the start day), the bad value echoed, what is valid and what to
 * do. Facts, records, schedules and notices are worded for the person who filled them in (rules, fields and holidays
 * by their names, no API names); the errors only a program can cause (`INVALID_ARGUMENT`, `INVALID_RULE`,
 * `UNKNOWN_RULE`) are worded for its developer. `error.message` itself always stays English, for logs.
 *
 * @param error - A `YingshangError`, the `error` of a batch item, or a JSON copy of either.
 * @param locale - `'zh'` (default), `'zh-CN'` (the same) or `'en'`.
 * @returns The message.
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT for an unknown locale or an `error` without a `code`.
 * @example
 * ```ts
 * let caught: unknown;
 * try { evaluate('m06-water-connection', { start: '2021-02-30' }); } catch (e) { caught = e; }
 * formatError(caught as YingshangError, 'zh');
 * //=> '「获得用水（一般项目用户）」的数据有误：起算日：“2021-02-30”不是真实存在的日期：2021年2月只有28天。'
 * formatError(caught as YingshangError, 'en');
 * //=> "The facts of “Water connection (general project users)”: start day: '2021-02-30' is not a real date: February 2021 has 28 days."
 * ```
 */
export function formatError(error: ErrorLike, locale: Locale = 'zh'): string {
  if (!LOCALES.includes(locale)) {
    throw new InvalidArgumentError(`\`locale\` is ${describeValue(locale)}; valid values are ${LOCALES.map((l) => `'${l}'`).join(', ')}.`, { argument: 'locale', value: describeValue(locale), valid: LOCALES });
  }
  const given: unknown = error; // what a JavaScript caller passed, whatever the types say
  if (typeof given !== 'object' || given === null || !('code' in given) || typeof given.code !== 'string') {
    throw new InvalidArgumentError(`\`error\` must be an error of the library (with a \`code\`), got ${describeValue(error)}.`, { argument: 'error', value: describeValue(error) });
  }
  return messageOf(error, languageOf(locale));
}
