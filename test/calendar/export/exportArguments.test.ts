import { describe, expect, it } from 'vitest';
import { toCSV, toHolidayRecords, toICS, type ErrorCode } from '../../../src/calendar/index.js';
import { caught } from '../../fixtures/caught.js';
import { untyped } from '../../fixtures/untyped.js';

const exporters = { toICS, toHolidayRecords, toCSV } as Record<string, (options?: unknown) => unknown>;

/** The library error `fn` throws (fails on any other outcome). */
const optionCases: [string, unknown, ErrorCode, RegExp][] = [
  ['a `from` before the coverage', { from: '2003-12-31' }, 'CALENDAR_OUT_OF_RANGE', /^`options\.from` is 2003-12-31, outside the calendar: the calendar has official data from 2004-01-01 to 2026-12-31/],
  ['a `to` after the coverage', { to: new Date('2027-01-01T00:00:00+08:00') }, 'CALENDAR_OUT_OF_RANGE', /^`options\.to` is 2027-01-01, outside the calendar/],
  ['an impossible `from`', { from: '2021-02-29' }, 'INVALID_DATE', /^`options\.from` .*February 2021 has 28 days/],
  ['a two-digit year', { from: '21-01-01' }, 'INVALID_DATE', /^`options\.from` .*not a date written year first/],
  ['a number for `to`', { to: 20211231 }, 'INVALID_DATE', /^`options\.to` is number 20211231, not a date/],
  ['an invalid Date', { to: new Date(Number.NaN) }, 'INVALID_DATE', /^`options\.to` is an invalid Date/],
  ['`from` after `to`', { from: '2021-12-31', to: '2021-01-01' }, 'INVALID_ARGUMENT', /^`options\.from` \(2021-12-31\) is after `options\.to` \(2021-01-01\)/],
  ['an unknown option', { form: '2021-01-01' }, 'INVALID_ARGUMENT', /^Unknown option `options\.form`; valid options: calendar, from, to/],
  ['a `__proto__` key', JSON.parse('{"__proto__": {"polluted": true}}') as unknown, 'INVALID_ARGUMENT', /^Unknown option `options\.__proto__`/],
  ['null options', null, 'INVALID_ARGUMENT', /^`options` must be an object such as \{ from: '2021-01-01', to: '2021-12-31' \}, got null/],
  ['an array for options', [], 'INVALID_ARGUMENT', /^`options` must be an object .*got an array of length 0/],
];

const calendarCases: [string, unknown, ErrorCode, RegExp][] = [
  ['a number', 2021, 'INVALID_ARGUMENT', /^`options\.calendar` is number 2021; it must be a calendar from createCalendar\(\)/],
  ['null', null, 'INVALID_ARGUMENT', /^`options\.calendar` is null; it must be a calendar from createCalendar\(\)/],
  ['the options of createCalendar', { asKnownOn: '2020-01-01' }, 'INVALID_ARGUMENT', /^`options\.calendar` is an object; it must be a calendar from createCalendar\(\)/],
];

describe.each(Object.keys(exporters))('%s arguments', (name) => {
  const exporter = exporters[name] as (options?: unknown) => unknown;

  it.each(optionCases)('rejects %s with its code and a message naming the path', (_title, options, code, message) => {
    const error = caught(() => exporter(options));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it.each(calendarCases)('rejects %s as the calendar', (_title, calendar, code, message) => {
    const error = caught(() => exporter({ calendar }));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('records the offending path in details.argument', () => {
    expect(caught(() => exporter({ from: '2003-12-31' })).details).toMatchObject({ argument: 'options.from', date: '2003-12-31' });
    expect(caught(() => exporter({ x: 1 })).details).toMatchObject({ argument: 'options.x' });
  });

  it('leaves Object.prototype alone', () => {
    caught(() => exporter(JSON.parse('{"__proto__": {"polluted": true}}')));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('the language of toICS', () => {
  it.each(['fr', 'zh-TW', 'EN', null, 1])('rejects locale %s and lists the valid ones', (locale) => {
    const error = caught(() => toICS(untyped({ locale })));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.message).toMatch(/^`options\.locale` is .*; valid values are 'zh', 'zh-CN', 'en'\.$/);
  });

  it("takes 'zh' and 'zh-CN' as the same Chinese, the default", () => {
    expect(toICS({ locale: 'zh' })).toBe(toICS());
    expect(toICS({ locale: 'zh-CN' })).toBe(toICS());
    expect(toICS()).toMatch(/^SUMMARY;LANGUAGE=zh-CN:国庆节 放假\r$/m);
    expect(toICS({ locale: 'en' })).toMatch(/^SUMMARY;LANGUAGE=en:National Day: days off\r$/m);
  });

  it('is not an option of the JSON and CSV exports, whose records carry both names', () => {
    expect(caught(() => toCSV(untyped({ locale: 'en' }))).message).toMatch(/^Unknown option `options\.locale`; valid options: calendar, from, to, bom, neutralizeFormulas\.$/);
    expect(caught(() => toHolidayRecords(untyped({ locale: 'en' }))).code).toBe('INVALID_ARGUMENT');
  });
});
