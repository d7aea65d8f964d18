import { daysFromCivil, formatIsoDay, parseIsoDay } from '../_internal/dayNumber.js';
import type { CompiledArrangement, CompiledNotice } from './compileSchedule.js';
import { HOLIDAY_KEYS, type HolidayKey } from './holidayKeys.js';

/**
 * A notice packed for the generated table: `[year, kind, issuer, title, docNo, publishedOn, url, holidays]`.
 * An empty issuer or title stands for the usual ones (国务院办公厅, 国务院办公厅关于<year>年部分节假日安排的通知), an
 * empty url for the zh.wikisource page named after the title, a docNo of digits alone for that number of
 * 国办发明电 in the year of publication (`53` published in 2003: 国办发明电〔2003〕53号).
 * `holidays` is `arrangement;arrangement…`, each `keys:rest:makeup`, or `keys:rest:makeup:w` when the notice joins
 * the rest days to the weekend (`joinsWeekend`): keys as digits (indices into HOLIDAY_KEYS), rest ranges `from-to`
 * and make-up days separated by commas; every day, `publishedOn` included, is a base-36
 * offset from 1 December of the year before. About half the gzipped size of the same data as JSON objects.
 */
export type PackedNotice = readonly [number, 's' | 'a', string, string, string, string, string, string];

const ISSUER = '国务院办公厅';
const title = (year: number): string => `国务院办公厅关于${year}年部分节假日安排的通知`;
const origin = (year: number): number => daysFromCivil(year - 1, 12, 1);
const wikisource = (noticeTitle: string): string => `https://zh.wikisource.org/wiki/${encodeURIComponent(noticeTitle)}`;
const usualDocNo = (publishedOn: string, number: string): string => `国办发明电〔${publishedOn.slice(0, 4)}〕${number}号`;

/**
 * Packs a compiled notice (used by the table generator).
 *
 * @internal
 */
export function packNotice(n: CompiledNotice): PackedNotice {
  const o = origin(n.year);
  const day = (d: number): string => (d - o).toString(36);
  const holidays = n.holidays
    .map((h) =>
      [h.keys.map((k) => HOLIDAY_KEYS.indexOf(k)).join(''), h.rest.map(([a, b]) => `${day(a)}-${day(b)}`).join(','), h.makeup.map(day).join(','), ...(h.joinsWeekend ? ['w'] : [])].join(':'),
    )
    .join(';');
  const number = /〔\d{4}〕(\d+)号$/.exec(n.docNo)?.[1];
  return [
    n.year,
    n.kind === 'schedule' ? 's' : 'a',
    n.issuer === ISSUER ? '' : n.issuer,
    n.title === title(n.year) ? '' : n.title,
    number !== undefined && n.docNo === usualDocNo(n.publishedOn, number) ? number : n.docNo,
    day(parseIsoDay(n.publishedOn)),
    n.url === wikisource(n.title) ? '' : n.url,
    holidays,
  ];
}

/**
 * Unpacks a notice of the generated table.
 *
 * @internal
 */
export function unpackNotice([year, kind, issuer, noticeTitle, docNo, publishedOn, url, holidays]: PackedNotice): CompiledNotice {
  const o = origin(year);
  const fullTitle = noticeTitle || title(year);
  const day = (s: string): number => o + parseInt(s, 36);
  const published = formatIsoDay(day(publishedOn));
  const list = (s: string): string[] => (s === '' ? [] : s.split(','));
  return {
    year,
    kind: kind === 's' ? 'schedule' : 'amendment',
    issuer: issuer || ISSUER,
    title: fullTitle,
    docNo: /^\d+$/.test(docNo) ? usualDocNo(published, docNo) : docNo,
    publishedOn: published,
    url: url || wikisource(fullTitle),
    holidays: holidays.split(';').map((h): CompiledArrangement => {
      const [keys = '', rest = '', makeup = '', weekend = ''] = h.split(':');
      return {
        // The codec writes indices of HOLIDAY_KEYS only.
        keys: Array.from(keys, (k) => HOLIDAY_KEYS[Number(k)] as HolidayKey),
        rest: list(rest).map((r) => {
          const [a = '', b = ''] = r.split('-');
          return [day(a), day(b)] as const;
        }),
        makeup: list(makeup).map(day),
        joinsWeekend: weekend === 'w',
      };
    }),
  };
}
