import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import { checkProcurement, checkProcurements } from '../../src/procurement/index.js';
import { defineRule, evaluate, evaluateMany, explain, getRule, isYingshangError, safeEvaluate } from '../../src/rules/index.js';
import { checkConnection } from '../../src/utilities/index.js';
import { runCliInProcess } from '../cli/runCliInProcess.js';

/**
 * Issue 19, item 3: when the days in the calendar decide the status, the status is given even if a figure needs days
 * the calendar does not have (before 2004-01-01, after 2026-12-31); the figure is then a lower bound. Where the status
 * itself depends on a missing day, the answer stays out of range.
 *
 * Expectations are counted here from the notices: the 2026 notice (国办发明电〔2025〕7号) sets no day in December 2026, so
 * its working days are its weekdays.
 */

/** Weekdays d with `after < d ≤ until`, in December 2026 (no holiday, no make-up day). */
function december2026Weekdays(after: number, until: number): number {
  let n = 0;
  for (let d = after + 1; d <= until; d++) {
    const weekday = new Date(Date.UTC(2026, 11, d)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) n++;
  }
  return n;
}

function outOfRange(run: () => unknown): boolean {
  try {
    run();
    return false;
  } catch (error) {
    return isYingshangError(error, 'CALENDAR_OUT_OF_RANGE');
  }
}

describe('a working-day deadline due in the data and judged after it', () => {
  // An invoice received 2026-12-01 (Tuesday): 5 working days = 12-02, 03, 04, 07, 08 → due 2026-12-08.
  const invoice = { start: '2026-12-01', asOf: '2027-01-04' };
  // Late by the weekdays 12-09…12-31 in the data, and by at least the first working day from 2027-01-04 on.
  const atLeast = december2026Weekdays(8, 31) + 1;

  it('is overdue with a lower-bound overBy and no elapsed count', () => {
    expect(december2026Weekdays(1, 8)).toBe(5);
    const result = evaluate('m15-payment', invoice);
    expect(result).toMatchObject({ status: 'overdue', due: '2026-12-08', overBy: atLeast, overByIsLowerBound: true });
    expect(result).not.toHaveProperty('elapsed');
    expect(result).not.toHaveProperty('remaining');
  });

  it('says "at least" in both languages', () => {
    const result = evaluate('m15-payment', invoice);
    expect(explain(result)).toContain(`已逾期至少${atLeast}个工作日`);
    expect(explain(result, { locale: 'en' })).toContain(`overdue by at least ${atLeast} working days`);
    const done = evaluate('m15-payment', { start: '2026-12-01', end: '2027-03-01' });
    expect(done).toMatchObject({ status: 'missed', overBy: atLeast, overByIsLowerBound: true });
    expect(explain(done)).toContain(`逾期至少${atLeast}个工作日`);
    expect(explain(done, { locale: 'en' })).toContain(`missed by at least ${atLeast} working days`);
  });

  it('gives an exact overBy, unmarked, when the count ends inside the data', () => {
    const result = evaluate('m15-payment', { start: '2026-12-01', asOf: '2026-12-31' });
    expect(result).toMatchObject({ status: 'overdue', overBy: december2026Weekdays(8, 31), elapsed: december2026Weekdays(1, 31) });
    expect(result).not.toHaveProperty('overByIsLowerBound');
  });

  it('is overdue for a water connection due on the last day of the data', () => {
    // 9 working days after Friday 2026-12-18: 12-21…25 (5), 12-28…31 (4) → due Thursday 2026-12-31.
    expect(december2026Weekdays(18, 31)).toBe(9);
    const result = checkConnection({ utility: 'water', category: 'general', acceptedOn: '2026-12-18', asOf: '2027-01-04' });
    expect(result).toMatchObject({ status: 'overdue', due: '2026-12-31', overBy: 1, overByIsLowerBound: true });
  });

  it('keeps out_of_range when the status depends on a missing day', () => {
    // Due 5 working days after 2026-12-28: three in 2026, the rest in 2027; as of 2027-01-05 it may or may not be late.
    expect(outOfRange(() => evaluate('m15-payment', { start: '2026-12-28', asOf: '2027-01-05' }))).toBe(true);
    expect(checkConnection({ utility: 'water', category: 'general', acceptedOn: '2026-12-28', asOf: '2027-01-20' }).status).toBe('out_of_range');
  });

  it('applies in the procurement façade and every batch', async () => {
    const record = { awardNoticeIssuedOn: '2026-11-01', contractSignedOn: '2026-11-10', contractAmount: '100', supplierIsSme: true, invoiceReceivedOn: '2026-12-01', asOf: '2027-01-04' };
    expect(checkProcurement(record).results['m15-payment']).toMatchObject({ status: 'overdue', due: '2026-12-08', overByIsLowerBound: true });
    const fromFacade = [];
    for await (const item of checkProcurements([record])) fromFacade.push(item);
    expect(JSON.stringify(fromFacade)).toContain('"overByIsLowerBound":true');
    const fromEvaluateMany = [];
    for await (const item of evaluateMany('m15-payment', [invoice])) fromEvaluateMany.push(item);
    expect(JSON.stringify(fromEvaluateMany)).toContain('"overByIsLowerBound":true');
  });

  it('applies in the CLI, in words and in JSON', async () => {
    const stdin = `${JSON.stringify(invoice)}\n`;
    const table = await runCliInProcess(['check', 'm15-payment', '--input', '-'], { stdin });
    expect(table.stdout).toContain(`overdue (due 2026-12-08, over by at least ${atLeast})`);
    const jsonl = await runCliInProcess(['check', 'm15-payment', '--input', '-', '--jsonl'], { stdin });
    expect(JSON.parse(jsonl.stdout.split('\n')[0] ?? '')).toMatchObject({ result: { status: 'overdue', overBy: atLeast, overByIsLowerBound: true } });
    const procurement = await runCliInProcess(['procurement', '--input', '-', '--jsonl', '--as-of', '2027-01-04'], {
      stdin: '{"awardNoticeIssuedOn":"2026-11-01","contractSignedOn":"2026-11-10","contractAmount":"100","supplierIsSme":true,"invoiceReceivedOn":"2026-12-01"}\n',
    });
    expect(procurement.stdout).toContain('"overByIsLowerBound":true');
  });
});

describe('every rule kind at the start of the data (before 2004)', () => {
  it('answers a calendar-day period from 2003: only its last day is looked up (民法典 §§200, 203)', () => {
    // 2003-12-14 + 20 = Saturday 2004-01-03 → Monday 2004-01-05; as of 2004-02-01 late by 27 calendar days, counted without the calendar.
    expect(evaluate('m13-contract-signing', { start: '2003-12-14', asOf: '2004-02-01' })).toMatchObject({ status: 'overdue', due: '2004-01-05', overBy: 27, elapsed: 49 });
  });

  it('keeps out_of_range for a working-day period whose count runs through 2003', () => {
    expect(outOfRange(() => evaluate('m15-payment', { start: '2003-12-20', asOf: '2004-02-01' }))).toBe(true);
    expect(safeEvaluate('m15-payment', { start: '2003-12-20', asOf: '2004-02-01' }).success).toBe(false);
  });

  it('answers a fixed date, a threshold and a target, which read no day of the calendar', () => {
    const fixed = defineRule({ ...getRule('m24-chuanyu-same-standard'), id: 'fixed-2003', due: '2003-12-31' });
    expect(evaluate(fixed, { asOf: '2004-01-02' })).toMatchObject({ status: 'overdue', overBy: 2 });
    expect(evaluate(fixed, { end: '2003-06-01' })).toMatchObject({ status: 'met', remaining: 213 });
    expect(evaluate('m28-low-risk-inspections', { inspections: 1 }).status).toBe('met');
    const target = defineRule({ ...getRule('m22-intermediary-purchasers'), id: 'target-2003', startsOn: '2003-01-01', due: '2003-12-31' });
    expect(evaluate(target, { value: 0, asOf: '2003-07-01' }).status).toBe('behind');
  });

  it('keeps out_of_range for an average whose case counts 2003 working days', () => {
    expect(outOfRange(() => evaluate('m06-electricity-10kv-average', { cases: [{ start: '2003-12-20', end: '2004-01-20' }] }))).toBe(true);
  });
});

describe('every rule kind at the end of the data (after 2026)', () => {
  it('answers a calendar-day period due in 2026 whatever the date judged on', () => {
    // 2026-12-01 + 20 = Monday 2026-12-21; as of 2027-01-04: 14 calendar days late.
    expect(evaluate('m13-contract-signing', { start: '2026-12-01', asOf: '2027-01-04' })).toMatchObject({ status: 'overdue', due: '2026-12-21', overBy: 14 });
    expect(evaluate('m13-contract-signing', { start: '2026-12-01', asOf: '2027-01-04' })).not.toHaveProperty('overByIsLowerBound');
  });

  it('keeps out_of_range for a calendar-day period whose last day is in 2027', () => {
    expect(outOfRange(() => evaluate('m13-contract-signing', { start: '2026-12-15', asOf: '2026-12-20' }))).toBe(true);
  });

  it('answers a fixed date, a threshold and a target in 2027', () => {
    const fixed = defineRule({ ...getRule('m24-chuanyu-same-standard'), id: 'fixed-2027', due: '2027-01-01' });
    expect(evaluate(fixed, { asOf: '2027-01-04' })).toMatchObject({ status: 'overdue', overBy: 3 });
    expect(evaluate('m28-low-risk-inspections', { inspections: 2 }).status).toBe('not_met');
    const target = defineRule({ ...getRule('m22-intermediary-purchasers'), id: 'target-2027', startsOn: '2027-01-01', due: '2027-12-31' });
    expect(evaluate(target, { value: 0, asOf: '2027-07-01' }).status).toBe('behind');
  });

  it('keeps out_of_range for an average whose case counts 2027 working days and may still be within the limit', () => {
    expect(outOfRange(() => evaluate('m06-electricity-10kv-average', { cases: [{ start: '2026-12-20', end: '2027-01-20' }] }))).toBe(true);
  });
});

describe('a calendar whose data ends on a rest day', () => {
  it('counts elapsed up to a reference on that day, and overBy as a lower bound', () => {
    // As known on 2022-11-01 the data ends on Saturday 2022-12-31. An invoice of 2022-12-19 is due 2022-12-26
    // (12-20, 21, 22, 23, 26); judged on 12-31 it is late by 12-27…12-30 (4) and the next working day, in 2023.
    const calendar = createCalendar({ asKnownOn: '2022-11-01' });
    expect(calendar.calendarCoverage().to).toBe('2022-12-31');
    const result = evaluate('m15-payment', { start: '2022-12-19', asOf: '2022-12-31' }, { calendar, trace: false });
    expect(result).toMatchObject({ status: 'overdue', due: '2022-12-26', elapsed: 9, overBy: 5, overByIsLowerBound: true });
  });
});

describe('an average whose case runs past the data', () => {
  // 10 kV connections: mean at most 30 working days.
  it('is not_met with lower-bound figures when the days in the data already exceed the limit', () => {
    // 2026-10-08 → 2027-02-01, counted to 2026-12-31 (国办发明电〔2025〕7号: no holiday after 10-08, Saturday 10-10 a
    // make-up day): October 9, 10, 12–16, 19–23, 26–30 (17), November's 21 weekdays, December's 23 = 61 at least.
    // 2026-11-02 → 11-20: 3–6, 9–13, 16–20 = 14. Mean at least (61 + 14) / 2 = 37.5 > 30.
    const result = evaluate('m06-electricity-10kv-average', { cases: [{ start: '2026-10-08', end: '2027-02-01' }, { start: '2026-11-02', end: '2026-11-20' }] });
    expect(result).toMatchObject({ status: 'not_met', mean: 37.5, max: 61, count: 2, withinLimit: 1, figuresAreLowerBounds: true });
    expect(explain(result)).toContain('平均用时至少');
    expect(explain(result, { locale: 'en' })).toContain('mean at least');
  });

  it('stays out of range when the missing days decide', () => {
    expect(outOfRange(() => evaluate('m06-electricity-10kv-average', { cases: [{ start: '2026-12-20', end: '2027-01-20' }] }))).toBe(true);
  });
});
