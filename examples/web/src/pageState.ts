// The page's state and its URL query: ?rule=m15-payment&start=2021-09-29&pause=2021-10-08..2021-10-08..材料不全补正&lang=en
import type { RollMode } from 'yingshang/calendar';
import type { Lang } from './strings.js';

/** A plain period: an amount (as typed, validated by the library; empty until typed) and its unit. */
export interface PlainPeriod {
  readonly amount: string;
  readonly unit: 'working_days' | 'calendar_days';
  readonly roll: RollMode;
}

/** Everything the page shows follows from this; dates are kept as typed so the library judges them. */
export interface PageState {
  readonly lang: Lang;
  readonly mode: 'rule' | 'period';
  readonly rule: string;
  readonly period: PlainPeriod;
  readonly start: string;
  readonly end: string;
  readonly asOf: string;
  readonly pauses: readonly Pause[];
  /** Project years without a notice (`createCalendar({ unpublishedYears: 'provisional' })`). */
  readonly provisional: boolean;
  /** The year of the year view, when chosen. */
  readonly year: string;
  /** Pasted notices carried by the link, each a schedule year encoded by `encodeSchedule` (noticeLink.ts). */
  readonly notices: readonly string[];
}

/** A pause as typed: its days and, optionally, its reason (材料不全补正). */
export interface Pause {
  readonly from: string;
  readonly to: string;
  readonly reason: string;
}

/** The built-in rule shown first. */
export const DEFAULT_RULE = 'm15-payment';

const ROLL_MODES: readonly RollMode[] = ['next_working_day', 'statutory_holidays_only', 'none'];
const UNIT_SUFFIX = { working_days: 'wd', calendar_days: 'cd' } as const;

/** `'9wd'` → 9 working days, `'20cd'` → 20 calendar days, `'wd'` → no amount yet; anything else is kept as typed, in working days. */
function readPeriod(text: string, roll: string | null): PlainPeriod {
  const match = /^(.*?)(wd|cd)$/.exec(text);
  const rollMode = ROLL_MODES.find((mode) => mode === roll) ?? 'next_working_day';
  if (match === null) return { amount: text, unit: 'working_days', roll: rollMode };
  return { amount: match[1] ?? '', unit: match[2] === 'cd' ? 'calendar_days' : 'working_days', roll: rollMode };
}

/** The state a query string describes; missing fields take their defaults. */
export function readState(search: string): PageState {
  const query = new URLSearchParams(search);
  const period = query.get('period');
  return {
    lang: query.get('lang') === 'en' ? 'en' : 'zh',
    mode: period === null ? 'rule' : 'period',
    rule: query.get('rule') ?? DEFAULT_RULE,
    period: readPeriod(period ?? 'wd', query.get('roll')),
    start: query.get('start') ?? '',
    end: query.get('end') ?? '',
    asOf: query.get('asOf') ?? '',
    pauses: query.getAll('pause').map((text) => {
      const [from = '', to = from, ...reason] = text.split('..');
      return { from, to, reason: reason.join('..') };
    }),
    provisional: query.get('provisional') === '1',
    year: query.get('year') ?? '',
    notices: query.getAll('notice'),
  };
}

/** The query string of a state (with its `?`), defaults left out. */
export function writeState(state: PageState): string {
  const query = new URLSearchParams();
  if (state.mode === 'rule') query.set('rule', state.rule);
  else {
    query.set('period', `${state.period.amount}${UNIT_SUFFIX[state.period.unit]}`);
    if (state.period.unit === 'calendar_days' && state.period.roll !== 'next_working_day') query.set('roll', state.period.roll);
  }
  if (state.start !== '') query.set('start', state.start);
  if (state.end !== '') query.set('end', state.end);
  if (state.asOf !== '') query.set('asOf', state.asOf);
  for (const pause of state.pauses) query.append('pause', `${pause.from}..${pause.to}${pause.reason === '' ? '' : `..${pause.reason}`}`);
  if (state.provisional) query.set('provisional', '1');
  if (state.year !== '') query.set('year', state.year);
  for (const notice of state.notices) query.append('notice', notice);
  if (state.lang === 'en') query.set('lang', 'en');
  return `?${query.toString()}`;
}
