import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCalendar, getDayInfo, holidaysOf, toHolidayRecords } from '../../src/calendar/index.js';
import { evaluate, explain } from '../../src/rules/index.js';

const NOTICE_2020 = '国办发明电〔2019〕16号'; // 「二、春节：1月24日至30日放假调休，共7天。1月19日（星期日）、2月1日（星期六）上班。」
const EXTENSION = '国办发明电〔2020〕1号'; // 「延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。」
const NOTICE_2019 = '国办发明电〔2018〕15号'; // 「四、劳动节：5月1日放假。」
const LABOUR_2019 = '国办发明电〔2019〕3号'; // 「2019年5月1日至4日放假调休，共4天。4月28日（星期日）、5月5日（星期日）上班。」
const VICTORY_2015 = '国发明电〔2015〕1号'; // 「9月3日至5日调休放假，共3天。…9月6日（星期日）上班。」

const docNos = (date: string, calendar = { getDayInfo }): [string | undefined, (string | undefined)[]] => {
  const info = calendar.getDayInfo(date);
  return [info.source?.docNo, (info.history ?? []).map((n) => n.docNo)];
};

describe('each day cites the notice that set its status, and carries the notices of its holiday in its history', () => {
  it('2020: the 2019 notice for 01-24…01-30 and the make-up day 01-19; the extension for 01-31…02-02 and the cancelled make-up day 02-01', () => {
    for (const date of ['2020-01-19', '2020-01-24', '2020-01-25', '2020-01-30']) expect(docNos(date), date).toEqual([NOTICE_2020, [NOTICE_2020, EXTENSION]]);
    for (const date of ['2020-01-31', '2020-02-01', '2020-02-02']) expect(docNos(date), date).toEqual([EXTENSION, [NOTICE_2020, EXTENSION]]);
    expect(getDayInfo('2020-01-19').kind).toBe('makeup_workday');
    expect(getDayInfo('2020-02-01').kind).toBe('holiday');
    // The holiday 2020 had no amendment: one notice.
    expect(docNos('2020-10-01')).toEqual([NOTICE_2020, [NOTICE_2020]]);
  });

  it('2020 as known before the extension: every day of the block is the 2019 notice’s, 02-01 a make-up day', () => {
    const before = createCalendar({ asKnownOn: '2020-01-26' });
    expect(docNos('2020-01-24', before)).toEqual([NOTICE_2020, [NOTICE_2020]]);
    expect(before.getDayInfo('2020-02-01')).toMatchObject({ kind: 'makeup_workday', source: { docNo: NOTICE_2020 } });
    expect(before.getDayInfo('2020-01-31').kind).toBe('workday');
  });

  it('2019: 05-01 stays the schedule’s, the days the amendment added are the amendment’s', () => {
    expect(docNos('2019-05-01')).toEqual([NOTICE_2019, [NOTICE_2019, LABOUR_2019]]);
    for (const date of ['2019-04-28', '2019-05-02', '2019-05-03', '2019-05-04', '2019-05-05']) expect(docNos(date), date).toEqual([LABOUR_2019, [NOTICE_2019, LABOUR_2019]]);
  });

  it('2015: the days of the holiday the amendment added are the amendment’s; the other holidays keep the schedule', () => {
    for (const date of ['2015-09-03', '2015-09-04', '2015-09-05', '2015-09-06']) expect(docNos(date), date).toEqual([VICTORY_2015, [VICTORY_2015]]);
    expect(docNos('2015-10-01')).toEqual(['国办发明电〔2014〕28号', ['国办发明电〔2014〕28号']]);
  });

  it('cites the same notice in the holiday records, the ICS runs and the explanations', () => {
    const records = toHolidayRecords({ from: '2020-01-19', to: '2020-02-02' });
    expect(records.map((r) => [r.date, r.noticeDocNo])).toEqual(records.map((r) => [r.date, getDayInfo(r.date).source?.docNo]));
    const explanation = explain(evaluate('m15-payment', { start: '2020-01-20', asOf: '2020-01-21' }));
    expect(explanation).toContain(`1月24日至30日春节放假（${NOTICE_2020}）不计，1月31日至2月2日春节放假（${EXTENSION}）不计`);
    expect(holidaysOf(2020).find((b) => b.key === 'spring_festival')?.notice.docNo).toBe(EXTENSION);
  });

  // Independent of the index: from the seeds (the notices' transcription), for every year with an amendment, the
  // notice that set each day is the earliest one from which every later notice of its holiday gave the day that status.
  const amendedYears = Array.from({ length: 23 }, (_, k) => 2004 + k).filter((year) => seedOf(year).notices.some((n) => n.kind === 'amendment'));

  it('knows the amended years', () => {
    expect(amendedYears).toEqual([2015, 2019, 2020]);
  });

  it.each(amendedYears)('%i: every rest and make-up day a notice lists cites the notice that set it', (year) => {
    const notices = seedOf(year).notices;
    const keys = new Set(notices.flatMap((n) => n.holidays.map((h) => h.key)));
    for (const key of keys) {
      const versions = notices.flatMap((n) => n.holidays.filter((h) => h.key === key).map((h) => ({ docNo: n.docNo, statusOf: statusOf(h) })));
      const inForce = versions[versions.length - 1];
      if (inForce === undefined) continue;
      const days = new Set([...inForce.statusOf.keys()]);
      for (const day of days) {
        const status = inForce.statusOf.get(day);
        let setter = versions.length - 1;
        while (setter > 0 && versions[setter - 1]?.statusOf.get(day) === status) setter--;
        expect(docNos(day), `${day} (${key})`).toEqual([versions[setter]?.docNo, versions.map((v) => v.docNo)]);
      }
    }
  });
});

interface Seed {
  notices: { kind: string; docNo: string; holidays: { key: string; rest: { from: string; to: string }[]; makeup: string[] }[] }[];
}

function seedOf(year: number): Seed {
  return JSON.parse(readFileSync(new URL(`../../seeds/calendar/cn/${year}.json`, import.meta.url), 'utf8')) as Seed;
}

/** Each day an arrangement lists: 'rest' or 'makeup'. */
function statusOf(arrangement: Seed['notices'][number]['holidays'][number]): Map<string, 'rest' | 'makeup'> {
  const status = new Map<string, 'rest' | 'makeup'>();
  for (const { from, to } of arrangement.rest) {
    for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) status.set(new Date(t).toISOString().slice(0, 10), 'rest');
  }
  for (const day of arrangement.makeup) status.set(day, 'makeup');
  return status;
}
