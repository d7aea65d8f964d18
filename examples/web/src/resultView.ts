// The answer: the due date first, the status as of the day judged, the explanation, the link that reproduces it,
// and the days drawn (the period itself; the days after the due date folded into one line).
import type { Calendar, DayInfo } from 'yingshang/calendar';
import type { Outcome } from './calculate.js';
import { daysInfo, markDays, type DayMark } from './dayMarks.js';
import { h } from './dom.js';
import { addDays, daysOfMonth, monthsBetween, weekdayIndex } from './isoDays.js';
import { monthGrid, tag, type TagKind } from './monthGrid.js';
import type { Lang, Strings } from './strings.js';

/** The most months drawn for one deadline, and for the days after it once opened. */
const MAX_MONTHS = 24;
/** The longest link the page makes (a pasted notice makes it long); some mail and chat programs cut longer ones. */
export const MAX_LINK_LENGTH = 8000;

/** What the summary needs besides the outcome. */
export interface SummaryContext {
  readonly calendar: Calendar;
  readonly t: Strings;
  /** The link that reproduces the result (a query string, resolved against the page's address). */
  readonly shareHref: string;
  /** Whether the state names the day to judge on; if not, the library judged as of today. */
  readonly asOfGiven: boolean;
  /** Switches on the projection when the data ends too soon; absent when it cannot help. */
  readonly onProject: (() => void) | undefined;
}

/** The link's row: the link, a copy button and the place for what copying did (reserved, so nothing moves). */
function shareRow(shareHref: string, t: Strings): HTMLElement {
  const url = new URL(shareHref, location.href).href;
  if (url.length > MAX_LINK_LENGTH) return h('p', { class: 'warning', id: 'link-refused' }, t.linkTooLong(url.length, MAX_LINK_LENGTH));
  const status = h('span', { id: 'copy-status', class: 'copy-status', role: 'status' });
  const copy = h('button', { type: 'button', id: 'copy-link' }, t.copyLink);
  copy.addEventListener('click', () => {
    navigator.clipboard.writeText(url).then(
      () => (status.textContent = t.copied),
      () => (status.textContent = t.copyFailed),
    );
  });
  return h('p', { class: 'share' }, h('a', { id: 'share', href: shareHref }, t.shareLink), ' ', copy, ' ', status);
}

/** The summary of an outcome: the due date and the status as of the day judged lead. */
export function resultSummary(outcome: Outcome, context: SummaryContext): HTMLElement[] {
  const { calendar, t, onProject } = context;
  if (outcome.kind === 'empty') return [h('p', {}, t.noInput[outcome.missing])];
  if (outcome.kind === 'error') {
    return [
      h('p', { class: 'form-error', id: 'form-error', role: 'alert', lang: outcome.messageLang }, outcome.message),
      ...(outcome.outOfRange && onProject !== undefined
        ? [
            h(
              'p',
              { class: 'beyond' },
              t.beyondData(calendar.calendarCoverage().to),
              ' ',
              h('button', { type: 'button', id: 'use-projection' }, t.useProjection),
              ' ',
              h('a', { href: '#notice-section' }, t.paste.orPaste),
            ),
          ]
        : []),
    ];
  }
  const { result, explanation } = outcome;
  const judgedOn = result.end !== undefined ? t.judged.end(result.end) : context.asOfGiven ? t.judged.asOf(result.asOf ?? '') : t.judged.today(result.asOf ?? '');
  const parts: (HTMLElement | null)[] = [
    h(
      'dl',
      { class: 'summary' },
      h(
        'div',
        {},
        h('dt', {}, t.due),
        h('dd', { id: 'due-words' }, t.dueWords.before, h('output', { id: 'due', class: 'due' }, result.due), t.dueWords.after(t.weekdayNames[weekdayIndex(result.due)] ?? '')),
      ),
      h('div', {}, h('dt', { id: 'judged' }, judgedOn), h('dd', { id: 'status', 'data-status': result.status, class: `status status-${result.status}` }, t.statuses[result.status])),
    ),
    result.end === undefined && !context.asOfGiven ? h('p', { class: 'muted', id: 'today-note' }, t.judged.todayNote) : null,
    h('p', { id: 'explanation' }, explanation),
    result.provisional === true ? h('p', { class: 'warning', id: 'projected-note' }, `⚠ ${t.projectedNote}`) : null,
    shareRow(context.shareHref, t),
  ];
  return parts.filter((e) => e !== null);
}

/** The legend's entries: the classes a day of that kind has in the grid, and the label or badge it shows. */
const LEGEND: readonly { readonly key: keyof Strings['legendItems']; readonly classes: string; readonly tag?: TagKind; readonly badge?: 'trigger' | 'due' | 'action' | 'asOf' }[] = [
  { key: 'counted', classes: 'k-workday counted', tag: 'count' },
  { key: 'weekend', classes: 'k-weekend', tag: 'weekend' },
  { key: 'holiday', classes: 'k-holiday', tag: 'holiday' },
  { key: 'makeup', classes: 'k-makeup_workday counted', tag: 'makeup' },
  { key: 'paused', classes: 'k-workday paused', tag: 'paused' },
  { key: 'rolled', classes: 'k-holiday rolled', tag: 'rolled' },
  { key: 'late', classes: 'k-workday late', tag: 'late' },
  { key: 'trigger', classes: 'k-workday role-trigger', badge: 'trigger' },
  { key: 'due', classes: 'k-workday counted role-due', tag: 'count', badge: 'due' },
  { key: 'action', classes: 'k-workday counted role-action', tag: 'count', badge: 'action' },
  { key: 'asOf', classes: 'k-workday late role-asOf', tag: 'late', badge: 'asOf' },
  { key: 'projected', classes: 'k-holiday projected', tag: 'projected' },
];

/** The legend of the day kinds: each sample drawn with the grid's own classes and labels, with its words. */
export function legend(t: Strings): HTMLElement {
  const l = t.label;
  const text: Readonly<Record<TagKind, string>> = {
    count: l.counted(1),
    weekend: l.weekend,
    holiday: l.holiday,
    makeup: l.makeup,
    paused: l.paused,
    rolled: l.rolled,
    late: l.late,
    projected: l.projected,
  };
  return h(
    'ul',
    { class: 'legend', 'aria-label': t.legend },
    LEGEND.map((item) =>
      h(
        'li',
        { 'data-legend': item.key },
        h(
          'span',
          { class: `swatch day ${item.classes}`, 'data-classes': `day ${item.classes}`, 'aria-hidden': 'true' },
          item.badge === undefined ? null : h('span', { class: `badge badge-${item.badge}` }, l[item.badge]),
          item.tag === undefined ? null : tag(item.tag, text[item.tag]),
        ),
        ' ',
        t.legendItems[item.key],
      ),
    ),
  );
}

/** The notices that fixed the drawn days, each with its number and link (projected days have none). */
export function noticeList(marks: Iterable<DayMark>, t: Strings): HTMLElement | null {
  const notices = new Map<string, { readonly docNo: string; readonly title: string; readonly url: string }>();
  for (const mark of marks) if (mark.info?.source && mark.info.provisional !== true) notices.set(mark.info.source.docNo, mark.info.source);
  if (notices.size === 0) return null;
  return h(
    'div',
    { class: 'notices' },
    h('h3', {}, t.notices),
    h('ul', { lang: 'zh-CN' }, [...notices.values()].map((n) => h('li', {}, h('a', { href: n.url, target: '_blank', rel: 'noopener noreferrer' }, n.docNo), ' ', n.title))),
  );
}

/** The month grids of `months` (at most MAX_MONTHS, then a line saying so), each day marked. */
function monthGrids(months: readonly [number, number][], marks: ReadonlyMap<string, DayMark>, calendar: Calendar, t: Strings, lang: Lang): HTMLElement[] {
  const drawn = months.slice(0, MAX_MONTHS);
  const [firstYear = 0, firstMonth = 1] = drawn[0] ?? [];
  const [lastYear = 0, lastMonth = 1] = drawn.at(-1) ?? [];
  const infos = daysInfo(calendar, daysOfMonth(firstYear, firstMonth)[0] ?? '', daysOfMonth(lastYear, lastMonth).at(-1) ?? '');
  const plain = (date: string): DayMark => marks.get(date) ?? plainDay(infos, date);
  const grids = h('div', { class: 'months' }, drawn.map(([y, m]) => monthGrid(y, m, plain, t, lang, true, 'deadline')));
  return months.length > MAX_MONTHS ? [grids, h('p', {}, t.truncated(MAX_MONTHS))] : [grids];
}

/**
 * The months of a deadline, every day marked: from the trigger day's month to the due date's; the months after it
 * (up to the day done or judged) folded into one line, drawn when opened.
 */
export function deadlineDays(outcome: Outcome, calendar: Calendar, t: Strings, lang: Lang): HTMLElement[] {
  if (outcome.kind !== 'result') return [];
  const { marks, from, to } = markDays(outcome.result, calendar);
  const due = outcome.result.due > from ? outcome.result.due : from;
  const period = monthsBetween(from, due, MAX_MONTHS + 1);
  const endOfDueMonth = daysOfMonth(Number(due.slice(0, 4)), Number(due.slice(5, 7))).at(-1) ?? due;
  const after = to > endOfDueMonth ? monthsBetween(addDays(endOfDueMonth, 1), to, Number.MAX_SAFE_INTEGER) : [];
  const [[y1, m1] = [0, 1], [y2, m2] = [0, 1]] = [after[0], after.at(-1)];
  let folded: HTMLDetailsElement | null = null;
  if (after.length > 0) {
    const details = h('details', { id: 'days-after' }, h('summary', {}, t.folded(after.length, t.monthTitle(y1, m1), t.monthTitle(y2, m2))));
    details.addEventListener('toggle', () => {
      if (details.open && details.children.length === 1) details.append(...monthGrids(after, marks, calendar, t, lang));
    });
    folded = details;
  }
  const parts: (HTMLElement | null)[] = [legend(t), ...monthGrids(period, marks, calendar, t, lang), folded, noticeList(marks.values(), t)];
  return parts.filter((e) => e !== null);
}

/** A day outside a deadline's span: the calendar's facts only (none outside its data). */
export function plainDay(infos: ReadonlyMap<string, DayInfo>, date: string): DayMark {
  const info = infos.get(date);
  return info === undefined ? { roles: [] } : { info, roles: [] };
}
