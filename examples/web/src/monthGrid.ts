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
  return lang === 'zh' ? holiday.nameZh : holiday.nameEn;
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
  if (mark.info?.source) parts.push(mark.info.source.docNo);
  return `${date}: ${parts.filter((p) => p !== '').join(lang === 'zh' ? '，' : ', ')}`;
}

/** The visible short labels of a day (hidden from screen readers, which read the description). */
function labels(mark: DayMark, t: Strings, lang: Lang): string[] {
  const l = t.label;
  const kind = mark.info?.kind;
  const out: string[] = [];
  if (mark.count !== undefined) out.push(l.counted(mark.count));
  else if (mark.paused) out.push(l.paused);
  else if (mark.rolled) out.push(l.rolled);
  else if (mark.late) out.push(l.late);
  if (kind === 'holiday') out.push(lang === 'zh' ? holidayName(mark, lang) : l.holiday);
  else if (kind === 'makeup_workday') out.push(l.makeup);
  else if (kind === 'weekend' && mark.count === undefined) out.push(l.weekend);
  if (mark.info?.provisional) out.push(l.projected);
  return out;
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
    ...labels(mark, t, lang).map((text) => h('span', { class: 'tag', 'aria-hidden': 'true' }, text)),
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
  const tip = h(
    'div',
    { class: 'tip', id: tipId },
    h('strong', {}, holidayName(mark, lang)),
    ' ',
    h('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer', lang: 'zh-CN' }, source.docNo),
    h('br'),
    h('span', { lang: 'zh-CN' }, source.title),
  );
  button.addEventListener('click', () => {
    const open = cell.classList.toggle('open');
    button.setAttribute('aria-expanded', String(open));
  });
  cell.append(button, tip);
  return cell;
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
