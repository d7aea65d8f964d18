import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/calendar/index.js';
import { parseDate as fromRoot, evaluate, isWorkingDay } from '../../src/index.js';
import { caught } from '../fixtures/caught.js';
import { untyped } from '../fixtures/untyped.js';

describe('parseDate', () => {
  it('is one function, exported from the root and yingshang/calendar', () => {
    expect(fromRoot).toBe(parseDate);
  });

  // The forms clerks type and spreadsheets export (issue 21), each the 28th of September 2021.
  it.each([
    '2021-09-28',
    '2021-9-28',
    '2021/9/28',
    '2021/09/28',
    '2021.9.28',
    '2021年9月28日',
    '2021年09月28日',
    '2021年9月28',
    '20210928',
    '２０２１－０９－２８',
    '２０２１年９月２８日',
    '２０２１／９／２８',
    ' 2021-09-28 ',
    '2021-09-28\t',
    '\u30002021/9/28\u3000',
  ])('reads %j as 2021-09-28', (text) => {
    expect(parseDate(text)).toBe('2021-09-28');
  });

  it('reads a Date as its Asia/Shanghai date', () => {
    expect(parseDate(new Date('2021-09-28T15:59:59Z'))).toBe('2021-09-28');
    expect(parseDate(new Date('2021-09-28T16:00:00Z'))).toBe('2021-09-29');
  });

  it.each([
    ['09/28/2021', /not a date written year first; .*accepted forms are|not a date written year first/],
    ['28.09.2021', /not a date written year first/],
    ['21-09-28', /not a date written year first/],
    ['21/9/28', /not a date written year first/],
    ['2021-09/28', /not a date written year first/],
    ['2021-02-29', /February 2021 has 28 days, not 29/],
    ['2021年2月30日', /February 2021 has 28 days, not 30/],
    ['20211301', /month 13; months are 1–12/],
    ['2021-9-0', /September 2021 has 30 days, not 0/],
    ['2021-09-28 10:00', /not a date written year first/],
    ['', /not a date written year first/],
  ])('refuses %j with INVALID_DATE, echoing it and listing the accepted forms', (text, reason) => {
    const error = caught(() => parseDate(text, { name: 'awardNoticeIssuedOn' }));
    expect(error.code).toBe('INVALID_DATE');
    expect(error.message).toMatch(reason);
    expect(error.message).toContain(JSON.stringify(text));
    expect(error.message).toMatch(/^`awardNoticeIssuedOn`/);
    expect(error.message).toContain("'YYYY-MM-DD', 'YYYY-M-D', 'YYYY/M/D', 'YYYY.M.D', 'YYYY年M月D日', 'YYYYMMDD'");
  });

  it('reads Excel serial day numbers only when asked', () => {
    // Excel's 1900 date system: serial 1 is 1900-01-01 and counts a 1900-02-29 that never was, so 61 is 1900-03-01.
    expect(parseDate(61, { excelDates: true })).toBe('1900-03-01');
    expect(parseDate(44467, { excelDates: true })).toBe('2021-09-28');
    expect(parseDate('44467', { excelDates: true })).toBe('2021-09-28');
    expect(parseDate(44467.75, { excelDates: true })).toBe('2021-09-28');
    // Eight digits stay a written date even then.
    expect(parseDate('20210928', { excelDates: true })).toBe('2021-09-28');
    expect(caught(() => parseDate(44467)).message).toMatch(/a bare number is not read as a date unless .*excelDates: true/);
    expect(caught(() => parseDate('44467')).code).toBe('INVALID_DATE');
    expect(caught(() => parseDate(60, { excelDates: true })).code).toBe('INVALID_DATE');
    expect(caught(() => parseDate(-1, { excelDates: true })).code).toBe('INVALID_DATE');
  });

  it('agrees with Date.UTC for Excel serials over the years 1901–2099 (25569 is 1970-01-01)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 367, max: 73050 }), (serial) => {
        expect(parseDate(serial, { excelDates: true })).toBe(new Date((serial - 25569) * 86_400_000).toISOString().slice(0, 10));
      }),
      { seed: 21, numRuns: 500 },
    );
  });

  it('agrees with the strict form for every written form of a day (a law over years 1000–9999)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: 0, max: 4 }), (date, form) => {
        const iso = date.toISOString().slice(0, 10);
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
        const written = [`${y}/${m}/${d}`, `${y}.${m}.${d}`, `${y}年${m}月${d}日`, iso.replaceAll('-', ''), `${y}-${m}-${d}`][form] as string;
        expect(parseDate(written)).toBe(iso);
      }),
      { seed: 28, numRuns: 500 },
    );
  });

  it('is the reader of the calendar functions and of evaluate', () => {
    expect(isWorkingDay('2021年10月9日')).toBe(true); // a make-up working day (国办发明电〔2020〕27号)
    expect(isWorkingDay('2021/10/1')).toBe(false);
    const result = evaluate('m15-payment', { start: '2021/9/29', end: '２０２１年１０月１２日' });
    expect(result).toMatchObject({ status: 'met', start: '2021-09-29', end: '2021-10-12', due: '2021-10-12' });
  });

  it('refuses unknown options', () => {
    expect(caught(() => parseDate('2021-09-28', untyped({ excel: true }))).code).toBe('INVALID_ARGUMENT');
  });
});
