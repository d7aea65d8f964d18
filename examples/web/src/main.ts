// The page: reads its state from the URL, computes with the library in the browser, and draws the answer.
import { createCalendar, defaultCalendar, isYingshangError, type Calendar, type ScheduleYear } from 'yingshang/calendar';
import { getRule } from 'yingshang/rules';
import { calculate, isPeriodDeadline, type Outcome } from './calculate.js';
import { calculatorForm, readForm, ruleInfo, showFieldErrors } from './calculatorForm.js';
import { h } from './dom.js';
import { closeDayTips } from './monthGrid.js';
import { decodeSchedule, encodeSchedule } from './noticeLink.js';
import { differencesOf, noticePaste, type Notices } from './noticePaste.js';
import { readState, writeState, type PageState } from './pageState.js';
import { afterPress, watchPresses } from './pressGuard.js';
import { deadlineDays, resultSummary } from './resultView.js';
import { HTML_LANG, STRINGS } from './strings.js';
import { coveredYears, yearView } from './yearView.js';
import './style.css';

const app = document.querySelector<HTMLElement>('#app') ?? document.body;
let state: PageState = readState(location.search);
/** Schedules read from pasted notices (or from the link): used until the page is closed, kept only in the link. */
let notices: Notices = { pasted: [], pending: undefined, fromLink: false, problems: [] };
const calendars = new Map<string, Calendar>();

/** Whether the built-in data has the year (a notice for it replaces official days). */
function isBuiltIn(year: number): boolean {
  return coveredYears(defaultCalendar).includes(year);
}

/** The notices and the link's `notice` parameters after `pasted` and `pending` change. */
function setNotices(next: Omit<Notices, 'fromLink' | 'problems'> & Partial<Notices>): void {
  notices = { fromLink: false, problems: [], ...next };
  calendars.clear();
  const carried = [...notices.pasted, ...(notices.pending === undefined ? [] : [notices.pending.schedule])];
  state = { ...state, notices: carried.map(encodeSchedule) };
}

/** Takes a schedule read from a notice: in use at once, or, for a built-in year, waiting for the person's choice. */
function offer(schedule: ScheduleYear, from: Notices): Notices {
  const others = from.pasted.filter((s) => s.year !== schedule.year);
  if (!isBuiltIn(schedule.year)) return { ...from, pasted: [...others, schedule].sort((a, b) => a.year - b.year) };
  return { ...from, pasted: others, pending: { schedule, differences: differencesOf(defaultCalendar, schedule) } };
}

/** The notices a link carries, each checked by the calendar; those it refuses are said, not used. */
function noticesOfLink(encoded: readonly string[]): Notices {
  let found: Notices = { pasted: [], pending: undefined, fromLink: encoded.length > 0, problems: [] };
  for (const text of encoded) {
    const value = decodeSchedule(text);
    try {
      createCalendar({ schedules: [...found.pasted, value as ScheduleYear] });
      found = offer(value as ScheduleYear, found);
    } catch (error) {
      if (!isYingshangError(error)) throw error;
      found = { ...found, problems: [...found.problems, error] };
    }
  }
  return found;
}

/** The calendar the state asks for: the built-in one, or one with the projection and pasted schedules. */
function calendarOf(provisional: boolean): Calendar {
  const { pasted } = notices;
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

/** The calculator's form on the page. */
function currentForm(): HTMLFormElement | null {
  return document.querySelector<HTMLFormElement>('#calculator');
}

/** Recomputes from the form and redraws the answer, the days and the year view. */
function update(): void {
  const form = currentForm();
  if (form === null) return;
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
  const onProject = state.provisional || state.start < calendar.calendarCoverage().from
    ? undefined
    : () => {
        const box = form.querySelector<HTMLInputElement>('#provisional');
        if (box !== null) box.checked = true;
        update();
        document.querySelector<HTMLElement>('#result-h')?.focus();
      };
  const pending = notices.pending === undefined ? null : h('p', { class: 'warning', id: 'pending-pointer' }, '⚠ ', h('a', { href: '#notice-pending' }, t.paste.builtIn(notices.pending.schedule.year, notices.pending.differences.length)));
  document.querySelector('#result-body')?.replaceChildren(
    ...(pending === null ? [] : [pending]),
    ...resultSummary(outcome, { calendar, t, shareHref: writeState(state), asOfGiven: state.asOf !== '', onProject }),
  );
  document.querySelector('#use-projection')?.addEventListener('click', () => onProject?.());
  document.querySelector('#days-body')?.replaceChildren(...deadlineDays(outcome, calendar, t, state.lang));
  document.querySelector('#year-body')?.replaceChildren(
    ...yearView(yearOf(outcome, calendar), calendar, t, state.lang, (year) => {
      state = { ...state, year: String(year) };
      update();
      document.querySelector<HTMLElement>('#year')?.focus();
    }),
  );
}

/** The paste box and the pasted notices in use (drawn apart from `update`, so typing elsewhere keeps the text). */
function renderNotices(): void {
  const changed = (focus: string) => {
    renderNotices();
    update();
    document.querySelector<HTMLElement>(focus)?.focus();
  };
  document.querySelector('#notice-body')?.replaceChildren(
    ...noticePaste(notices, STRINGS[state.lang], state.lang, {
      onNotice: (schedule) => {
        setNotices(offer(schedule, notices));
        changed(notices.pending === undefined ? '#result-h' : '#replace-official');
      },
      onForget: () => {
        setNotices({ pasted: [], pending: undefined });
        changed('#notice-text');
      },
      onChoose: (replace) => {
        const { pending } = notices;
        const pasted = replace && pending !== undefined ? [...notices.pasted, pending.schedule].sort((a, b) => a.year - b.year) : notices.pasted;
        setNotices({ pasted, pending: undefined, fromLink: notices.fromLink });
        changed('#result-h');
      },
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
  form.addEventListener('change', () => afterPress(update));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
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
  renderNotices();
  update();
}

watchPresses(document);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') closeDayTips(document);
});
notices = noticesOfLink(state.notices);
render();
