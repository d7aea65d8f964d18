import { describe, expect, it } from 'vitest';
import { addCalendarDays, addWorkingDays, countWorkingDays, createCalendar, isYingshangError, nextWorkingDay, previousWorkingDay } from '../../../src/calendar/index.js';
import { evaluate } from '../../../src/rules/index.js';

/** The error a call throws. */
function thrown(f: () => unknown): { code: string; message: string; details: Record<string, unknown> } {
  try {
    f();
  } catch (error) {
    if (isYingshangError(error)) return { code: error.code, message: error.message, details: error.details };
    throw error;
  }
  throw new Error('expected an error');
}

describe('an answer needs only the days it counts', () => {
  it('ignores a pause wholly after the counted days, even outside the calendar', () => {
    // 2021-09-29 + 5 working days = 2021-10-12 (国庆节 skipped, 10-09 调休上班 counted): hand-counted in legal-semantics §8.
    for (const from of ['2027-01-01', '2027-01-02']) {
      const result = evaluate('m15-payment', { start: '2021-09-29', end: '2021-10-12', pauses: [{ from, to: from }] });
      expect(result).toMatchObject({ status: 'met', due: '2021-10-12' });
    }
  });

  it('computes a calendar-day period without a roll from the date alone', () => {
    // 26 December + 20 days: 5 days to the 31st, then 15 into January.
    expect(addCalendarDays('2026-12-26', 20, { roll: 'none' })).toBe('2027-01-15');
    expect(addCalendarDays('2040-06-01', 30, { roll: 'none' })).toBe('2040-07-01');
    // With a roll, the last day's kind is needed.
    expect(thrown(() => addCalendarDays('2026-12-26', 20)).code).toBe('CALENDAR_OUT_OF_RANGE');
    expect(thrown(() => addCalendarDays('2026-12-26', 1e15, { roll: 'none' })).code).toBe('INVALID_DATE');
  });

  it('takes the day before the data as a start, which is never counted', () => {
    // 2004-01-01 is 元旦 (国办发明电〔2003〕53号); 2004-01-02 is a Friday.
    expect(addWorkingDays('2003-12-31', 0)).toBe('2003-12-31');
    expect(addWorkingDays('2003-12-31', 1)).toBe('2004-01-02');
    expect(nextWorkingDay('2003-12-31')).toBe('2004-01-02');
    expect(countWorkingDays('2003-12-31', '2004-01-05')).toBe(2);
    expect(countWorkingDays('2004-01-05', '2003-12-31')).toBe(-2);
    // Jan 2, 5, 6, 7, 8: due the 8th; ended the 10th, late.
    expect(evaluate('m15-payment', { start: '2003-12-31', end: '2004-01-10' })).toMatchObject({ due: '2004-01-08', status: 'missed' });
    // Anything that needs 2003-12-31 itself, or a day before it, still has no data.
    expect(thrown(() => addWorkingDays('2003-12-31', -1)).code).toBe('CALENDAR_OUT_OF_RANGE');
    expect(thrown(() => previousWorkingDay('2003-12-31')).code).toBe('CALENDAR_OUT_OF_RANGE');
    expect(thrown(() => addCalendarDays('2003-12-31', 0)).code).toBe('CALENDAR_OUT_OF_RANGE');
    expect(thrown(() => countWorkingDays('2003-12-30', '2004-01-05')).code).toBe('CALENDAR_OUT_OF_RANGE');
    // The same for a calendar whose data starts later.
    expect(createCalendar({ asKnownOn: '2021-01-01' }).nextWorkingDay('2003-12-31')).toBe('2004-01-02');
  });
});

describe('CALENDAR_OUT_OF_RANGE names the field, the missing years and both remedies', () => {
  it('names the operation whose answer runs past the data, and never a date past it that the answer does not need', () => {
    // Due 5 working days after 2026-12-28: the 5th is in 2027, so even the status as of 2027-01-05 is unknown.
    const due = thrown(() => evaluate('m15-payment', { start: '2026-12-28', asOf: '2027-01-05' }));
    expect(due.code).toBe('CALENDAR_OUT_OF_RANGE');
    expect(due.message).toMatch(/^Adding 5 working days to 2026-12-28 needs days beyond the calendar's data: .* To cover 2027, add the notice of 2027 \(createCalendar\(\{ schedules \}\), or --schedules <file>.*project it from the law \(createCalendar\(\{ unpublishedYears: 'provisional' \}\), or --provisional\)\.$/u);
    expect(due.details).toMatchObject({ years: [2027] });
    // Due 2026-12-08, in the data: late whatever 2027 and 2028 hold (see certainAnswers.test.ts).
    expect(evaluate('m15-payment', { start: '2026-12-01', end: '2028-03-01' })).toMatchObject({ status: 'missed', overByIsLowerBound: true });
  });

  it('names the start, and offers only the notice for years before the data', () => {
    const before = thrown(() => evaluate('m15-payment', { start: '2003-06-01', end: '2003-06-30' }));
    expect(before.message).toMatch(/^`start` is 2003-06-01, .* none for 2003\. To cover 2003, add the notice of 2003 \(.*\)\.$/u);
    expect(before.message).not.toMatch(/provisional/u);
  });

  it('says which year an operation runs into', () => {
    const past = thrown(() => addWorkingDays('2026-12-28', 5));
    expect(past.message).toMatch(/^Adding 5 working days to 2026-12-28 needs days beyond the calendar's data: .* To cover 2027, /u);
    expect(past.details).toMatchObject({ years: [2027] });
  });
});

describe('an evaluation reads only the days its answer needs (issue 22, item 3)', () => {
  it('looks up only the last day of a calendar-day period that starts before the data', () => {
    // 2003-12-14 + 20 days = Saturday 2004-01-03 → Monday 2004-01-05 (民法典 §§200, 201, 203); done on the 8th: 3 days late.
    expect(evaluate('m13-contract-signing', { start: '2003-12-14', end: '2004-01-08' })).toMatchObject({ status: 'missed', due: '2004-01-05', overBy: 3, elapsed: 25 });
  });

  it('excludes paused days whatever they are, even outside the data', () => {
    // Paused up to 2004-01-03, then 7 working days: Jan 5, 6, 7, 8, 9, 12, 13 (2004 元旦 was 01-01 only, 国办发明电〔2003〕53号).
    const result = evaluate('m14-acceptance', { start: '2003-12-30', end: '2004-01-14', pauses: [{ from: '2003-12-28', to: '2004-01-03' }] });
    expect(result).toMatchObject({ status: 'missed', due: '2004-01-13', overBy: 1, elapsed: 8 });
    // A pause that leaves a day before the data unpaused still needs it.
    expect(thrown(() => evaluate('m14-acceptance', { start: '2003-12-29', end: '2004-01-14', pauses: [{ from: '2003-12-31', to: '2004-01-03' }] })).code).toBe('CALENDAR_OUT_OF_RANGE');
  });
});
