import { daysFromCivil, daysInMonth, formatIsoDay, isoWeekday } from '../../_internal/dayNumber.js';
import { HOLIDAY_NAMES, type HolidayKey } from '../holidayKeys.js';
import type { HolidayArrangement } from '../scheduleSchema.js';
import { holidayKeysIn } from './holidayKeysIn.js';
import { invalidNotice } from './invalidNotice.js';
import { foldNoticeText } from './foldNoticeText.js';

/** The arrangement in force before an amendment, for 「延长…假期至…」 (day numbers). */
export interface BaseArrangement {
  readonly rest: readonly (readonly [number, number])[];
  readonly makeup: readonly number[];
}

/** What an item is read with. */
export interface ItemContext {
  readonly year: number;
  /** The notice's title: names the holiday of an item that does not (an amendment's). */
  readonly title: string;
  /** The arrangement an extension (「延长…至」) extends, by holiday key. */
  readonly baseOf: (key: HolidayKey) => BaseArrangement | undefined;
}

/** A date in the text: `[year]年` `[month]月` `day日`, then an optional note in brackets (星期X, 农历…). */
const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\(([^()]*)\))?/gu;
const WEEKDAYS = '一二三四五六日';
const RANGE_SEPARATOR = /^(?:至|—|–|-|~|到)$/u;
const REST_VERB = /调休放假|放假|补休/u;

interface DateToken {
  /** The day number, or the error reading the date when it does not exist or its weekday is wrong. */
  readonly day: number | Error;
  readonly text: string;
}

/**
 * The item with its dates replaced by `⟨k⟩` (notes in brackets without dates removed). A date is checked when a
 * rest or make-up clause uses it: the clauses that only explain (「其中，29日、30日、31日为法定假日」) may leave the
 * month to the reader.
 */
function tokenize(item: string, year: number, newYearItem: boolean, quote: string): { skeleton: string; dates: DateToken[] } {
  const dates: DateToken[] = [];
  let y: number | undefined;
  let m: number | undefined;
  const skeleton = item.replace(DATE, (text, yy: string | undefined, mm: string | undefined, dd: string, note: string | undefined) => {
    if (yy !== undefined) y = Number(yy);
    if (mm !== undefined) m = Number(mm);
    // Without its own year, a date is in the notice's year, except a December one: in the year written before it,
    // or, in the 元旦 item, the year before (2006: 「12月31日（星期六）上班」; 2008: 「12月30日（星期日）为公休日」).
    const dateYear = yy !== undefined ? y : m !== 12 ? year : newYearItem ? year - 1 : (y ?? year);
    dates.push({ day: dayOf(text, dateYear as number, m, Number(dd), note, quote), text });
    return `⟨${dates.length - 1}⟩`;
  });
  return { skeleton: skeleton.replace(/\([^()⟨]*\)/gu, ''), dates };
}

/** The day number of a date of the text, or the error saying why it is not a real date or has the wrong weekday. */
function dayOf(text: string, year: number, month: number | undefined, d: number, note: string | undefined, item: string): number | Error {
  if (month === undefined) return invalidNotice(
      { en: `「${text}」 has no month`, zh: `「${text}」没有月份` },
      { en: 'a date written M月D日 (the month may be left out only after a date of the same month)', zh: '写作“M月D日”的日期（只有紧跟同月的日期时才可省略月份）' },
      item,
    );
  if (month < 1 || month > 12 || d < 1 || d > daysInMonth(year, month)) {
    const valid = month >= 1 && month <= 12;
    return invalidNotice(
      { en: `${year}年${month}月${d}日 does not exist`, zh: `${year}年${month}月${d}日不存在` },
      {
        en: `a real date (${valid ? `${month}月 of ${year} has ${daysInMonth(year, month)} days` : 'months are 1–12'})`,
        zh: `真实存在的日期（${valid ? `${year}年${month}月只有${daysInMonth(year, month)}天` : '月份为1至12'}）`,
      },
      item,
    );
  }
  const day = daysFromCivil(year, month, d);
  const named = note === undefined ? undefined : /(?:星期|周)([一二三四五六日天])/u.exec(note)?.[1];
  const weekday = isoWeekday(day);
  if (named !== undefined && WEEKDAYS.indexOf(named === '天' ? '日' : named) + 1 !== weekday) {
    return invalidNotice(
      { en: `${formatIsoDay(day)} is a 星期${WEEKDAYS[weekday - 1]}, not the 星期${named} the text says`, zh: `${formatIsoDay(day)}是星期${WEEKDAYS[weekday - 1]}，而不是文中所写的星期${named}` },
      { en: 'each date with its true day of the week', zh: '每个日期与其真实的星期相符' },
      item,
    );
  }
  return day;
}

/** The day of a date token a clause uses; throws its error when it is not a real date. */
function used(token: DateToken): number {
  if (token.day instanceof Error) throw token.day;
  return token.day;
}

/** The dates of a clause part: `⟨a⟩`, `⟨a⟩至⟨b⟩`, or several joined by 、; each as a `[from, to]` range. */
function rangesIn(part: string, dates: readonly DateToken[], clause: string): [number, number][] {
  const ranges: [number, number][] = [];
  const refs = [...part.matchAll(/⟨(\d+)⟩/gu)];
  for (let k = 0; k < refs.length; k++) {
    // k is within refs, and each ⟨n⟩ numbers a token of dates.
    const ref = refs[k] as RegExpMatchArray;
    const from = dates[Number(ref[1])] as DateToken;
    const first = used(from);
    const next = refs[k + 1];
    const between = next ? part.slice((ref.index ?? 0) + ref[0].length, next.index) : '';
    if (next && RANGE_SEPARATOR.test(between)) {
      // Each ⟨n⟩ numbers a token of dates.
      const to = dates[Number(next[1])] as DateToken;
      const last = used(to);
      if (last < first) {
        throw invalidNotice(
          { en: `the range ${from.text}${between}${to.text} runs backwards`, zh: `日期范围“${from.text}${between}${to.text}”的结束日早于开始日` },
          { en: 'a range whose last day is not before its first', zh: '结束日不早于开始日的日期范围' },
          clause,
        );
      }
      ranges.push([first, last]);
      k++;
    } else ranges.push([first, first]);
  }
  return ranges;
}

/** Drops ranges inside another (2015: 「9月3日全国放假1天」 then 「9月3日至5日调休放假」); keeps the order of the rest. */
function withoutContained(ranges: readonly [number, number][]): [number, number][] {
  const unique = ranges.filter((r, i) => ranges.findIndex((o) => o[0] === r[0] && o[1] === r[1]) === i);
  return unique.filter((r) => !unique.some((o) => o !== r && o[0] <= r[0] && o[1] >= r[1])).sort((a, b) => a[0] - b[0]);
}

/**
 * Reads one holiday item of a notice: its holidays (from its head 「二、春节：」, or the title), its rest days
 * (every date or range a clause gives before 放假, 调休放假 or 补休; 「延长…假期至X」 extends the arrangement in
 * force to X) and its make-up days (every date of a clause that ends in 上班, except 「…起正常上班」).
 *
 * @param quote - The item as written, whitespace removed; kept verbatim as the arrangement's `quote`.
 * @throws {@link InvalidNoticeError} INVALID_NOTICE naming the item and what was expected.
 *
 * @internal
 */
export function readNoticeItem(quote: string, context: ItemContext): HolidayArrangement {
  const text = foldNoticeText(quote);
  const head = /^[一二三四五六七八九十]{1,3}、([^:]{1,40}?):/u.exec(text);
  const keys = holidayKeysIn(head?.[1] ?? context.title);
  const [key, ...alsoKeys] = keys;
  if (key === undefined) {
    throw invalidNotice(
      { en: 'the item does not name its holiday', zh: '该项没有写明是哪个节日' },
      { en: 'an item such as 「二、春节：…」, or the title of the notice as an option', zh: '形如「二、春节：…」的条目' },
      quote,
    );
  }
  const body = head ? text.slice(head[0].length) : text;
  const { skeleton, dates } = tokenize(body, context.year, key === 'new_year', quote);
  let rest: [number, number][] = [];
  const makeup: number[] = [];
  /** Weekend days 「…两个公休日调至…」 moves away: worked unless the block itself rests them (2008 国庆节 says no 上班). */
  const swappedAway: number[] = [];
  for (const clause of skeleton.split(/[,;。:]/u)) {
    const extension = /延长.*?假期至⟨(\d+)⟩/u.exec(clause);
    if (extension) {
      const base = context.baseOf(key);
      if (!base || base.rest.length === 0) {
        const name = HOLIDAY_NAMES[key].zh;
        throw invalidNotice(
          { en: `nothing to extend: ${context.year} has no ${key} arrangement yet`, zh: `无从延长：${context.year}年尚无${name}的放假安排` },
          { en: 'the schedule this notice amends', zh: '先有本通知所调整的放假安排' },
          quote,
        );
      }
      // Each ⟨n⟩ numbers a token of dates.
      const to = used(dates[Number(extension[1])] as DateToken);
      const from = Math.min(...base.rest.map(([f]) => f));
      rest.push([from, Math.max(to, from)]);
      makeup.push(...base.makeup.filter((d) => d < from || d > to));
      continue;
    }
    const verb = REST_VERB.exec(clause);
    if (verb) rest.push(...rangesIn(clause.slice(0, verb.index), dates, quote));
    const swap = /公休日(?:及[^⟨]*?)?(?:分别)?调至/u.exec(clause);
    if (swap) for (const [day] of rangesIn(clause.slice(0, swap.index), dates, quote)) swappedAway.push(day);
    if (/上班/u.test(clause) && !/起正常上班|正常上班/u.test(clause)) {
      for (const [day] of rangesIn(clause, dates, quote)) makeup.push(day);
    }
  }
  rest = withoutContained(rest);
  if (rest.length === 0) {
    throw invalidNotice(
      { en: 'the item gives no rest days', zh: '该项没有写明放假日期' },
      { en: 'a date or range followed by 放假, e.g. 「10月1日至7日放假调休，共7天。」', zh: '日期或日期范围后接“放假”，如「10月1日至7日放假调休，共7天。」' },
      quote,
    );
  }
  makeup.push(...swappedAway.filter((day) => !rest.some(([f, t]) => day >= f && day <= t)));
  const total = /共(\d+)天/u.exec(skeleton);
  const days = rest.reduce((n, [f, t]) => n + t - f + 1, 0);
  if (total && Number(total[1]) !== days) {
    throw invalidNotice(
      { en: `the rest days add up to ${days}, not the 共${total[1]}天 the item says`, zh: `放假日期合计${days}天，与文中的“共${total[1]}天”不符` },
      { en: 'a total that matches the dates', zh: '天数合计与日期相符' },
      quote,
    );
  }
  return {
    key,
    ...(alsoKeys.length > 0 ? { alsoKeys } : {}),
    rest: rest.map(([from, to]) => ({ from: formatIsoDay(from), to: formatIsoDay(to) })),
    makeup: [...new Set(makeup)].sort((a, b) => a - b).map(formatIsoDay),
    quote,
  };
}
