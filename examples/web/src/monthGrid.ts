// A month drawn as a table: every day with its kind, in text and pattern as well as colour.
import type { DayMark } from './dayMarks.js';
import { h } from './dom.js';
import { daysOfMonth, weekdayIndex } from './isoDays.js';
import { HTML_LANG, type Lang, type Strings } from './strings.js';

const ROLE_ORDER = ['trigger', 'due', 'action', 'asOf'] as const;

/** The holiday's name in the page's language. */
function holidayName(mark: DayMark, lang: Lang): string {
  const holiday = mark.info?.holiday;
  if (holiday === undefined) return '';
  return holiday.name[lang];
}

/** What a screen reader says for a day: the date, its kind, whether it counts, its roles. */
function describe(date: string, mark: DayMark, t: Strings, lang: Lang, counting: boolean): string {
  const d = t.describe;
  const kind = mark.info?.kind;
  const parts = [kind === 'holiday' ? d.holiday(holidayName(mark, lang)) : kind === 'makeup_workday' ? d.makeup(holidayName(mark, lang)) : kind === 'weekend' ? d.weekend : kind === 'workday' ? d.workday : ''];
  if (mark.paused) parts.push(d.paused);
  if (mark.rolled) parts.push(d.rolled);
  if (mark.late) parts.push(d.late);
  if (counting) parts.push(mark.count === undefined ? d.notCounted : d.counted(mark.count));
  for (const role of ROLE_ORDER) if (mark.roles.includes(role)) parts.push(d[role]);
  if (mark.info?.statutory) parts.push(d.statutory);
  if (mark.info?.provisional) parts.push(d.projected);
  const cited = sourceWords(mark, t);
  if (cited !== undefined) parts.push(mark.info?.provisional === true ? cited.title : cited.docNo);
  return `${date}: ${parts.filter((p) => p !== '').join(lang === 'zh' ? '，' : ', ')}`;
}

/** The kinds of visible label a day can carry; each is drawn by its class `tag-<kind>`, in the grid and the legend. */
export type TagKind = 'count' | 'paused' | 'rolled' | 'late' | 'holiday' | 'makeup' | 'weekend' | 'projected';

/** A visible short label (hidden from screen readers, which read the description). */
export function tag(kind: TagKind, text: string): HTMLSpanElement {
  return h('span', { class: `tag tag-${kind}`, 'aria-hidden': 'true' }, text);
}

/** The visible short labels of a day. */
function labels(mark: DayMark, t: Strings, lang: Lang): HTMLSpanElement[] {
  const l = t.label;
  const kind = mark.info?.kind;
  const out: HTMLSpanElement[] = [];
  if (mark.count !== undefined) out.push(tag('count', l.counted(mark.count)));
  else if (mark.paused) out.push(tag('paused', l.paused));
  else if (mark.rolled) out.push(tag('rolled', l.rolled));
  else if (mark.late) out.push(tag('late', l.late));
  if (kind === 'holiday') out.push(tag('holiday', lang === 'zh' ? holidayName(mark, lang) : l.holiday));
  else if (kind === 'makeup_workday') out.push(tag('makeup', l.makeup));
  else if (kind === 'weekend' && mark.count === undefined) out.push(tag('weekend', l.weekend));
  if (mark.info?.provisional) out.push(tag('projected', l.projected));
  return out;
}

/** The number and title a day's source is cited by: a projected day has no notice, and says so. */
function sourceWords(mark: DayMark, t: Strings): { readonly docNo: string; readonly title: string } | undefined {
  const source = mark.info?.source;
  if (source === undefined) return undefined;
  return mark.info?.provisional === true ? { docNo: t.label.projected, title: t.projectedSource } : source;
}

/** The classes that draw a day: its kind, counted or not, its roles. */
function classesOf(mark: DayMark): string {
  const classes = ['day', `k-${mark.info?.kind ?? 'none'}`];
  if (mark.count !== undefined) classes.push('counted');
  if (mark.paused) classes.push('paused');
  if (mark.rolled) classes.push('rolled');
  if (mark.late) classes.push('late');
  if (mark.info?.provisional) classes.push('projected');
  for (const role of mark.roles) classes.push(`role-${role}`);
  return classes.join(' ');
}

/** One day's cell; a day fixed by a notice opens (hover, focus, tap) the notice's number and link. */
function dayCell(date: string, mark: DayMark, t: Strings, lang: Lang, counting: boolean, idPrefix: string): HTMLTableCellElement {
  const roleBadges = mark.roles.map((role) => h('span', { class: `badge badge-${role}` }, t.label[role]));
  const visible = [
    h('span', { class: 'line1', 'aria-hidden': 'true' }, h('span', { class: 'dnum' }, String(Number(date.slice(8)))), roleBadges),
    ...labels(mark, t, lang),
    h('span', { class: 'sr-only' }, describe(date, mark, t, lang, counting)),
  ];
  const cell = h('td', { class: classesOf(mark), 'data-date': date, 'data-kind': mark.info?.kind ?? 'none', ...(mark.count === undefined ? {} : { 'data-count': String(mark.count) }) });
  const source = mark.info?.source;
  if (source === undefined) {
    cell.append(h('div', { class: 'day-box' }, visible));
    return cell;
  }
  const tipId = `${idPrefix}-tip-${date}`;
  const button = h('button', { type: 'button', class: 'day-box day-btn', 'aria-expanded': 'false', 'aria-controls': tipId }, visible);
  const cited = sourceWords(mark, t) ?? source;
  const tip = h(
    'div',
    { class: 'tip', id: tipId },
    h('strong', {}, holidayName(mark, lang)),
    ' ',
    mark.info?.provisional === true
      ? h('span', {}, cited.title)
      : [h('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer', lang: 'zh-CN' }, source.docNo), h('br'), h('span', { lang: 'zh-CN' }, source.title)],
    // The year's other notices about this holiday (2020-01-24: the extension 国办发明电〔2020〕1号 after the notice that set it).
    (mark.info?.history ?? [])
      .filter((notice) => notice.docNo !== source.docNo)
      .flatMap((notice) => [h('br'), `${t.alsoNotice} `, h('a', { href: notice.url, target: '_blank', rel: 'noopener noreferrer', lang: 'zh-CN' }, notice.docNo)]),
  );
  button.addEventListener('click', () => {
    const open = cell.classList.toggle('open');
    cell.classList.remove('tip-closed');
    button.setAttribute('aria-expanded', String(open));
  });
  // Closed by Escape (closeDayTips), the pop-up opens again once the focus and the pointer have left the day.
  const reopen = () => {
    if (!cell.matches(':hover, :focus-within')) cell.classList.remove('tip-closed');
  };
  cell.addEventListener('focusout', () => setTimeout(reopen, 0));
  cell.addEventListener('mouseleave', reopen);
  cell.append(button, tip);
  return cell;
}

/** Closes every open pop-up of a day (Escape), also one that the focus or the pointer holds open. */
export function closeDayTips(root: ParentNode): void {
  for (const cell of root.querySelectorAll<HTMLElement>('.day.open, .day:hover, .day:focus-within')) {
    cell.classList.remove('open');
    cell.classList.add('tip-closed');
    cell.querySelector('.day-btn')?.setAttribute('aria-expanded', 'false');
  }
}

/**
 * A month as a table (Monday first). `marks` gives each day's mark; days without one are drawn from `plain`.
 * `counting`: whether the month belongs to a deadline (days say counted or not).
 */
export function monthGrid(year: number, month: number, markOf: (date: string) => DayMark, t: Strings, lang: Lang, counting: boolean, idPrefix: string): HTMLTableElement {
  const days = daysOfMonth(year, month);
  const rows: HTMLTableRowElement[] = [];
  let row = h('tr');
  for (let i = 0; i < weekdayIndex(days[0] ?? ''); i++) row.append(h('td', { class: 'pad' }));
  for (const date of days) {
    if (row.children.length === 7) {
      rows.push(row);
      row = h('tr');
    }
    row.append(dayCell(date, markOf(date), t, lang, counting, idPrefix));
  }
  while (row.children.length < 7) row.append(h('td', { class: 'pad' }));
  rows.push(row);
  return h(
    'table',
    { class: 'month', lang: HTML_LANG[lang] },
    h('caption', {}, t.monthTitle(year, month)),
    h('thead', {}, h('tr', {}, t.weekdays.map((w) => h('th', { scope: 'col' }, w)))),
    h('tbody', {}, rows),
  );
}
