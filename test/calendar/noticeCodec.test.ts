import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSchedule } from '../../src/calendar/compileSchedule.js';
import { packNotice, unpackNotice } from '../../src/calendar/noticeCodec.js';
import { OFFICIAL_NOTICES } from '../../src/calendar/officialNotices.js';
import { ScheduleYearSchema } from '../../src/calendar/scheduleSchema.js';

const seedDir = new URL('../../seeds/calendar/cn/', import.meta.url);
const fromSeeds = readdirSync(seedDir)
  .filter((f) => /^\d{4}\.json$/.test(f))
  .sort()
  .flatMap((f) => compileSchedule(ScheduleYearSchema.parse(JSON.parse(readFileSync(new URL(f, seedDir), 'utf8')))));

describe('the packed notice table', () => {
  it('unpacks to exactly the notices compiled from the seeds', () => {
    expect(OFFICIAL_NOTICES).toEqual(fromSeeds);
  });

  it('round-trips a notice with an unusual issuer and title, merged keys and days at both ends of its window', () => {
    const odd = {
      year: 2015,
      kind: 'amendment' as const,
      issuer: '国务院',
      title: '国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知',
      docNo: '国发明电〔2015〕1号',
      publishedOn: '2015-05-13',
      url: 'https://example.org/x',
      // Days at both ends of the window a schedule may use: 2014-12-01 (16405) and 2016-01-31 (16831).
      holidays: [
        { keys: ['national_day', 'mid_autumn'] as const, rest: [[16681, 16683] as const, [16685, 16685] as const], makeup: [16405, 16831], joinsWeekend: false },
        // 「与周末连休」 (joinsWeekend) survives packing.
        { keys: ['qingming'] as const, rest: [[16530, 16530] as const], makeup: [], joinsWeekend: true },
      ],
    };
    expect(unpackNotice(packNotice(odd))).toEqual(odd);
  });

  it('packs a zh.wikisource url named after the title as empty, and only that url', () => {
    const notice = OFFICIAL_NOTICES.find((n) => n.year === 2004);
    expect(notice?.url).toBe('https://zh.wikisource.org/wiki/%E5%9B%BD%E5%8A%A1%E9%99%A2%E5%8A%9E%E5%85%AC%E5%8E%85%E5%85%B3%E4%BA%8E2004%E5%B9%B4%E9%83%A8%E5%88%86%E8%8A%82%E5%81%87%E6%97%A5%E5%AE%89%E6%8E%92%E7%9A%84%E9%80%9A%E7%9F%A5');
    if (notice === undefined) return;
    expect(packNotice(notice)[6]).toBe('');
    const elsewhere = { ...notice, url: 'https://zh.wikisource.org/wiki/Another_page' };
    expect(packNotice(elsewhere)[6]).toBe(elsewhere.url);
    expect(unpackNotice(packNotice(elsewhere))).toEqual(elsewhere);
  });

  it('packs a 国办发明电 number of the year of publication as its digits, any other docNo as it is', () => {
    const notice = OFFICIAL_NOTICES.find((n) => n.year === 2024);
    expect(notice).toMatchObject({ docNo: '国办发明电〔2023〕7号', publishedOn: '2023-10-25' });
    if (notice === undefined) return;
    expect(packNotice(notice)[4]).toBe('7');
    for (const docNo of ['国办发明电〔2024〕7号', '国发明电〔2023〕7号']) {
      const other = { ...notice, docNo };
      expect(packNotice(other)[4]).toBe(docNo);
      expect(unpackNotice(packNotice(other))).toEqual(other);
    }
  });
});
