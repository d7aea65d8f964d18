/** A notice's text cut into its parts: the header lines and each holiday item, verbatim. */
export interface NoticeText {
  /** The whole text with every space and line break removed and full-width forms folded (NFKC), for the metadata. */
  readonly flat: string;
  /** Each holiday item (「一、元旦：…」, or the paragraph of an unnumbered notice), whitespace removed, as written. */
  readonly items: readonly string[];
}

const ITEM_MARKER = /(?:^|(?<=[\n。：:][ \t\u3000]*))([一二三四五六七八九十]{1,3})、/gu;
/** A day of a month, in either width: what every item and make-up sentence contains. */
const HAS_DAY = /[0-9０-９]{1,2}\s*[日]/u;
const WHITESPACE = /[\s\u200b\ufeff]+/gu;

/** Where the paragraph that goes on from `from` ends: at the first 。 and line break followed by a line without a date. */
function paragraphEnd(text: string, from: number): number {
  const breaks = /。[ \t\u3000]*\r?\n/gu;
  breaks.lastIndex = from;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    const nextLine = /^[^\n]*/u.exec(text.slice(breaks.lastIndex).replace(/^\s+/u, ''))?.[0] ?? '';
    if (!HAS_DAY.test(nextLine)) return m.index + 1;
  }
  return text.length;
}

/**
 * Cuts a notice into its numbered holiday items (「一、」「二、」…, at a line start or after 。/：), each running to the
 * next item, the last one to the end of its paragraph (a line break after 。 followed by a line without a date).
 * A notice without numbered items (the 2015 抗战胜利纪念日 notice) has one item: the first paragraph that says
 * 放假 with a date.
 */
export function splitNoticeText(original: string): NoticeText {
  // Spaces carry nothing in Chinese text: only line breaks are kept, for the paragraphs.
  const text = original.replace(/[^\S\n]+|[\u200b\ufeff]/gu, '');
  const flat = text.normalize('NFKC').replace(WHITESPACE, '');
  const markers = [...text.matchAll(ITEM_MARKER)];
  const items: string[] = [];
  markers.forEach((m, k) => {
    const start = m.index ?? 0;
    const next = markers[k + 1];
    const end = Math.min(next ? (next.index ?? text.length) : text.length, paragraphEnd(text, start));
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
