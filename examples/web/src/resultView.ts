// The answer: due date, status, explanation, the link that reproduces it, and the days drawn.
import type { Calendar, DayInfo } from 'yingshang/calendar';
import type { Outcome } from './calculate.js';
import { daysInfo, markDays, type DayMark } from './dayMarks.js';
import { h } from './dom.js';
import { daysOfMonth, monthsBetween } from './isoDays.js';
import { monthGrid } from './monthGrid.js';
import type { Lang, Strings } from './strings.js';

/** The most months drawn for one deadline. */
const MAX_MONTHS = 24;

/** The summary of an outcome; `onProject` switches on the projection when the data ends too soon. */
export function resultSummary(outcome: Outcome, calendar: Calendar, t: Strings, shareHref: string, onProject: (() => void) | undefined): HTMLElement[] {
  if (outcome.kind === 'empty') return [h('p', {}, t.noInput)];
  if (outcome.kind === 'error') {
    return [
      h('p', { class: 'form-error', id: 'form-error', role: 'alert' }, outcome.message),
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
  const parts: (HTMLElement | null)[] = [
    h(
      'dl',
      { class: 'summary' },
      h('div', {}, h('dt', {}, t.due), h('dd', {}, h('output', { id: 'due', class: 'due' }, result.due))),
      h('div', {}, h('dt', {}, t.status), h('dd', { id: 'status', 'data-status': result.status, class: `status status-${result.status}` }, t.statuses[result.status])),
    ),
    h('p', { id: 'explanation' }, explanation),
    result.provisional === true ? h('p', { class: 'warning', id: 'projected-note' }, `⚠ ${t.projectedNote}`) : null,
    h('p', {}, h('a', { id: 'share', href: shareHref }, t.shareLink)),
  ];
  return parts.filter((e) => e !== null);
}

/** The legend of the day kinds: each sample drawn as in the grid, with its words. */
export function legend(t: Strings): HTMLElement {
  const items = t.legendItems;
  const sample = (classes: string, text: string, words: string) =>
    h('li', {}, h('span', { class: `swatch day ${classes}`, 'aria-hidden': 'true' }, text), ' ', words);
  return h(
    'ul',
    { class: 'legend', 'aria-label': t.legend },
    sample('k-workday counted', t.label.counted(1), items.counted),
    sample('k-weekend', t.label.weekend, items.weekend),
    sample('k-holiday', t.label.holiday, items.holiday),
    sample('k-makeup_workday counted', t.label.makeup, items.makeup),
    sample('k-workday paused', t.label.paused, items.paused),
    sample('k-workday role-trigger', t.label.trigger, items.trigger),
    sample('k-workday role-due', t.label.due, items.due),
    sample('k-workday role-action', t.label.action, items.action),
    sample('k-workday projected', t.label.projected, items.projected),
  );
}

/** The notices that fixed the drawn days, each with its number and link. */
export function noticeList(marks: Iterable<DayMark>, t: Strings): HTMLElement | null {
  const notices = new Map<string, { readonly docNo: string; readonly title: string; readonly url: string }>();
  for (const mark of marks) if (mark.info?.source) notices.set(mark.info.source.docNo, mark.info.source);
  if (notices.size === 0) return null;
  return h(
    'div',
    { class: 'notices' },
    h('h3', {}, t.notices),
    h('ul', { lang: 'zh-CN' }, [...notices.values()].map((n) => h('li', {}, h('a', { href: n.url, target: '_blank', rel: 'noopener noreferrer' }, n.docNo), ' ', n.title))),
  );
}

/** The months of a deadline, every day marked. */
export function deadlineDays(outcome: Outcome, calendar: Calendar, t: Strings, lang: Lang): HTMLElement[] {
  if (outcome.kind !== 'result') return [];
  const { marks, from, to } = markDays(outcome.result, calendar);
  const months = monthsBetween(from, to, MAX_MONTHS + 1);
  const drawn = months.slice(0, MAX_MONTHS);
  const [firstYear = 0, firstMonth = 1] = drawn[0] ?? [];
  const [lastYear = 0, lastMonth = 1] = drawn.at(-1) ?? [];
  const infos = daysInfo(calendar, daysOfMonth(firstYear, firstMonth)[0] ?? from, daysOfMonth(lastYear, lastMonth).at(-1) ?? to);
  const plain = (date: string): DayMark => marks.get(date) ?? plainDay(infos, date);
  const parts: (HTMLElement | null)[] = [
    legend(t),
    h('div', { class: 'months' }, drawn.map(([y, m]) => monthGrid(y, m, plain, t, lang, true, 'deadline'))),
    months.length > MAX_MONTHS ? h('p', {}, t.truncated(MAX_MONTHS)) : null,
    noticeList(marks.values(), t),
  ];
  return parts.filter((e) => e !== null);
}

/** A day outside a deadline's span: the calendar's facts only (none outside its data). */
export function plainDay(infos: ReadonlyMap<string, DayInfo>, date: string): DayMark {
  const info = infos.get(date);
  return info === undefined ? { roles: [] } : { info, roles: [] };
}
