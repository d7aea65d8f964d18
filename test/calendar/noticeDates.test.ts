import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCalendar, holidaysOf } from '../../src/calendar/index.js';

interface SeedNotice {
  readonly docNo: string;
  readonly publishedOn: string;
  readonly publishedOnSource?: string;
}

const dir = new URL('../../seeds/calendar/cn/', import.meta.url);
const seedNotices = readdirSync(dir)
  .filter((f) => /^\d{4}\.json$/.test(f))
  .flatMap((f) => (JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { notices: SeedNotice[] }).notices);

describe('the dates notices were issued', () => {
  it('dates the 2006 notice by its own text, 2005年12月16日, not by the later gov.cn news page of 12-22', () => {
    expect(holidaysOf(2006)[0]?.notice).toMatchObject({ docNo: '国办发明电〔2005〕35号', publishedOn: '2005-12-16' });
    // Known on 2005-12-20, the 2006 schedule was in force: Saturday 2005-12-31 is a working day.
    const known = createCalendar({ asKnownOn: '2005-12-20' });
    expect(known.calendarCoverage().to).toBe('2006-12-31');
    expect(known.isWorkingDay('2005-12-31')).toBe(true);
    expect(createCalendar({ asKnownOn: '2005-12-15' }).calendarCoverage().to).toBe('2005-12-31');
  });

  it('says for every built-in notice where its publishedOn comes from', () => {
    expect(seedNotices).toHaveLength(26);
    for (const notice of seedNotices) expect(notice.publishedOnSource, notice.docNo).toMatch(/\S/);
    const notice2006 = seedNotices.find((n) => n.docNo === '国办发明电〔2005〕35号');
    expect(notice2006?.publishedOnSource).toContain('2005年12月16日');
  });
});
