// Years without a built-in notice: the text of a State Council notice, pasted, read by the library's parseNotice and
// used (createCalendar({ schedules })) until the page is closed. Nothing is stored or sent.
import { createCalendar, isYingshangError, parseNotice, type ScheduleYear } from 'yingshang/calendar';
import { formatError } from 'yingshang/rules';
import { h } from './dom.js';
import type { Lang, Strings } from './strings.js';

/** The fields parseNotice may need when the pasted text does not give them. */
const OPTIONAL_FIELDS = ['url', 'docNo', 'publishedOn'] as const;

/** Shows an error of the library next to the notice's text (or clears it). */
function showError(form: HTMLElement, message: string | undefined): void {
  const slot = form.querySelector<HTMLElement>('#notice-text-error');
  const text = form.querySelector('#notice-text');
  if (slot !== null) slot.textContent = message ?? '';
  if (message === undefined) text?.removeAttribute('aria-invalid');
  else text?.setAttribute('aria-invalid', 'true');
}

/**
 * The paste box and the notices in use. `onChange` receives the new list of pasted schedules (one per year, the
 * latest paste of a year replacing the earlier one), already accepted by `createCalendar`.
 */
export function noticePaste(pasted: readonly ScheduleYear[], t: Strings, lang: Lang, onChange: (schedules: readonly ScheduleYear[]) => void): HTMLElement[] {
  const p = t.paste;
  const inUse = pasted.map((schedule) => h('li', {}, p.inUse(schedule.year, schedule.notices[0]?.docNo ?? '')));
  const forget = h('button', { type: 'button', id: 'forget-notices' }, p.forget);
  forget.addEventListener('click', () => onChange([]));
  const field = (id: string, label: string) =>
    h('div', { class: 'field' }, h('label', { for: `notice-${id}` }, label), h('input', { id: `notice-${id}`, type: 'text', autocomplete: 'off', spellcheck: 'false' }));
  const box = h(
    'div',
    { id: 'notice-paste' },
    h('p', {}, p.intro),
    h('div', { class: 'field' }, h('label', { for: 'notice-text' }, p.prompt), h('textarea', { id: 'notice-text', rows: '8', lang: 'zh-CN', 'aria-describedby': 'notice-text-error' }), h('p', { class: 'field-error', id: 'notice-text-error' })),
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
      const schedules = [...pasted.filter((s) => s.year !== schedule.year), schedule].sort((a, b) => a.year - b.year);
      // The calendar must accept the years together (they stay consecutive with the built-in ones): its error if not.
      createCalendar({ schedules });
      onChange(schedules);
    } catch (error) {
      if (!isYingshangError(error)) throw error;
      // In the page's language: what is wrong with the notice, and the sentence at fault.
      showError(box, formatError(error, lang));
    }
  });
  return [...(pasted.length === 0 ? [] : [h('ul', { id: 'notices-in-use' }, inUse), forget]), box];
}
