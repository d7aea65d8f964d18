// The page: reads its state from the URL, computes with the library in the browser, and draws the answer.
import { createCalendar, defaultCalendar, type Calendar, type ScheduleYear } from 'yingshang/calendar';
import { getRule } from 'yingshang/rules';
import { calculate, isPeriodDeadline, type Outcome } from './calculate.js';
import { calculatorForm, readForm, ruleInfo, showFieldErrors } from './calculatorForm.js';
import { h } from './dom.js';
import { readState, writeState, type PageState } from './pageState.js';
import { deadlineDays, resultSummary } from './resultView.js';
import { HTML_LANG, STRINGS } from './strings.js';
import { noticePaste } from './noticePaste.js';
import { coveredYears, yearView } from './yearView.js';
import './style.css';

const app = document.querySelector<HTMLElement>('#app') ?? document.body;
let state: PageState = readState(location.search);
/** Schedules read from pasted notices: used until the page is closed, never stored. */
let pasted: readonly ScheduleYear[] = [];
const calendars = new Map<string, Calendar>();

/** The calendar the state asks for: the built-in one, or one with the projection and pasted schedules. */
function calendarOf(provisional: boolean): Calendar {
  if (!provisional && pasted.length === 0) return defaultCalendar;
  const key = `${provisional}|${pasted.map((s) => s.year).join(',')}`;
  let calendar = calendars.get(key);
  if (calendar === undefined) {
    calendar = createCalendar({ ...(provisional ? { unpublishedYears: 'provisional' as const } : {}), ...(pasted.length > 0 ? { schedules: pasted } : {}) });
    calendars.set(key, calendar);
  }
  return calendar;
}

/** The year the year view shows: the chosen one, else the trigger day's, else the last covered year. */
function yearOf(outcome: Outcome, calendar: Calendar): number {
  const years = coveredYears(calendar);
  const wanted = [Number(state.year), outcome.kind === 'result' ? Number(outcome.result.due.slice(0, 4)) : Number.NaN, Number(state.start.slice(0, 4))];
  return wanted.find((y) => years.includes(y)) ?? years.at(-1) ?? 2021;
}

/** Recomputes from the form and redraws the answer, the days and the year view. */
function update(form: HTMLFormElement): void {
  state = readForm(form, state);
  try {
    history.replaceState(null, '', writeState(state));
  } catch {
    // Some browsers refuse to change the address of a page opened from disk; the share link still has the state.
  }
  const t = STRINGS[state.lang];
  const calendar = calendarOf(state.provisional);
  const outcome = calculate(state, calendar, state.lang);
  showFieldErrors(form, outcome.kind === 'error' ? outcome.fields : new Map());
  let selected;
  try {
    selected = getRule(state.rule);
  } catch {
    selected = undefined;
  }
  form.querySelector('#rule-info')?.replaceWith(ruleInfo(selected !== undefined && isPeriodDeadline(selected) ? selected : undefined, t, state.lang));
  form.querySelector('#rule-fields')?.toggleAttribute('hidden', state.mode !== 'rule');
  form.querySelector('#period-fields')?.toggleAttribute('hidden', state.mode !== 'period');
  form.querySelector('#roll')?.toggleAttribute('disabled', state.period.unit !== 'calendar_days');
  // The projection helps only past the data: not without it, nor for a day before the data begins.
  const project = state.provisional || state.start < calendar.calendarCoverage().from
    ? undefined
    : () => {
        const box = form.querySelector<HTMLInputElement>('#provisional');
        if (box !== null) box.checked = true;
        update(form);
        document.querySelector<HTMLElement>('#result-h')?.focus();
      };
  document.querySelector('#result-body')?.replaceChildren(...resultSummary(outcome, calendar, t, writeState(state), project));
  document.querySelector('#use-projection')?.addEventListener('click', () => project?.());
  document.querySelector('#days-body')?.replaceChildren(...deadlineDays(outcome, calendar, t, state.lang));
  document.querySelector('#year-body')?.replaceChildren(
    ...yearView(yearOf(outcome, calendar), calendar, t, state.lang, (year) => {
      state = { ...state, year: String(year) };
      update(form);
      document.querySelector<HTMLElement>('#year')?.focus();
    }),
  );
}

/** The paste box and the pasted notices in use (drawn apart from `update`, so typing elsewhere keeps the text). */
function renderNotices(form: HTMLFormElement): void {
  document.querySelector('#notice-body')?.replaceChildren(
    ...noticePaste(pasted, STRINGS[state.lang], state.lang, (schedules) => {
      pasted = schedules;
      calendars.clear();
      renderNotices(form);
      update(form);
      document.querySelector<HTMLElement>('#result-h')?.focus();
    }),
  );
}

/** Draws the whole page in the state's language. */
function render(): void {
  const t = STRINGS[state.lang];
  document.documentElement.lang = HTML_LANG[state.lang];
  document.title = t.title;
  const other = state.lang === 'zh' ? 'en' : 'zh';
  const languageLink = h('a', { href: writeState({ ...state, lang: other }), lang: HTML_LANG[other], hreflang: HTML_LANG[other], id: 'language' }, t.otherLanguage);
  languageLink.addEventListener('click', (event) => {
    event.preventDefault();
    state = { ...state, lang: other };
    render();
    document.querySelector<HTMLElement>('#language')?.focus();
  });
  const form = calculatorForm(state, t, state.lang, (pauses) => {
    state = { ...readForm(form, state), pauses };
    render();
    const target = pauses.length > 0 ? `#pause-${pauses.length - 1}-from` : '#add-pause';
    document.querySelector<HTMLElement>(target)?.focus();
  });
  form.addEventListener('change', () => update(form));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(form);
  });
  app.replaceChildren(
    h('header', {}, h('nav', {}, languageLink), h('h1', {}, t.title), h('p', {}, t.intro)),
    h('main', {}, [
      h('section', { 'aria-labelledby': 'form-h' }, h('h2', { id: 'form-h', class: 'sr-only' }, t.what), form),
      h('section', { id: 'result', 'aria-labelledby': 'result-h' }, h('h2', { id: 'result-h', tabindex: '-1' }, t.result), h('div', { id: 'result-body', 'aria-live': 'polite' })),
      h('section', { id: 'days', 'aria-labelledby': 'days-h' }, h('h2', { id: 'days-h' }, t.days), h('div', { id: 'days-body' })),
      h('section', { id: 'year-view', 'aria-labelledby': 'year-h' }, h('h2', { id: 'year-h' }, t.yearView), h('div', { id: 'year-body' })),
      h('section', { id: 'notice-section', 'aria-labelledby': 'notice-h' }, h('h2', { id: 'notice-h' }, t.paste.title), h('div', { id: 'notice-body' })),
    ]),
    h('footer', {}, h('p', {}, t.footer)),
  );
  renderNotices(form);
  update(form);
}

render();
