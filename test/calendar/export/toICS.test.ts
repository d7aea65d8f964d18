import { describe, expect, it } from 'vitest';
import { calendarCoverage, createCalendar, defaultCalendar, getDayInfo, holidaysOf, toICS } from '../../../src/calendar/index.js';
import { daysBetween, shiftDay } from './days.js';
import { readIcsEvents, type ParsedEvent } from './readIcsEvents.js';

const coverage = calendarCoverage();
const firstYear = Number(coverage.from.slice(0, 4));
const lastYear = Number(coverage.to.slice(0, 4));
const years = Array.from({ length: lastYear - firstYear + 1 }, (_, k) => firstYear + k);
/** Whether an event is the one that says the next year's notice may change the last days of December. */
const isNextNotice = (event: ParsedEvent): boolean => /-next-notice-\d{4}@yingshang$/.test(event.uid);
/** A feed with its holiday events only (the next-notice event is tested on its own below). */
function holidayEventsOf(ics: string): ReturnType<typeof readIcsEvents> {
  const parsed = readIcsEvents(ics);
  return { ...parsed, events: parsed.events.filter((e) => !isNextNotice(e)) };
}
const zh = holidayEventsOf(toICS());
const en = holidayEventsOf(toICS({ locale: 'en' }));

/** The holiday key and kind a UID names. */
function uidParts(event: ParsedEvent): { key: string; kind: 'holiday' | 'makeup_workday' } {
  const match = /^(\d{8})-([a-z0-9_]+)-(rest|makeup)@yingshang$/.exec(event.uid);
  if (!match) throw new Error(`unexpected UID ${event.uid}`);
  expect(match[1]).toBe(event.start.replace(/-/g, ''));
  return { key: match[2] as string, kind: match[3] === 'rest' ? 'holiday' : 'makeup_workday' };
}

describe('toICS', () => {
  it('is a VCALENDAR that ical.js reads, with VERSION 2.0, a PRODID and the Gregorian calendar scale', () => {
    expect(zh.properties).toMatchObject({ version: '2.0', calscale: 'GREGORIAN', 'x-wr-calname': '中国法定节假日安排' });
    expect(zh.properties['prodid']).toMatch(/^-\/\/yingshang\/\//);
    expect(en.properties['x-wr-calname']).toBe('China public holidays');
  });

  it('makes every event an all-day event whose days are all rest days, or one make-up day, of the block its UID names, with the notice that set them', () => {
    expect(zh.events.length).toBeGreaterThan(250);
    for (const event of zh.events) {
      expect(event.startIsDate && event.endIsDate).toBe(true);
      const { key, kind } = uidParts(event);
      const days = daysBetween(event.start, event.end);
      if (kind === 'makeup_workday') expect(days).toHaveLength(1);
      for (const day of days) {
        const info = getDayInfo(day);
        expect(info).toMatchObject({ kind, holiday: { key } });
        const notice = info.source;
        expect(notice).toBeDefined();
        expect(event.url).toBe(notice?.url);
        expect(event.description).toContain(notice?.docNo);
        expect(event.description).toContain(`《${notice?.title}》`);
        expect(event.dtstamp).toBe(`${notice?.publishedOn}T00:00:00Z|UTC`);
        expect(event.summary).toBe(`${info.holiday?.name.zh} ${kind === 'holiday' ? '放假' : '调休上班'}`);
        expect(event.status).toBe('CONFIRMED');
      }
    }
  });

  it('covers every rest day and make-up working day of every schedule year exactly once', () => {
    const eventDays = zh.events.flatMap((e) => daysBetween(e.start, e.end));
    const blockDays = years.flatMap((y) => holidaysOf(y).flatMap((b) => [...b.restDays, ...b.makeupDays]));
    expect(new Set(eventDays).size).toBe(eventDays.length);
    expect([...eventDays].sort()).toEqual([...blockDays].sort());
    const special = daysBetween(coverage.from, '2027-01-01').filter((d) => ['holiday', 'makeup_workday'].includes(getDayInfo(d).kind));
    expect([...eventDays].sort()).toEqual(special);
  });

  it('makes one event per run of consecutive rest days: the days just outside a rest event are not rest days of its block', () => {
    for (const event of zh.events.filter((e) => uidParts(e).kind === 'holiday')) {
      for (const outside of [shiftDay(event.start, -1), event.end]) {
        if (outside < coverage.from || outside > coverage.to) continue;
        const info = getDayInfo(outside);
        expect(info.kind === 'holiday' && info.holiday?.key === uidParts(event).key && info.source === getDayInfo(event.start).source).toBe(false);
      }
    }
    const qingming2014 = zh.events.filter((e) => e.uid.endsWith('-qingming-rest@yingshang') && e.start.startsWith('2014'));
    // The notice lists 04-05 and 04-07 (补休); Sunday 04-06 between them is part of the break: one event, DTEND exclusive.
    expect(qingming2014.map((e) => [e.start, e.end])).toEqual([['2014-04-05', '2014-04-08']]);
  });

  it('orders events by first day and gives each a unique UID that does not depend on the range or the language', () => {
    const starts = zh.events.map((e) => e.start);
    expect(starts).toEqual([...starts].sort());
    expect(new Set(zh.events.map((e) => e.uid)).size).toBe(zh.events.length);
    expect(en.events.map((e) => e.uid)).toEqual(zh.events.map((e) => e.uid));
    const october = readIcsEvents(toICS({ calendar: defaultCalendar, from: '2021-10-01', to: '2021-10-31' })).events;
    expect(october.map((e) => e.uid)).toEqual(['20211001-national_day-rest@yingshang', '20211009-national_day-makeup@yingshang']);
    expect(october).toEqual(zh.events.filter((e) => october.some((o) => o.uid === e.uid)));
  });

  it('includes an event when any of its days lies in the range, without cutting it', () => {
    const events = readIcsEvents(toICS({ from: '2008-01-01', to: '2008-01-01' })).events;
    expect(events.map((e) => [e.uid, e.start, e.end])).toEqual([['20071230-new_year-rest@yingshang', '2007-12-30', '2008-01-02']]);
    expect(readIcsEvents(toICS({ from: '2021-03-01', to: '2021-03-31' })).events).toEqual([]);
  });

  it('writes summaries and descriptions in the chosen language', () => {
    const byUid = new Map(en.events.map((e) => [e.uid, e]));
    expect(byUid.get('20211001-national_day-rest@yingshang')).toMatchObject({
      summary: 'National Day: days off',
      description: expect.stringMatching(/^Days off from 2021-10-01 to 2021-10-07, 7 days\.\nSource: 国务院办公厅关于2021年部分节假日安排的通知 \(国办发明电〔2020〕27号, published 2020-11-25\)\nhttp/) as unknown,
    });
    expect(byUid.get('20211009-national_day-makeup@yingshang')?.summary).toBe('National Day: make-up working day');
    // 2015: 5月1日 (Friday) announced, the weekend 05-02/03 joined to it: a break of 3 days.
    expect(byUid.get('20150501-labour_day-rest@yingshang')?.summary).toBe('Labour Day: days off');
    expect(byUid.get('20200101-new_year-rest@yingshang')?.summary).toBe("New Year's Day: day off");
    expect(zh.events.find((e) => e.uid === '20211009-national_day-makeup@yingshang')?.description).toMatch(/^2021-10-09（星期六）上班。\n依据：《/);
  });

  it('dates each event by the notice that set its days, so an amendment leaves the days it did not change as they were and adds the days it set', () => {
    const uid = '20200124-spring_festival-rest@yingshang';
    const known = readIcsEvents(toICS({ calendar: createCalendar({ asKnownOn: '2020-01-20' }), from: '2020-01-01', to: '2020-02-29' })).events;
    const before = known.find((e) => e.uid === uid);
    const after = zh.events.find((e) => e.uid === uid);
    // 国办发明电〔2019〕16号: 「1月24日至30日放假调休，共7天。1月19日（星期日）、2月1日（星期六）上班。」
    expect(before).toMatchObject({ start: '2020-01-24', end: '2020-01-31', sequence: 0, dtstamp: '2019-11-21T00:00:00Z|UTC' });
    expect(after).toMatchObject({ start: '2020-01-24', end: '2020-01-31', sequence: 0, dtstamp: '2019-11-21T00:00:00Z|UTC' });
    expect(after?.description).toContain('国办发明电〔2019〕16号');
    expect(after?.description).toMatch(/历次通知：国办发明电〔2019〕16号；国办发明电〔2020〕1号$/);
    // 国办发明电〔2020〕1号: 「延长2020年春节假期至2月2日」: its own event, 01-31…02-02, SEQUENCE 1 (the block's second notice).
    const extension = zh.events.find((e) => e.uid === '20200131-spring_festival-rest@yingshang');
    expect(extension).toMatchObject({ start: '2020-01-31', end: '2020-02-03', sequence: 1, dtstamp: '2020-01-27T00:00:00Z|UTC' });
    expect(extension?.description).toContain('国办发明电〔2020〕1号');
    // The 01-19 make-up day is the 2019 notice's; the 02-01 make-up day is gone.
    expect(zh.events.find((e) => e.uid === '20200119-spring_festival-makeup@yingshang')).toMatchObject({ sequence: 0, dtstamp: '2019-11-21T00:00:00Z|UTC' });
    expect(known.some((e) => e.uid === '20200201-spring_festival-makeup@yingshang')).toBe(true);
    expect(zh.events.some((e) => e.uid === '20200201-spring_festival-makeup@yingshang')).toBe(false);
  });

  it('marks the events of projected years as tentative and says so', () => {
    const calendar = createCalendar({ unpublishedYears: 'provisional' });
    const events = holidayEventsOf(toICS({ calendar, from: '2026-10-01', to: '2027-10-31' })).events;
    expect(events.filter((e) => e.status === 'TENTATIVE').map((e) => e.start)).toEqual(events.filter((e) => e.start >= '2027-01-01').map((e) => e.start));
    for (const event of events) {
      const provisional = calendar.getDayInfo(event.start).provisional === true;
      expect(event.status).toBe(provisional ? 'TENTATIVE' : 'CONFIRMED');
      expect(event.summary.endsWith('（推算）')).toBe(provisional);
      expect(event.description.startsWith('推算安排：尚无国务院办公厅通知')).toBe(provisional);
    }
  });

  it('adds one tentative event over 26–31 December of the last year with a notice, in both languages, in date order', () => {
    const [zhEvent] = readIcsEvents(toICS({ from: '2026-12-01', to: '2026-12-31' })).events.filter(isNextNotice);
    expect(zhEvent).toMatchObject({ uid: '20261226-next-notice-2027@yingshang', start: '2026-12-26', end: '2027-01-01', status: 'TENTATIVE' });
    expect(zhEvent?.summary).toContain('2027年放假安排尚未收录');
    expect(zhEvent?.description).toContain('2026年12月26日至31日');
    const [enEvent] = readIcsEvents(toICS({ from: '2026-12-31', to: '2026-12-31', locale: 'en' })).events.filter(isNextNotice);
    expect(enEvent?.summary).toBe('2027 holiday notice not yet published: may change these days');
    // Not before the range reaches those days, nor for a year whose next notice is in.
    expect(readIcsEvents(toICS({ from: '2026-01-01', to: '2026-12-25' })).events.filter(isNextNotice)).toEqual([]);
    expect(readIcsEvents(toICS({ from: '2025-12-01', to: '2025-12-31' })).events.filter(isNextNotice)).toEqual([]);
    // A calendar known on 2018-11-01 lacks the 2019 notice, which later made 2018-12-29 a working day and 12-31 a rest day.
    const known = readIcsEvents(toICS({ calendar: createCalendar({ asKnownOn: '2018-11-01' }), from: '2018-12-01', to: '2018-12-31' })).events;
    expect(known.filter(isNextNotice).map((e) => e.uid)).toEqual(['20181226-next-notice-2019@yingshang']);
    // With the projection of 2027, the event comes before the projected 元旦 of 2027.
    const projected = readIcsEvents(toICS({ calendar: createCalendar({ unpublishedYears: 'provisional' }), from: '2026-12-01', to: '2027-01-31' })).events.map((e) => e.start);
    expect(projected).toEqual([...projected].sort());
  });

  it('gives the same bytes on every call', () => {
    expect(toICS({ from: '2020-01-01', to: '2020-12-31' })).toBe(toICS({ calendar: createCalendar(), from: new Date('2020-01-01T00:00:00+08:00'), to: '2020-12-31' }));
  });
});
