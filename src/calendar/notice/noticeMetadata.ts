import { daysFromCivil, formatIsoDay } from '../../_internal/dayNumber.js';
import { invalidNotice } from './invalidNotice.js';
import type { HolidayNotice } from '../scheduleSchema.js';
import type { ParseNoticeOptions } from './parseNoticeOptions.js';

/** The notice's fields, as a person names them. */
const METADATA_ZH: Readonly<Record<string, string>> = { title: '标题', docNo: '发文字号', publishedOn: '发布日期', url: '网址' };

/** The header of a notice: read from the text, or from the options where the text is silent. */
export type NoticeMetadata = Readonly<Pick<HolidayNotice, 'kind' | 'issuer' | 'title' | 'docNo' | 'publishedOn' | 'url'>>;

const TITLE = /国务院(?:办公厅)?关于.{2,60}?的通知/u;
const DOC_NO = /国(?:办)?发(?:明电)?〔\d{4}〕\d{1,3}号/u;
const URL = /https?:\/\/[\x21-\x7e]+/u;
/** A full date written out, as the signature (国务院办公厅 2024年11月12日) or a 发布日期 line. */
const FULL_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/gu;
const ISO_DATE = /(?:发布|成文)日期[:]?(\d{4})-(\d{2})-(\d{2})/u;

/** The `'YYYY-MM-DD'` of y-m-d, or undefined for an impossible date. */
function isoOf(y: number, m: number, d: number): string | undefined {
  const iso = formatIsoDay(daysFromCivil(y, m, d));
  return iso === `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` ? iso : undefined;
}

/** The publication day: a 发布日期/成文日期 line, or the last full date after the last item (the signature). */
function publishedOnOf(flat: string, afterItems: string): string | undefined {
  const iso = ISO_DATE.exec(flat);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dates = [...afterItems.matchAll(FULL_DATE)];
  const last = dates[dates.length - 1];
  return last ? isoOf(Number(last[1]), Number(last[2]), Number(last[3])) : undefined;
}

/**
 * Reads the header of a notice from its flattened text (`splitNoticeText().flat`), the options filling what the
 * text lacks or overriding it (a signature dated the day before publication, as in 国办发明电〔2020〕1号). A title with 调整, 延长 or 纪念日 makes an amendment.
 *
 * @throws {@link InvalidNoticeError} INVALID_NOTICE naming every field neither the text nor the options give.
 *
 * @internal
 */
export function noticeMetadata(flat: string, afterItems: string, options: ParseNoticeOptions): NoticeMetadata {
  const title = options.title ?? TITLE.exec(flat)?.[0];
  const docNo = options.docNo ?? DOC_NO.exec(flat)?.[0];
  const url = options.url ?? URL.exec(flat)?.[0];
  const publishedOn = options.publishedOn ?? publishedOnOf(flat, afterItems);
  const missing = Object.entries({ title, docNo, publishedOn, url })
    .filter(([, v]) => v === undefined)
    .map(([k]) => k);
  if (title === undefined || docNo === undefined || publishedOn === undefined || url === undefined) {
    const names = missing.map((k) => METADATA_ZH[k] ?? k).join('、');
    throw invalidNotice(
      { en: `the text does not give the notice's ${missing.join(', ')}`, zh: `文本中没有通知的${names}` },
      {
        en: `the whole notice as published, or the missing fields as options (${missing.map((k) => `\`${k}\``).join(', ')})`,
        zh: `发布的通知全文（含${names}）`,
      },
    );
  }
  const kind = /调整|延长|纪念日/u.test(title) ? 'amendment' : 'schedule';
  return { kind, issuer: title.startsWith('国务院办公厅') ? '国务院办公厅' : '国务院', title, docNo, publishedOn, url };
}
