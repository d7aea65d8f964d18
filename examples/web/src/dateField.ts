// A date field: typed text (any form the page reads, see readDate) and, beside it, the browser's own date picker.
import { h } from './dom.js';
import { readDate } from './readDate.js';

/** Whether `text` is a `'YYYY-MM-DD'` the picker can show. */
function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text);
}

/**
 * The text input `id` and a native `<input type="date">` over a calendar icon (`${id}-picker`, labelled
 * `pickerLabel`): a day picked is written into the text input, which then reports a `change` as typing does; a date
 * typed is shown by the picker when it opens. The error slot below is `${id}-error`, reserved so that nothing moves.
 */
export function dateField(id: string, label: string, value: string, placeholder: string, pickerLabel: string): HTMLDivElement {
  const text = h('input', { id, name: id, type: 'text', inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false', placeholder, value });
  const picker = h('input', { id: `${id}-picker`, type: 'date', class: 'picker-input', 'aria-label': pickerLabel, value: isIsoDate(readDate(value)) ? readDate(value) : '' });
  text.addEventListener('change', () => {
    const date = readDate(text.value);
    picker.value = isIsoDate(date) ? date : '';
  });
  picker.addEventListener('click', () => {
    try {
      picker.showPicker();
    } catch {
      // Older browsers open the picker themselves, or only let the date be typed into it.
    }
  });
  picker.addEventListener('change', (event) => {
    // The text input is the field's value: the form hears one change, from it.
    event.stopPropagation();
    if (picker.value === '') return;
    text.value = picker.value;
    text.dispatchEvent(new Event('change', { bubbles: true }));
  });
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h('div', { class: 'date-input' }, text, h('span', { class: 'picker' }, picker)),
    h('p', { class: 'field-error', id: `${id}-error` }),
  );
}
