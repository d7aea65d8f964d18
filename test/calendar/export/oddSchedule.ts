import type { ScheduleYear } from '../../../src/calendar/index.js';

/** A 2027 schedule whose notice has every character TEXT and CSV must escape. */
export const ODD_SCHEDULE: ScheduleYear = {
  year: 2027,
  notices: [
    {
      kind: 'schedule',
      issuer: '国务院办公厅',
      title: 'Notice, with; a \\ backslash\nand "quotes"\r\nthen CR\rend',
      docNo: 'X,1',
      publishedOn: '2026-11-01',
      url: 'https://example.org/notice?a=1,b=2',
      holidays: [{ key: 'new_year', rest: [{ from: '2027-01-01', to: '2027-01-03' }], makeup: ['2027-01-09'] }],
    },
  ],
};
