import { describe, expect, it } from 'vitest';
import { createCalendar, HOLIDAY_RECORD_FIELDS, toCSV, toHolidayRecords, type HolidayRecord } from '../../../src/calendar/index.js';
import { ODD_SCHEDULE } from './oddSchedule.js';
import { parseCsv } from './parseCsv.js';

/** The records a CSV text holds, with the booleans and numbers typed again. */
function recordsOf(csv: string): HolidayRecord[] {
  const [header, ...rows] = parseCsv(csv);
  expect(header).toEqual([...HOLIDAY_RECORD_FIELDS]);
  return rows.map((row) => {
    expect(row).toHaveLength(HOLIDAY_RECORD_FIELDS.length);
    const record: Record<string, unknown> = Object.fromEntries(HOLIDAY_RECORD_FIELDS.map((field, i) => [field, row[i]]));
    for (const field of ['isWorkingDay', 'provisional']) record[field] = record[field] === 'true';
    for (const field of ['weekday', 'scheduleYear']) record[field] = Number(record[field]);
    const { 'name.zh': zh, 'name.en': en, ...rest } = record;
    return { ...rest, name: { zh, en } } as unknown as HolidayRecord;
  });
}

describe('toCSV', () => {
  it('round-trips every record of the coverage through RFC 4180 CSV with a header row', () => {
    expect(recordsOf(toCSV())).toEqual(toHolidayRecords());
  });

  it('writes CRLF after every row and quotes only the fields that need it', () => {
    const csv = toCSV({ from: '2021-10-09', to: '2021-10-09' });
    expect(csv).toBe(
      `${HOLIDAY_RECORD_FIELDS.join(',')}\r\n2021-10-09,makeup_workday,true,6,national_day,国庆节,National Day,2021,false,国办发明电〔2020〕27号,国务院办公厅关于2021年部分节假日安排的通知,2020-11-25,http://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm\r\n`,
    );
  });

  it('quotes commas, quotes and line breaks, doubling the quotes, and reads them back unchanged', () => {
    const calendar = createCalendar({ schedules: [ODD_SCHEDULE] });
    const csv = toCSV({ calendar, from: '2027-01-01', to: '2027-01-01' });
    expect(csv.split('\r\n')[1]).toBe('2027-01-01,holiday,false,5,new_year,元旦,New Year\'s Day,2027,false,"X,1","Notice, with; a \\ backslash\nand ""quotes""');
    expect(recordsOf(csv)).toEqual(toHolidayRecords({ calendar, from: '2027-01-01', to: '2027-01-01' }));
  });

  it('is only the header for a range without rest days or make-up days', () => {
    expect(toCSV({ from: '2021-03-01', to: '2021-03-31' })).toBe(`${HOLIDAY_RECORD_FIELDS.join(',')}\r\n`);
  });
});
