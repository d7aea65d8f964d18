// The calculator's form: built from the page's state, read back into it; errors shown next to their fields.
import type { RollMode } from 'yingshang/calendar';
import { getMeasure } from 'yingshang/measures';
import { listRules, type PeriodDeadlineRule } from 'yingshang/rules';
import { isPeriodDeadline, type FieldErrors } from './calculate.js';
import { dateField } from './dateField.js';
import { h } from './dom.js';
import type { PageState, PlainPeriod } from './pageState.js';
import { readDate } from './readDate.js';
import { HTML_LANG, type Lang, type Strings } from './strings.js';

/** The deadline rules counted from a trigger day, by measure number. */
function rulesByMeasure(): Map<number, PeriodDeadlineRule[]> {
  const groups = new Map<number, PeriodDeadlineRule[]>();
  for (const rule of listRules()) {
    if (!isPeriodDeadline(rule) || rule.measure === undefined) continue;
    groups.set(rule.measure, [...(groups.get(rule.measure) ?? []), rule]);
  }
  return groups;
}

/** A labelled text field (a number or words), empty unless the state has a value, with the place for its error. */
function field(id: string, label: string, value: string, inputmode: 'numeric' | 'text', placeholder = ''): HTMLDivElement {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h('input', { id, name: id, type: 'text', inputmode, autocomplete: 'off', spellcheck: 'false', value, ...(placeholder === '' ? {} : { placeholder }) }),
    h('p', { class: 'field-error', id: `${id}-error` }),
  );
}

/** A labelled select. */
function select(id: string, label: string, options: readonly (readonly [string, string])[], value: string): HTMLDivElement {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h('select', { id, name: id }, options.map(([v, text]) => h('option', { value: v, selected: v === value }, text))),
  );
}

/** The selected rule's clause (verbatim, in Chinese), description and legal basis. */
export function ruleInfo(rule: PeriodDeadlineRule | undefined, t: Strings, lang: Lang): HTMLElement {
  if (rule === undefined) return h('div', { id: 'rule-info' });
  return h(
    'div',
    { id: 'rule-info', class: 'rule-info' },
    rule.clause === undefined ? null : h('blockquote', { lang: 'zh-CN', cite: '' }, h('span', { class: 'muted', lang: HTML_LANG[lang] }, `${t.clause}：`), rule.clause),
    h('p', {}, rule.description[lang]),
    rule.legalBasis === undefined
      ? null
      : h('details', {}, h('summary', {}, t.legalBasis), h('ul', { lang: 'zh-CN' }, rule.legalBasis.map((basis) => h('li', {}, basis.citation, basis.quote === undefined ? null : h('q', {}, basis.quote))))),
  );
}

/** The form of a state. `onPauses` is called with the new pause list when one is added or removed. */
export function calculatorForm(state: PageState, t: Strings, lang: Lang, onPauses: (pauses: PageState['pauses']) => void): HTMLFormElement {
  const ruleSelect = h(
    'select',
    { id: 'rule', name: 'rule', 'aria-describedby': 'rule-error' },
    // A rule id from a link that is not listed stays selected, so the library's error about it is shown.
    listRules().some((rule) => rule.id === state.rule && isPeriodDeadline(rule)) ? null : h('option', { value: state.rule, selected: true }, state.rule),
    [...rulesByMeasure()].map(([n, list]) => {
      const measure = getMeasure(n);
      return h(
        'optgroup',
        { label: t.measure(n, measure.title[lang]) },
        list.map((rule) => h('option', { value: rule.id, selected: rule.id === state.rule }, `${rule.name[lang]} — ${rule.limit.amount} ${rule.limit.unit === 'working_days' ? t.workingDays : t.calendarDays}`)),
      );
    }),
  );
  const radio = (value: PageState['mode'], text: string) =>
    h('label', { class: 'inline' }, h('input', { type: 'radio', name: 'mode', value, checked: state.mode === value }), ' ', text);
  const date = (id: string, label: string, value: string) => dateField(id, label, value, t.datePlaceholder, t.pickDate(label));
  const pauses = state.pauses.map((pause, i) =>
    h(
      'div',
      { class: 'pause-row' },
      date(`pause-${i}-from`, t.pauseFrom(i + 1), pause.from),
      date(`pause-${i}-to`, t.pauseTo(i + 1), pause.to),
      field(`pause-${i}-reason`, t.pauseReason(i + 1), pause.reason, 'text', t.pauseReasonPlaceholder),
      h('button', { type: 'button', class: 'remove-pause', 'data-index': String(i) }, t.removePause(i + 1)),
    ),
  );
  const form = h(
    'form',
    { id: 'calculator', novalidate: true },
    h(
      'fieldset',
      {},
      h('legend', {}, t.what),
      h('div', { class: 'radios' }, radio('rule', t.modeRule), radio('period', t.modePeriod)),
      h(
        'div',
        { id: 'rule-fields', hidden: state.mode !== 'rule' },
        h('div', { class: 'field' }, h('label', { for: 'rule' }, t.rule), ruleSelect, h('p', { class: 'field-error', id: 'rule-error' })),
        h('div', { id: 'rule-info' }),
      ),
      h(
        'div',
        { id: 'period-fields', class: 'row', hidden: state.mode !== 'period' },
        field('amount', t.amount, state.period.amount, 'numeric'),
        select('unit', t.unit, [['working_days', t.workingDays], ['calendar_days', t.calendarDays]], state.period.unit),
        select('roll', t.roll, (['next_working_day', 'statutory_holidays_only', 'none'] as const).map((mode) => [mode, t.rollModes[mode]] as const), state.period.roll),
      ),
    ),
    h('div', { class: 'row' }, date('start', t.start, state.start), date('end', t.end, state.end), date('asOf', t.asOf, state.asOf)),
    h('fieldset', { id: 'pauses' }, h('legend', {}, t.pauses), pauses, h('button', { type: 'button', id: 'add-pause' }, t.addPause)),
    h('div', { class: 'field' }, h('label', { class: 'inline' }, h('input', { type: 'checkbox', id: 'provisional', name: 'provisional', checked: state.provisional }), ' ', t.provisional)),
    h('button', { type: 'submit', id: 'calculate' }, t.calculate),
  );
  form.querySelector('#add-pause')?.addEventListener('click', () => onPauses([...state.pauses, { from: '', to: '', reason: '' }]));
  for (const button of form.querySelectorAll<HTMLButtonElement>('.remove-pause')) {
    button.addEventListener('click', () => onPauses(state.pauses.filter((_, i) => String(i) !== button.dataset['index'])));
  }
  return form;
}

/** The value of a control of the form. */
function valueOf(form: HTMLFormElement, id: string): string {
  const control = form.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`);
  return control === null ? '' : control.value.trim();
}

/** The state the form shows, over `previous` (language and year are not in the form). */
export function readForm(form: HTMLFormElement, previous: PageState): PageState {
  const mode = form.querySelector<HTMLInputElement>('input[name=mode]:checked')?.value === 'period' ? 'period' : 'rule';
  const period: PlainPeriod = {
    amount: valueOf(form, 'amount'),
    unit: valueOf(form, 'unit') === 'calendar_days' ? 'calendar_days' : 'working_days',
    roll: valueOf(form, 'roll') as RollMode,
  };
  return {
    ...previous,
    mode,
    rule: valueOf(form, 'rule') || previous.rule,
    period,
    start: readDate(valueOf(form, 'start')),
    end: readDate(valueOf(form, 'end')),
    asOf: readDate(valueOf(form, 'asOf')),
    pauses: previous.pauses.map((_, i) => ({
      from: readDate(valueOf(form, `pause-${i}-from`)),
      to: readDate(valueOf(form, `pause-${i}-to`)),
      reason: valueOf(form, `pause-${i}-reason`),
    })),
    provisional: form.querySelector<HTMLInputElement>('#provisional')?.checked === true,
  };
}

/** Shows each error next to its field (and marks the field invalid); clears the others. */
export function showFieldErrors(form: HTMLFormElement, errors: FieldErrors): void {
  for (const slot of form.querySelectorAll<HTMLElement>('.field-error')) {
    const id = slot.id.replace(/-error$/, '');
    const message = errors.get(id);
    slot.textContent = message ?? '';
    slot.title = message ?? '';
    const control = form.querySelector(`#${id}`);
    if (control === null) continue;
    if (message === undefined) control.removeAttribute('aria-invalid');
    else control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', slot.id);
  }
}
