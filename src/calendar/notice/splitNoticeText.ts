import { foldNoticeText } from './foldNoticeText.js';

/** A notice's text cut into its parts: the header lines and each holiday item, verbatim. */
export interface NoticeText {
  /** The whole text with every space and line break removed and folded (`foldNoticeText`), for the metadata. */
  readonly flat: string;
  /** Each holiday item (「一、元旦：…」, or the paragraph of an unnumbered notice), whitespace removed, as written. */
  readonly items: readonly string[];
}

const ITEM_MARKER = /(?:^|(?<=[\n。：:][ \t\u3000]*))([一二三四五六七八九十]{1,3})、/gu;
/** A day of a month, in either width: what every item and make-up sentence contains. */
const HAS_DAY = /[0-9０-９]{1,2}\s*[日]/u;
const WHITESPACE = /[\s\u200b\ufeff]+/gu;

/**
 * Where the item that starts at `from` ends: after the first 。 whose next sentence (up to the next 。 or line break)
 * has no date. Every sentence of an item has one; the closing paragraph (「节假日期间，…」) and the signature do not.
 */
function paragraphEnd(text: string, from: number): number {
  const stops = /。/gu;
  stops.lastIndex = from;
  for (let m = stops.exec(text); m; m = stops.exec(text)) {
    const next = text.slice(m.index + 1).replace(/^\s+/u, '').split(/[。\n]/u)[0] ?? '';
    if (!HAS_DAY.test(next)) return m.index + 1;
  }
  return text.length;
}

/**
 * Cuts a notice into its numbered holiday items (「一、」「二、」…, at a line start or after 。/：), each running to the
 * next item or to the end of its last dated sentence, whichever comes first (see `paragraphEnd`).
 * A notice without numbered items (the 2015 抗战胜利纪念日 notice) has one item: the first paragraph that says
 * 放假 with a date.
 *
 * @internal
 */
export function splitNoticeText(original: string): NoticeText {
  // Spaces carry nothing in Chinese text: only line breaks are kept, for the paragraphs.
  const text = original.replace(/[^\S\n]+|[\u200b\ufeff]/gu, '');
  const flat = foldNoticeText(text).replace(WHITESPACE, '');
  const markers = [...text.matchAll(ITEM_MARKER)];
  const items: string[] = [];
  markers.forEach((m, k) => {
    const start = m.index;
    const next = markers[k + 1];
    const end = Math.min(next ? next.index : text.length, paragraphEnd(text, start));
    const item = text.slice(start, end);
    // An item without a date (「二、各地大专院校…推迟开学」 in the 2020 notice) arranges nothing.
    if (HAS_DAY.test(item)) items.push(item.replace(WHITESPACE, ''));
  });
  if (items.length === 0) {
    const line = /^[^\n]*放\s*假[^\n]*$/gmu;
    for (let m = line.exec(text); m; m = line.exec(text)) {
      if (HAS_DAY.test(m[0])) {
        items.push(text.slice(m.index, paragraphEnd(text, m.index)).replace(WHITESPACE, ''));
        break;
      }
    }
  }
  return { flat, items };
}
