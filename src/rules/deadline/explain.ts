import { capitalise, countOf } from '../text/explainWords.js';
import type { Language } from '../../_internal/locale.js';
import { formatDay, formatLastDay, formatRange } from '../text/formatDay.js';
import type { DeadlineResult, DeadlineTraceStep } from './resultSchema.js';
import type { PauseAfterDueWarning } from '../schema/calendarNotesSchema.js';
import type { DeadlineRule } from './definitionSchema.js';

type Step<T extends DeadlineTraceStep['type']> = Extract<DeadlineTraceStep, { readonly type: T }>;

/** Whether a pause step of the trace covers `date`. */
function pausedOn(result: DeadlineResult, date: string): boolean {
  return result.trace.some((s) => s.type === 'pause' && s.ignored !== true && s.from <= date && date <= s.to);
}

/** A 0-day period: due on the trigger day, or, when that day is paused or a rest day, on the first open working day after it. */
function sameDay(rule: Extract<DeadlineRule, { readonly timing: 'period' }>, result: DeadlineResult, locale: Language): string {
  const due = formatDay(result.due, locale);
  const zh = locale === 'zh';
  const action = zh ? rule.action.zh : rule.action.en;
  const trigger = zh ? rule.trigger.zh : rule.trigger.en;
  const start = result.start;
  if (start === undefined || start === result.due) return zh ? `应于${due}${action}（${trigger}当日）` : `${capitalise(action)} on ${due} (the day ${trigger})`;
  const day = formatDay(start, locale, true);
  const working = rule.limit.unit === 'working_days';
  // Without a trace, a working-day period can only have moved because of a pause (it never rolls).
  const paused = result.trace.length === 0 ? working : pausedOn(result, start);
  // The due date is the first day after the trigger that is neither paused nor (working days, or a roll) a rest day.
  if (zh) return `应于${due}${action}（${trigger}当日；${day}${paused ? `在暂停计时期间，顺延至其后第一个不在暂停计时期间的${working ? '工作日' : '日'}` : '不是工作日，顺延'}）`;
  return `${capitalise(action)} on ${due} (the day ${trigger}; ${day} ${paused ? `is paused, so it moves to the first ${working ? 'working day' : 'day'} after it that is not paused` : 'is not a working day, so it moves'})`;
}

function headline(rule: DeadlineRule, result: DeadlineResult, locale: Language): string {
  // The due date is the last day allowed: told with 含当日 / "that day included", never as 「X前」.
  const due = formatLastDay(result.due, locale);
  const zh = locale === 'zh';
  const action = zh ? rule.action.zh : rule.action.en;
  if (rule.timing === 'fixed_date') return zh ? `${due}${action}（期日，不顺延）` : `${capitalise(action)} ${due} (a fixed date, never moved)`;
  const { amount, unit } = rule.limit;
  const trigger = zh ? rule.trigger.zh : rule.trigger.en;
  if (amount === 0) return sameDay(rule, result, locale);
  const within = zh ? `${amount}${unit === 'working_days' ? '个工作日' : '日'}内` : `within ${countOf(amount, unit, locale)}`;
  return zh ? `${due}${action}（${trigger}后${within}）` : `${capitalise(action)} ${due} (${within} after ${trigger})`;
}

function detail(rule: DeadlineRule, result: DeadlineResult, step: DeadlineTraceStep, locale: Language): string | undefined {
  const zh = locale === 'zh';
  switch (step.type) {
    case 'start': {
      if (rule.timing !== 'period' || rule.limit.amount === 0) return undefined;
      return zh ? `${rule.trigger.zh}之日（${step.date}）不计入` : `the day ${rule.trigger.en} (${step.date}) is not counted`;
    }
    case 'holiday': {
      const range = formatRange(step.from, step.to, locale);
      return zh ? `${range}${step.holiday.name.zh}放假（${step.notice.docNo}）不计` : `${range}, the ${step.holiday.name.en} holiday (${step.notice.docNo}), not counted`;
    }
    case 'makeup_workday': {
      const day = formatDay(step.date, locale, true);
      // A paused day is never counted, a make-up working day included.
      if (pausedOn(result, step.date)) return zh ? `${day}调休上班，但在暂停计时期间，不计` : `${day} is a make-up working day but is paused, so it does not count`;
      return zh ? `${day}调休上班计入` : `${day} is a make-up working day and counts`;
    }
    case 'pause': {
      // A pause after the due date is told by the result's warning.
      if (step.ignored === true) return undefined;
      const range = formatRange(step.from, step.to, locale);
      const why = step.reasons.length === 0 ? '' : zh ? `（${step.reasons.join('、')}）` : ` (${step.reasons.join('; ')})`;
      // An open pause (no `to` given) was counted up to the as-of day, or the day the action was done.
      if (step.open === true) {
        const until = formatDay(step.to, locale);
        return zh ? `${range}暂停计时${why}不计（未填写暂停结束日期，按暂停至${until}计）` : `${range} paused${why}, not counted (no end of the pause given: counted as paused up to ${until})`;
      }
      return zh ? `${range}暂停计时${why}不计` : `${range} paused${why}, not counted`;
    }
    case 'roll':
      return roll(rule, step, locale);
    default:
      return undefined;
  }
}

function roll(rule: DeadlineRule, step: Step<'roll'>, locale: Language): string {
  const n = rule.timing === 'period' ? rule.limit.amount : 0;
  const from = formatDay(step.from, locale);
  const to = formatDay(step.to, locale);
  if (locale === 'zh') {
    const why = step.holiday && step.notice ? `${step.holiday.name.zh}假期（${step.notice.docNo}）` : '休息日';
    return `第${n}日即${from}是${why}，顺延至${to}`;
  }
  const why = step.holiday && step.notice ? `in the ${step.holiday.name.en} holiday (${step.notice.docNo})` : 'on a rest day';
  return `day ${n}, ${from}, falls ${why}, so the period ends on ${to}`;
}

function verdict(rule: DeadlineRule, result: DeadlineResult, locale: Language): string {
  const zh = locale === 'zh';
  const unit = result.limit?.unit ?? 'days';
  const count = (n: number | undefined): string => countOf(n ?? 0, unit, locale);
  // A lower bound (the days after the calendar's data are unknown) is told as one.
  const late = `${result.overByIsLowerBound === true ? (zh ? '至少' : 'at least ') : ''}${count(result.overBy)}`;
  // The result names the day (a JSON copy of an older result may have it only in its trace).
  const marker = result.trace.find((s): s is Step<'end' | 'as_of'> => s.type === 'end' || s.type === 'as_of');
  const day = result.end ?? result.asOf ?? marker?.date;
  const when = day === undefined ? undefined : formatDay(day, locale);
  const zero = rule.timing === 'period' && rule.limit.amount === 0;
  if (result.status === 'not_started') {
    const trigger = rule.timing === 'period' ? (zh ? rule.trigger.zh : rule.trigger.en) : '';
    if (zh) return `截至${when ?? '目前'}，期间尚未开始（${zero ? `${trigger}当日即为期限` : `自${trigger}之日的次日起算`}）。`;
    return `Not started${when ? ` as of ${when}` : ''}: the period ${zero ? `is the day ${trigger}` : `counts from the day after ${trigger}`}.`;
  }
  // A same-day rule has no days to use: its counts say nothing.
  const noElapsed = result.elapsed === undefined || zero;
  // Judged on the due date itself: nothing is left after that day, which is still in time.
  const lastDay = result.status === 'pending' && result.remaining === 0;
  if (zh) {
    const action = rule.action.zh;
    const spent = noElapsed ? '' : `用时${count(result.elapsed)}`;
    switch (result.status) {
      case 'met':
        return `${when ?? ''}已${action}，按期完成${spent ? `（${spent}）` : ''}。`;
      case 'missed':
        return `${when ? `${when}才` : '已'}${action}，逾期${late}${spent ? `（${spent}）` : ''}。`;
      case 'pending':
        return `${when ? `截至${when}` : '目前'}尚未${action}，${noElapsed ? '' : `已用${count(result.elapsed)}，`}${lastDay ? '当日即为最后一日' : `还剩${count(result.remaining)}`}。`;
      case 'overdue':
        return `${when ? `截至${when}` : '目前'}仍未${action}，已逾期${late}。`;
    }
  }
  const on = when ? ` on ${when}` : '';
  const asOf = when ? ` as of ${when}` : '';
  const spent = noElapsed ? '' : ` after ${count(result.elapsed)}`;
  switch (result.status) {
    case 'met':
      return `Done${on}: met${spent}.`;
    case 'missed':
      return `Done${on}: missed by ${late}${noElapsed ? '' : ` (${count(result.elapsed)} used)`}.`;
    case 'pending':
      return `Not done${asOf}: ${noElapsed ? '' : `${count(result.elapsed)} used, `}${lastDay ? 'this is the last day' : `${count(result.remaining)} left`}.`;
    case 'overdue':
      return `Not done${asOf}: overdue by ${late}.`;
  }
}

/**
 * Explains a deadline result: the due date and why (day 0 not counted, holidays, make-up days, pauses, the roll),
 * then the status.
 *
 * @param rule - The rule the result came from.
 * @param result - A deadline result (its trace adds the details; without one only the due date and status are told).
 * @param locale - The language.
 * @returns The explanation.
 *
 * @example
 * ```ts
 * explainDeadline(getRule('m15-payment'), result, 'zh'); //=> '最迟于2021年10月12日（星期二，含当日）办理支付手续……'
 * ```
 */
export function explainDeadline(rule: DeadlineRule, result: DeadlineResult, locale: Language): string {
  const details = result.trace.map((s) => detail(rule, result, s, locale)).filter((d): d is string => d !== undefined);
  const zh = locale === 'zh';
  const head = headline(rule, result, locale);
  const first = details.length === 0 ? `${head}${zh ? '。' : '.'}` : `${head}${zh ? '：' : ': '}${details.join(zh ? '，' : '; ')}${zh ? '。' : '.'}`;
  const notes = (result.warnings ?? []).flatMap((w) => (w.code === 'PAUSE_AFTER_DUE' ? [pauseAfterDueNote(w, locale)] : []));
  return [first, verdict(rule, result, locale), ...notes].join(zh ? '' : ' ');
}

function pauseAfterDueNote(warning: PauseAfterDueWarning, locale: Language): string {
  const { from, to, reasons } = warning.pause;
  const range = formatRange(from, to, locale);
  if (locale === 'zh') {
    return `注意：${range}的暂停计时${reasons.length === 0 ? '' : `（${reasons.join('、')}）`}始于期限届满之后，不能使已届满的期限恢复计算，未予扣除。`;
  }
  return `Note: the pause of ${range}${reasons.length === 0 ? '' : ` (${reasons.join('; ')})`} began after the period had run out; a pause cannot revive an expired period, so it was not taken into account.`;
}
