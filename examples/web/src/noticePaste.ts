// Years without a built-in notice: the text of a State Council notice, pasted, read by the library's parseNotice and
// used (createCalendar({ schedules })) until the page is closed, and carried by the result's link. A notice for a year
// that is built in is shown against the official days and used only when the person chooses to.
import { createCalendar, isYingshangError, parseNotice, type Calendar, type DayKind, type ScheduleYear } from 'yingshang/calendar';
import { formatError, type ErrorLike } from 'yingshang/rules';
import { h } from './dom.js';
import type { Lang, Strings } from './strings.js';

/** The fields parseNotice may need when the pasted text does not give them. */
const OPTIONAL_FIELDS = ['url', 'docNo', 'publishedOn'] as const;

/** A day on which a notice and the built-in data disagree. */
export interface DayDifference {
  readonly date: string;
  readonly official: DayKind;
  readonly pasted: DayKind;
}

/** A notice for a built-in year, waiting for the person's choice, with its differences from the official days. */
export interface PendingNotice {
  readonly schedule: ScheduleYear;
  readonly differences: readonly DayDifference[];
}

/** The pasted notices as the page holds them. */
export interface Notices {
  /** In use, one per year. */
  readonly pasted: readonly ScheduleYear[];
  /** A notice for a built-in year, not used until chosen. */
  readonly pending: PendingNotice | undefined;
  /** Whether the notices came with the link (said so, since the person did not paste them). */
  readonly fromLink: boolean;
  /** Why a notice in the link could not be used: the library's errors, worded in the page's language when shown. */
  readonly problems: readonly ErrorLike[];
}

/** What the person can do with the notices. */
export interface NoticeActions {
  /** A notice read and accepted by the calendar. */
  readonly onNotice: (schedule: ScheduleYear) => void;
  readonly onForget: () => void;
  /** The choice about the pending notice: use it instead of the official days, or not. */
  readonly onChoose: (replace: boolean) => void;
}

/** The days of `year` whose kind differs between the built-in calendar and one with `schedule`. */
export function differencesOf(official: Calendar, schedule: ScheduleYear): DayDifference[] {
  const range = [`${schedule.year}-01-01`, `${schedule.year}-12-31`] as const;
  const pasted = createCalendar({ schedules: [schedule] }).listDays(...range);
  return official.listDays(...range).flatMap((day, i) => {
    const other = pasted[i];
    return other === undefined || other.kind === day.kind ? [] : [{ date: day.date, official: day.kind, pasted: other.kind }];
  });
}

/** Shows an error of the library next to the notice's text (or clears it). */
function showError(form: HTMLElement, message: string | undefined): void {
  const slot = form.querySelector<HTMLElement>('#notice-text-error');
  const text = form.querySelector('#notice-text');
  if (slot !== null) slot.textContent = message ?? '';
  if (message === undefined) text?.removeAttribute('aria-invalid');
  else text?.setAttribute('aria-invalid', 'true');
}

/** The choice about a notice for a built-in year: its differences, and two buttons. */
function pendingBox(pending: PendingNotice, t: Strings, onChoose: (replace: boolean) => void): HTMLElement {
  const p = t.paste;
  const { year } = pending.schedule;
  const replace = h('button', { type: 'button', id: 'replace-official' }, p.replace(year));
  const keep = h('button', { type: 'button', id: 'keep-official' }, p.keep);
  replace.addEventListener('click', () => onChoose(true));
  keep.addEventListener('click', () => onChoose(false));
  const rows = pending.differences.map((d) => h('tr', {}, h('td', {}, d.date), h('td', {}, p.kinds[d.official]), h('td', {}, p.kinds[d.pasted])));
  return h(
    'div',
    { id: 'notice-pending', class: 'warning', role: 'alert' },
    h('p', {}, `${pending.schedule.notices[0]?.docNo ?? ''}: ${p.builtIn(year, pending.differences.length)}`),
    rows.length === 0
      ? null
      : h('table', { class: 'differences' }, h('thead', {}, h('tr', {}, p.diffHeads.map((head) => h('th', { scope: 'col' }, head)))), h('tbody', {}, rows)),
    h('p', { class: 'choices' }, replace, ' ', keep),
  );
}

/** The paste box, the notices in use, and the choice about a notice for a built-in year. */
export function noticePaste(notices: Notices, t: Strings, lang: Lang, actions: NoticeActions): HTMLElement[] {
  const p = t.paste;
  const docNo = (schedule: ScheduleYear) => schedule.notices[0]?.docNo ?? '';
  const inUse = notices.pasted.map((schedule) => h('li', {}, notices.fromLink ? p.fromLink(schedule.year, docNo(schedule)) : p.inUse(schedule.year, docNo(schedule))));
  const forget = h('button', { type: 'button', id: 'forget-notices' }, p.forget);
  forget.addEventListener('click', () => actions.onForget());
  const field = (id: string, label: string) =>
    h('div', { class: 'field' }, h('label', { for: `notice-${id}` }, label), h('input', { id: `notice-${id}`, type: 'text', autocomplete: 'off', spellcheck: 'false' }));
  const box = h(
    'div',
    { id: 'notice-paste' },
    h('p', {}, p.intro),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'notice-text' }, p.prompt),
      h('textarea', { id: 'notice-text', rows: '8', lang: 'zh-CN', 'aria-describedby': 'notice-text-error' }),
      h('p', { class: 'field-error whole', id: 'notice-text-error' }),
    ),
    h('div', { class: 'row' }, OPTIONAL_FIELDS.map((id) => field(id, p.fields[id]))),
    h('button', { type: 'button', id: 'use-notice' }, p.use),
  );
  box.querySelector('#use-notice')?.addEventListener('click', () => {
    const text = box.querySelector<HTMLTextAreaElement>('#notice-text')?.value ?? '';
    const options = Object.fromEntries(
      OPTIONAL_FIELDS.map((id) => [id, box.querySelector<HTMLInputElement>(`#notice-${id}`)?.value.trim() ?? '']).filter(([, value]) => value !== ''),
    );
    try {
      const { schedule } = parseNotice(text, options);
      // The calendar must accept the years together (they stay consecutive with the built-in ones): its error if not.
      createCalendar({ schedules: [...notices.pasted.filter((s) => s.year !== schedule.year), schedule].sort((a, b) => a.year - b.year) });
      actions.onNotice(schedule);
    } catch (error) {
      if (!isYingshangError(error)) throw error;
      // In the page's language: what is wrong with the notice, and the sentence at fault.
      showError(box, formatError(error, lang));
    }
  });
  return [
    ...notices.problems.map((error) => h('p', { class: 'form-error', role: 'alert' }, p.badLink(formatError(error, lang)))),
    ...(notices.pending === undefined ? [] : [pendingBox(notices.pending, t, actions.onChoose)]),
    ...(notices.pasted.length === 0 ? [] : [h('ul', { id: 'notices-in-use' }, inUse), forget]),
    box,
  ];
}
