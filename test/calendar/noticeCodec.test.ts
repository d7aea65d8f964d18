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
      holidays: [{ keys: ['national_day', 'mid_autumn'] as const, rest: [[16681, 16683] as const, [16685, 16685] as const], makeup: [16405, 16831] }],
    };
    expect(unpackNotice(packNotice(odd))).toEqual(odd);
  });
});
