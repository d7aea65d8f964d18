import { readFileSync, readdirSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createCalendar, isYingshangError, parseNotice, type ScheduleYear } from '../../../src/calendar/index.js';
import { untyped } from '../../fixtures/untyped.js';

const SEEDS = new URL('../../../seeds/calendar/cn/', import.meta.url);
const NOTICES = new URL('../../../seeds/calendar/notices/', import.meta.url);

function seed(year: number): ScheduleYear {
  const schedule = JSON.parse(readFileSync(new URL(`${year}.json`, SEEDS), 'utf8')) as ScheduleYear;
  delete (schedule as { $schema?: string }).$schema;
  // Where a seed's publishedOn was verified is an editor's note, not something a notice's text says.
  for (const notice of schedule.notices) delete (notice as { publishedOnSource?: string }).publishedOnSource;
  return schedule;
}
const noticeText = (name: string): string => readFileSync(new URL(`${name}.txt`, NOTICES), 'utf8');
const SEED_YEARS = readdirSync(SEEDS).map((f) => Number(f.slice(0, 4)));

/** The error code and message a call ends in. */
function failure(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (error) {
    if (isYingshangError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected an error');
}

const META = { year: 2027, title: '国务院办公厅关于2027年部分节假日安排的通知（测试）', docNo: 'TEST-2027', publishedOn: '2026-11-20', url: 'https://example.org/2027' };

describe('parseNotice reads every sentence of the seeds back', () => {
  for (const year of SEED_YEARS) {
    const schedule = seed(year);
    schedule.notices.forEach((notice, n) => {
      for (const holiday of notice.holidays) {
        if (holiday.quote === undefined) continue;
        it(`${year} ${notice.kind} ${holiday.key}`, () => {
          const { title, docNo, publishedOn, url } = notice;
          const amends = notice.kind === 'amendment' ? { amends: { year, notices: schedule.notices.slice(0, n) } } : {};
          const parsed = parseNotice(holiday.quote as string, { year, title, docNo, publishedOn, url, ...amends });
          expect(parsed.schedule.notices.at(-1)?.holidays).toEqual([holiday]);
        });
      }
    });
  }
});

describe('parseNotice reads whole notices to exactly their seed', () => {
  it.each([2017, 2025, 2026])('the %i notice', (year) => {
    const expected = seed(year);
    const parsed = parseNotice(noticeText(String(year)), { url: expected.notices[0]?.url as string });
    expect(parsed.schedule).toEqual(expected);
  });

  it('the 2020 notice and its amendment (the 春节 extension)', () => {
    const expected = seed(2020);
    const [schedule, amendment] = expected.notices;
    const first = parseNotice(noticeText('2020'), { url: schedule?.url as string });
    expect(first.schedule).toEqual({ year: 2020, notices: [schedule] });
    const second = parseNotice(noticeText('2020-amendment'), { url: amendment?.url as string, publishedOn: '2020-01-27', amends: first.schedule });
    expect(second.schedule).toEqual(expected);
    // Without `amends`, the built-in schedule of 2020 (without its quotes) is the one amended.
    const builtIn = parseNotice(noticeText('2020-amendment'), { url: amendment?.url as string, publishedOn: '2020-01-27' });
    expect(builtIn.schedule.notices[1]).toEqual(amendment);
    expect(builtIn.schedule.notices[0]?.holidays.map((h) => h.rest)).toEqual(schedule?.holidays.map((h) => h.rest));
  });

  it('reads a notice pasted on one line, or with CRLF line ends and indentation', () => {
    const expected = seed(2025);
    const url = expected.notices[0]?.url as string;
    const days = (text: string) => parseNotice(text, { url }).schedule.notices[0]?.holidays.map(({ quote: _, ...h }) => h);
    const want = expected.notices[0]?.holidays.map(({ quote: _, ...h }) => h);
    expect(days(noticeText('2025').replace(/\n+/gu, ''))).toEqual(want);
    expect(parseNotice(noticeText('2025').replace(/\n/gu, '\r\n  '), { url }).schedule).toEqual(expected);
  });

  it.each([
    [2015, '国发明电〔2015〕1号', '2015年5月13日'],
    [2019, '国办发明电〔2019〕3号', '2019年3月22日'],
  ])('reads the %i amendment (title, number, its sentence, signature) to its seed', (year, docNo, signed) => {
    const expected = seed(year);
    const amendment = expected.notices[1];
    const text = [amendment?.title, docNo, amendment?.holidays[0]?.quote, '国务院', signed].join('\n');
    expect(parseNotice(text, { url: amendment?.url as string }).schedule.notices[1]).toEqual(amendment);
  });

  it('finds no difference from the projection in 2025 and 2026 (the projection was back-tested on them), and none is computed before 2025', () => {
    expect(parseNotice(noticeText('2025'), { url: 'https://example.org' }).differencesFromProjection).toEqual([]);
    expect(parseNotice(noticeText('2026'), { url: 'https://example.org' }).differencesFromProjection).toEqual([]);
    expect(parseNotice(noticeText('2017'), { url: 'https://example.org' }).differencesFromProjection).toBeNull();
  });

  it('names the days a 2027 notice arranges differently from the projection', () => {
    // The projection rests 2027-01-01 (Friday) to 01-03; a notice resting 1月1日 alone leaves the weekend ordinary.
    const { differencesFromProjection } = parseNotice('一、元旦：1月1日（周五）放假1天，与周末连休。', META);
    expect(differencesFromProjection).toEqual([
      { date: '2027-01-02', notice: 'weekend', projection: 'holiday' },
      { date: '2027-01-03', notice: 'weekend', projection: 'holiday' },
    ]);
  });

  it('gives a schedule createCalendar takes', () => {
    const { schedule } = parseNotice('一、元旦：1月1日（周五）至3日（周日）放假，共3天。', META);
    const calendar = createCalendar({ schedules: [schedule] });
    expect(calendar.getDayInfo('2027-01-03')).toMatchObject({ kind: 'holiday', statutory: false, source: { docNo: 'TEST-2027' } });
    expect(calendar.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
  });
});

describe('parseNotice reads the forms of every period', () => {
  it('reads several make-up days in one sentence, 星期 and 周, and dates in the year before', () => {
    const { schedule } = parseNotice('一、元旦：2026年12月31日（周四）至2027年1月2日（星期六）放假调休，共3天。2026年12月27日（星期日）、1月9日（周六）上班。', META);
    expect(schedule.notices[0]?.holidays[0]).toMatchObject({ rest: [{ from: '2026-12-31', to: '2027-01-02' }], makeup: ['2026-12-27', '2027-01-09'] });
  });

  it('reads 「…放假，…补休」 as two rest ranges and 不调休 as none', () => {
    const { schedule } = parseNotice('一、元旦：1月1日放假1天，不调休。\n二、清明节：4月5日放假，4月6日（星期二）补休。', META);
    expect(schedule.notices[0]?.holidays.map((h) => [h.key, h.rest, h.makeup])).toEqual([
      ['new_year', [{ from: '2027-01-01', to: '2027-01-01' }], []],
      ['qingming', [{ from: '2027-04-05', to: '2027-04-05' }, { from: '2027-04-06', to: '2027-04-06' }], []],
    ]);
  });

  const ITEMS = '一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n二、春节：2月5日（农历除夕、周五）至13日（周六）放假调休，共9天。1月31日（周日）、2月14日（周日）上班。';

  test.prop([fc.array(fc.constantFrom(' ', '\n', '\u3000', '\t'), { maxLength: 3 }), fc.nat()])('gives the same days with stray whitespace', (spaces, at) => {
    const positions = Array.from(ITEMS).map((ch, i) => (ch === '\n' ? -1 : i)).filter((i) => i > 0);
    const i = positions[at % positions.length] as number;
    const spaced = ITEMS.slice(0, i) + spaces.join('').replace(/\n/gu, ' ') + ITEMS.slice(i);
    expect(parseNotice(spaced, META)).toEqual(parseNotice(ITEMS, META));
  });

  it('gives the same days in full- and half-width forms', () => {
    const half = ITEMS.replace(/（/gu, '(').replace(/）/gu, ')').replace(/，/gu, ',').replace(/：/gu, ':');
    const full = ITEMS.replace(/[0-9]/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const days = (text: string) => parseNotice(text, META).schedule.notices[0]?.holidays.map(({ quote: _, ...h }) => h);
    expect(days(half)).toEqual(days(ITEMS));
    expect(days(full)).toEqual(days(ITEMS));
  });

  it('reads a copy in traditional characters (國務院辦公廳…春節…調休)', () => {
    const url = 'https://example.org';
    const traditional = noticeText('2026').replace(/国/gu, '國').replace(/务/gu, '務').replace(/办/gu, '辦').replace(/厅/gu, '廳').replace(/关/gu, '關').replace(/节/gu, '節').replace(/劳动/gu, '勞動').replace(/庆/gu, '慶').replace(/调/gu, '調').replace(/发/gu, '發').replace(/电/gu, '電').replace(/号/gu, '號');
    const parsed = parseNotice(traditional, { url }).schedule;
    const expected = seed(2026);
    expect(parsed.notices[0]?.docNo).toBe(expected.notices[0]?.docNo);
    expect(parsed.notices[0]?.holidays.map(({ quote: _, ...h }) => h)).toEqual(expected.notices[0]?.holidays.map(({ quote: _, ...h }) => h));
  });
});

describe('parseNotice refuses what it cannot read', () => {
  it.each([
    ['a day that does not exist', '一、元旦：2月30日放假。', /2027年2月30日 does not exist in 「一、元旦：2月30日放假。」/u],
    ['a range running backwards', '一、元旦：1月3日至1日放假，共3天。', /runs backwards/u],
    ['an item with no dates', '一、元旦：放假，共1天。', /no holiday item found|gives no rest days/u],
    ['a make-up day on a Tuesday', '一、元旦：1月1日至3日放假，共3天。1月5日上班。', /2027-01-05 is a weekday.*「一、元旦：1月1日至3日放假，共3天。1月5日上班。」/u],
    ['a weekday that is wrong', '一、元旦：1月1日（周四）放假。', /2027-01-01 is a 星期五, not the 星期四/u],
    ['a total that does not add up', '一、元旦：1月1日至3日放假，共4天。', /add up to 3, not the 共4天/u],
    ['a statutory day made a working day', '一、劳动节：5月1日（周六）放假，共1天。5月2日（周日）上班。', /2027-05-02 is a statutory holiday \(劳动节\)/u],
    ['two blocks that overlap', '一、元旦：1月1日至3日放假，共3天。\n二、春节：1月3日放假。', /2027-01-03 is claimed by both/u],
    ['an item that names no holiday', '一、1月1日放假。', /does not name its holiday/u],
    ['text that is no notice', '今天天气很好。', /no holiday item found/u],
  ])('%s', (_, text, message) => {
    const error = failure(() => parseNotice(text, { ...META, title: 'T' }));
    expect(error.code).toBe('INVALID_NOTICE');
    expect(error.message).toMatch(message);
  });

  it('asks for the fields the text does not give', () => {
    expect(failure(() => parseNotice('一、元旦：1月1日放假。', { year: 2027 })).message).toMatch(/does not give the notice's title, docNo, publishedOn, url/u);
    expect(failure(() => parseNotice('一、元旦：1月1日放假。', { title: 'T', docNo: 'D', publishedOn: '2026-11-20', url: 'https://example.org' })).message).toMatch(/does not say which year/u);
  });

  it('refuses a whole notice that leaves out a statutory holiday', () => {
    const text = noticeText('2026').replace(/三、清明节：[^\n]*\n/u, '');
    expect(failure(() => parseNotice(text, { url: 'https://example.org' })).message).toMatch(/no item for 清明节/u);
  });

  it('refuses arguments that are not a text and options', () => {
    expect(failure(() => parseNotice(untyped(42))).code).toBe('INVALID_ARGUMENT');
    expect(failure(() => parseNotice('x', untyped({ colour: 'red' }))).code).toBe('INVALID_ARGUMENT');
  });
});
