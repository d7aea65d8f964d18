// From the page's state to a result of the library, or the library's own error, placed next to its field.
import { isYingshangError, type Calendar } from 'yingshang/calendar';
import { defineRule, evaluate, explain, formatError, formatIssue, getRule, labelOf, type DeadlineResult, type OutOfRangeResult, type PeriodDeadlineRule, type RuleDefinition, type SchemaIssue } from 'yingshang/rules';
import type { PageState } from './pageState.js';
import { HTML_LANG, STRINGS, type Lang } from './strings.js';

/** The fields an error can be shown next to: `rule`, `amount`, `start`, `end`, `asOf`, `pause-0-from`… */
export type FieldErrors = ReadonlyMap<string, string>;

/** What the page shows for a state. */
export type Outcome =
  /** Nothing to compute yet: `missing` says which input is awaited. */
  | { readonly kind: 'empty'; readonly missing: 'amount' | 'start' }
  | { readonly kind: 'result'; readonly rule: PeriodDeadlineRule; readonly result: DeadlineResult; readonly explanation: string }
  /**
   * The library's error: `message` in `messageLang`. For a period that needs a year the calendar has no notice for,
   * the words `explain` gives an out-of-range result, in the page's language, with no developer's remedy in them.
   */
  | { readonly kind: 'error'; readonly message: string; readonly messageLang: string; readonly fields: FieldErrors; readonly outOfRange: boolean };

/** Whether a rule is a deadline counted from a trigger day, the kind this page computes. */
export function isPeriodDeadline(rule: RuleDefinition): rule is PeriodDeadlineRule {
  return rule.kind === 'deadline' && rule.timing === 'period';
}

/** The rule of a plain period, checked by the library (`defineRule`) like any other district's rule. */
function plainPeriodRule(state: PageState): RuleDefinition {
  const { amount, unit, roll } = state.period;
  const words = unit === 'working_days' ? { zh: '个工作日', en: 'working days' } : { zh: '日', en: 'calendar days' };
  return defineRule({
    id: 'plain-period',
    kind: 'deadline',
    timing: 'period',
    name: { zh: `${amount}${words.zh}`, en: `${amount} ${words.en}` },
    description: { zh: `期间起算后${amount}${words.zh}内`, en: `Within ${amount} ${words.en} after the period started` },
    trigger: { zh: '期间起算', en: 'the period started' },
    action: { zh: '办理', en: 'act' },
    // A numeral becomes a number; anything else goes to the library as typed, which says what is valid.
    limit: { amount: /^\d+$/.test(amount) ? Number(amount) : amount, unit, ...(unit === 'calendar_days' ? { roll } : {}) },
  });
}

/** The field of an issue path: `['start']` → `start`, `['pauses', 0, 'to']` → `pause-0-to`, `['limit', 'amount']` → `amount`. */
function fieldOf(path: readonly (string | number)[]): string {
  const [head, index, leaf] = path;
  if (head === 'pauses' && typeof index === 'number') return `pause-${index}-${leaf === 'to' || leaf === 'reason' ? leaf : 'from'}`;
  if (head === 'limit') return 'amount';
  return typeof head === 'string' ? head : 'form';
}

/** The words of an out-of-range result: the rule, by its name, cannot be judged before the notice of the years it needs. */
function outOfRangeWords(rule: RuleDefinition, error: { readonly message: string; readonly details: Readonly<Record<string, unknown>> }, lang: Lang): string {
  const years = error.details['years'];
  const result: OutOfRangeResult = {
    ruleId: rule.id,
    kind: rule.kind,
    status: 'out_of_range',
    code: 'CALENDAR_OUT_OF_RANGE',
    message: error.message,
    years: Array.isArray(years) ? years.filter((y): y is number => typeof y === 'number') : [],
    details: error.details,
  };
  return explain(result, { locale: lang, rule });
}

/**
 * The library's error in the page's language (`formatError`), each of its issues next to its field, naming the field
 * (`formatIssue`); the whole message next to the form otherwise.
 */
function errorOutcome(error: unknown, fallbackField: string, lang: Lang, rule?: RuleDefinition): Outcome {
  if (!isYingshangError(error)) throw error;
  if (error.code === 'CALENDAR_OUT_OF_RANGE' && rule !== undefined) {
    return { kind: 'error', message: outOfRangeWords(rule, error, lang), messageLang: HTML_LANG[lang], fields: new Map(), outOfRange: true };
  }
  const fields = new Map<string, string>();
  const message = formatError(error, lang);
  const issues = error.details['issues'];
  if (Array.isArray(issues) && issues.length > 0) {
    const separator = lang === 'zh' ? '；' : '; ';
    for (const issue of issues as SchemaIssue[]) {
      const field = fieldOf(issue.path);
      const text = formatIssue(issue, lang);
      fields.set(field, fields.has(field) ? `${fields.get(field)}${separator}${text}` : text);
    }
  } else if (error.code !== 'CALENDAR_OUT_OF_RANGE') fields.set(fallbackField, message);
  return { kind: 'error', message, messageLang: HTML_LANG[lang], fields, outOfRange: error.code === 'CALENDAR_OUT_OF_RANGE' };
}

/**
 * The explanation with each projected notice named by what it is ("projected, no official notice yet") instead of
 * its internal number (`PROVISIONAL-2027`), which is no document a reader could look up.
 */
function withoutInternalNumbers(explanation: string, result: DeadlineResult, calendar: Calendar, lang: Lang): string {
  let text = explanation;
  for (const step of result.trace) {
    if (!('notice' in step) || step.notice === undefined) continue;
    const day = 'date' in step ? step.date : step.from;
    if (calendar.getDayInfo(day).provisional === true) text = text.replaceAll(step.notice.docNo, STRINGS[lang].projectedSource);
  }
  return text;
}

/** Evaluates the state's deadline on `calendar` and explains it in the page's language. */
export function calculate(state: PageState, calendar: Calendar, lang: Lang): Outcome {
  if (state.mode === 'period' && state.period.amount === '') return { kind: 'empty', missing: 'amount' };
  let rule: RuleDefinition;
  try {
    rule = state.mode === 'rule' ? getRule(state.rule) : plainPeriodRule(state);
  } catch (error) {
    return errorOutcome(error, state.mode === 'rule' ? 'rule' : 'amount', lang);
  }
  if (!isPeriodDeadline(rule)) {
    const message =
      lang === 'zh'
        ? `「${rule.name.zh}」是${labelOf(rule.kind, 'zh')}规则，不是从起算日计算的期限。`
        : `“${rule.name.en}” is a ${labelOf(rule.kind, 'en').toLowerCase()} rule, not a deadline counted from a trigger day.`;
    return { kind: 'error', message, messageLang: HTML_LANG[lang], fields: new Map([['rule', message]]), outOfRange: false };
  }
  if (state.start === '') return { kind: 'empty', missing: 'start' };
  const facts = {
    start: state.start,
    ...(state.end === '' ? {} : { end: state.end }),
    ...(state.asOf === '' ? {} : { asOf: state.asOf }),
    // A pause without an end is still open: it runs until the as-of day (or the end), as the library reads it.
    ...(state.pauses.length === 0 ? {} : { pauses: state.pauses.map(({ from, to, reason }) => ({ from, ...(to.trim() === '' ? {} : { to }), ...(reason === '' ? {} : { reason }) })) }),
  };
  try {
    const result = evaluate(rule, facts, { calendar }) as DeadlineResult;
    const explanation = withoutInternalNumbers(explain(result, { locale: lang, rule }), result, calendar, lang);
    return { kind: 'result', rule, result, explanation };
  } catch (error) {
    return errorOutcome(error, 'start', lang, rule);
  }
}
