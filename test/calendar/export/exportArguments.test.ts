import { describe, expect, it } from 'vitest';
import { toCSV, toHolidayRecords, toICS, type ErrorCode } from '../../../src/calendar/index.js';
import { caught } from '../../fixtures/caught.js';
import { untyped } from '../../fixtures/untyped.js';

const exporters = { toICS, toHolidayRecords, toCSV } as Record<string, (calendarOrOptions?: unknown, options?: unknown) => unknown>;

/** The library error `fn` throws (fails on any other outcome). */
const optionCases: [string, unknown, ErrorCode, RegExp][] = [
  ['a `from` before the coverage', { from: '2003-12-31' }, 'CALENDAR_OUT_OF_RANGE', /^`options\.from` is 2003-12-31, outside the calendar: the calendar has official data from 2004-01-01 to 2026-12-31/],
  ['a `to` after the coverage', { to: new Date('2027-01-01T00:00:00+08:00') }, 'CALENDAR_OUT_OF_RANGE', /^`options\.to` is 2027-01-01, outside the calendar/],
  ['an impossible `from`', { from: '2021-02-29' }, 'INVALID_DATE', /^`options\.from` .*February 2021 has 28 days/],
  ['a two-digit year', { from: '21-01-01' }, 'INVALID_DATE', /^`options\.from` .*not a date written year first/],
  ['a number for `to`', { to: 20211231 }, 'INVALID_DATE', /^`options\.to` is number 20211231, not a date/],
  ['an invalid Date', { to: new Date(Number.NaN) }, 'INVALID_DATE', /^`options\.to` is an invalid Date/],
  ['`from` after `to`', { from: '2021-12-31', to: '2021-01-01' }, 'INVALID_ARGUMENT', /^`options\.from` \(2021-12-31\) is after `options\.to` \(2021-01-01\)/],
  ['an unknown option', { form: '2021-01-01' }, 'INVALID_ARGUMENT', /^Unknown option `options\.form`; valid options: from, to/],
  ['a `__proto__` key', JSON.parse('{"__proto__": {"polluted": true}}') as unknown, 'INVALID_ARGUMENT', /^Unknown option `options\.__proto__`/],
  ['null options', null, 'INVALID_ARGUMENT', /^`options` must be an object such as \{ from: '2021-01-01', to: '2021-12-31' \}, got null/],
  ['an array for options', [], 'INVALID_ARGUMENT', /^`options` must be an object .*got an array of length 0/],
];

const calendarCases: [string, unknown, ErrorCode, RegExp][] = [
  ['a number', 2021, 'INVALID_ARGUMENT', /^`calendarOrOptions` must be a Calendar .*got number 2021/],
  ['null', null, 'INVALID_ARGUMENT', /^`calendarOrOptions` must be a Calendar .*got null/],
  ['an export option in the first argument', { from: '2021-01-01' }, 'INVALID_ARGUMENT', /^`calendarOrOptions\.from` is an export option: pass it in the second argument/],
  ['an unknown createCalendar option', { schedule: [] }, 'INVALID_ARGUMENT', /^Unknown option `options.schedule`; valid options: schedules, asKnownOn/],
  ['bad schedules', { schedules: 'x' }, 'INVALID_SCHEDULE', /`schedules` must be an array/],
  ['an impossible asKnownOn', { asKnownOn: '2020-02-30' }, 'INVALID_DATE', /^`asKnownOn` .*February 2020 has 29 days/],
];

describe.each(Object.keys(exporters))('%s arguments', (name) => {
  const exporter = exporters[name] as (calendarOrOptions?: unknown, options?: unknown) => unknown;

  it.each(optionCases)('rejects %s with its code and a message naming the path', (_title, options, code, message) => {
    const error = caught(() => exporter(undefined, options));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it.each(calendarCases)('rejects %s as the calendar', (_title, calendarOrOptions, code, message) => {
    const error = caught(() => exporter(calendarOrOptions, {}));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('records the offending path in details.argument', () => {
    expect(caught(() => exporter(undefined, { from: '2003-12-31' })).details).toMatchObject({ argument: 'options.from', date: '2003-12-31' });
    expect(caught(() => exporter(undefined, { x: 1 })).details).toMatchObject({ argument: 'options.x' });
  });

  it('leaves Object.prototype alone', () => {
    caught(() => exporter(undefined, JSON.parse('{"__proto__": {"polluted": true}}')));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('the language of toICS', () => {
  it.each(['fr', 'zh-TW', 'EN', null, 1])('rejects locale %s and lists the valid ones', (locale) => {
    const error = caught(() => toICS(undefined, untyped({ locale })));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.message).toMatch(/^`options\.locale` is .*; valid values are 'zh', 'zh-CN', 'en'\.$/);
  });

  it("takes 'zh' and 'zh-CN' as the same Chinese, the default", () => {
    expect(toICS(undefined, { locale: 'zh' })).toBe(toICS());
    expect(toICS(undefined, { locale: 'zh-CN' })).toBe(toICS());
    expect(toICS()).toMatch(/^SUMMARY;LANGUAGE=zh-CN:国庆节 放假\r$/m);
    expect(toICS(undefined, { locale: 'en' })).toMatch(/^SUMMARY;LANGUAGE=en:National Day: days off\r$/m);
  });

  it('is not an option of the JSON and CSV exports, whose records carry both names', () => {
    expect(caught(() => toCSV(undefined, untyped({ locale: 'en' }))).message).toMatch(/^Unknown option `options\.locale`; valid options: from, to, bom, neutralizeFormulas\.$/);
    expect(caught(() => toHolidayRecords(undefined, untyped({ locale: 'en' }))).code).toBe('INVALID_ARGUMENT');
  });
});
