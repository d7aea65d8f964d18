/**
 * Cross-check: every covered day 2004-01-01..2026-12-31 of our calendar against an independent source, the
 * chinese-days package (see ./chineseDaysOracle.ts for how it is asked so that the host time zone does not
 * matter).
 *
 * The two must agree on every day except the intentional differences listed below. Each one is a day where
 * the State Council notice text says chinese-days is wrong; the entry carries that text and the notice's
 * document number, and the quote must be found in our seed for that notice. The test fails on any
 * difference that is not listed, and on any listed difference that no longer differs (or differs the other
 * way), so the list stays honest when either side changes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../src/calendar/index.js';
import { chineseDaysWorkdays, eachDay } from './chineseDaysOracle.js';

const FROM = '2004-01-01';
const TO = '2026-12-31';

interface IntentionalDifference {
  /** 'YYYY-MM-DD'. */
  readonly date: string;
  /** Our `isWorkingDay(date)`. */
  readonly ours: boolean;
  /** chinese-days' `isWorkday(date)`. */
  readonly theirs: boolean;
  /** The notice's own words that settle the day (verbatim, as in our seed's `quote`). */
  readonly noticeQuote: string;
  /** Document number of that notice. */
  readonly docNo: string;
}

/** Days on which we disagree with chinese-days on purpose, sorted by date. */
const INTENTIONAL_DIFFERENCES: readonly IntentionalDifference[] = [
  {
    // Saturday 31 December 2005 was worked: the 2006 notice moved it (with Sunday 1 January) to 2–3 January.
    // chinese-days has the 2006 New Year block but not this make-up day, so it answers "rest" (ordinary Saturday).
    date: '2005-12-31',
    ours: true,
    theirs: false,
    noticeQuote:
      '一、元旦：1月1日—3日放假，共3天。其中1月1日为法定假日，将12月31日（星期六）、1月1日（星期日）两个公休日调至1月2日（星期一）、3日（星期二），12月31日（星期六）上班。',
    docNo: '国办发明电〔2005〕35号',
  },
];

interface SeedNotice {
  readonly docNo: string;
  readonly holidays: readonly { readonly quote?: string }[];
}

function seedNotices(): SeedNotice[] {
  const dir = new URL('../../seeds/calendar/cn/', import.meta.url);
  return readdirSync(dir)
    .filter((file) => /^\d{4}\.json$/.test(file))
    .flatMap((file) => (JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { notices: SeedNotice[] }).notices);
}

let theirs: ReadonlyMap<string, boolean>;

beforeAll(() => {
  theirs = chineseDaysWorkdays(FROM, TO);
});

describe('cross-check of every covered day against chinese-days', () => {
  it('asks chinese-days about every day of the covered range', () => {
    expect(theirs.size).toBe(eachDay(FROM, TO).length);
    expect(theirs.size).toBe(8401);
  });

  it('agrees on every day 2004-01-01..2026-12-31 except the listed intentional differences', () => {
    const listed = new Set(INTENTIONAL_DIFFERENCES.map((d) => d.date));
    const unlisted: { date: string; ours: boolean; theirs: boolean | undefined }[] = [];
    for (const date of eachDay(FROM, TO)) {
      const ours = isWorkingDay(date);
      const other = theirs.get(date);
      if (ours !== other && !listed.has(date)) unlisted.push({ date, ours, theirs: other });
    }
    expect(unlisted).toEqual([]);
  });

  it('still differs on every listed day, exactly as recorded', () => {
    for (const d of INTENTIONAL_DIFFERENCES) {
      expect(d.ours, `${d.date}: a listed difference must have ours !== theirs`).not.toBe(d.theirs);
      expect({ date: d.date, ours: isWorkingDay(d.date), theirs: theirs.get(d.date) }).toEqual({ date: d.date, ours: d.ours, theirs: d.theirs });
    }
  });

  it('lists each difference once, in date order, inside the covered range', () => {
    const dates = INTENTIONAL_DIFFERENCES.map((d) => d.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
    for (const date of dates) expect(date >= FROM && date <= TO, date).toBe(true);
  });

  it('settles every listed difference with the words of a notice in our seeds', () => {
    const notices = seedNotices();
    for (const d of INTENTIONAL_DIFFERENCES) {
      const notice = notices.find((n) => n.docNo === d.docNo);
      expect(notice, `${d.date}: no seed notice ${d.docNo}`).toBeDefined();
      const quoted = notice?.holidays.some((h) => h.quote?.includes(d.noticeQuote)) ?? false;
      expect(quoted, `${d.date}: the quote is not in the seed of ${d.docNo}`).toBe(true);
    }
  });
});
