import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import {
  checkProcurement,
  explain,
  labelOf,
  PROCUREMENT_DEADLINES,
  PROCUREMENT_RULE_IDS,
  type ProcurementRecord,
  type SchemaIssue,
} from '../../src/procurement/index.js';
import { evaluate, explain as rulesExplain, safeEvaluate } from '../../src/rules/index.js';
import { untyped } from '../fixtures/untyped.js';

/** A contract signed in time, performed, accepted and invoiced around the 2021 National Day holiday, not yet paid. */
const UNPAID: ProcurementRecord = {
  awardNoticeIssuedOn: '2021-09-08',
  contractSignedOn: '2021-09-28',
  performanceCompletedOn: '2021-09-29',
  acceptanceOrganizedOn: '2021-10-11',
  invoiceReceivedOn: '2021-10-12',
  contractAmount: '1000000.00',
  prepaymentAmount: '500000.00',
  supplierIsSme: true,
};

/** The same contract, paid on the due date. */
const WHOLE_LIFE: ProcurementRecord = { ...UNPAID, paymentProcessedOn: '2021-10-19' };

function issuesOf(record: unknown): readonly SchemaIssue[] {
  try {
    checkProcurement(record as ProcurementRecord);
  } catch (error) {
    expect(error).toMatchObject({ code: 'INVALID_FACTS' });
    return (error as { details: { issues: readonly SchemaIssue[] } }).details.issues;
  }
  throw new Error('expected INVALID_FACTS');
}

describe('checkProcurement', () => {
  it('gives for each rule exactly what evaluate gives on the record’s fields', () => {
    const records: ProcurementRecord[] = [
      WHOLE_LIFE,
      { ...WHOLE_LIFE, paymentProcessedOn: '2021-10-20', prepaymentAmount: '499999.99', asOf: '2021-10-25' },
      { awardNoticeIssuedOn: '2021-09-11', performanceCompletedOn: '2021-09-30', contractAmount: 800, supplierIsSme: false, asOf: '2021-10-08' },
    ];
    for (const record of records) {
      const check = checkProcurement(record);
      const asOf = record.asOf === undefined ? {} : { asOf: record.asOf };
      for (const { ruleId, start, end } of PROCUREMENT_DEADLINES) {
        const [startDay, endDay] = [record[start], record[end]];
        if (startDay === undefined || startDay === null) continue;
        expect(check.results[ruleId]).toEqual(evaluate(ruleId, { start: startDay, ...(endDay === undefined || endDay === null ? {} : { end: endDay }), ...asOf }));
      }
      const { contractAmount, prepaymentAmount, supplierIsSme } = record;
      if (prepaymentAmount !== undefined && prepaymentAmount !== null) {
        expect(check.results['m15-prepayment-ratio']).toEqual(evaluate('m15-prepayment-ratio', { contractAmount: contractAmount as string, prepaymentAmount, supplierIsSme: supplierIsSme as boolean }));
      }
    }
  });

  it('checks a whole life cycle done in time as met and complete, with nothing upcoming', () => {
    const check = checkProcurement(WHOLE_LIFE);
    expect(check).toMatchObject({ status: 'met', complete: true, upcoming: [] });
    expect(Object.keys(check.results)).toEqual([...PROCUREMENT_RULE_IDS]);
    expect(Object.values(check.results).map((r) => r.status)).toEqual(['met', 'met', 'met', 'met']);
  });

  it('marks rules whose trigger is not recorded as not_started, naming the field they wait for', () => {
    const check = checkProcurement({ awardNoticeIssuedOn: '2021-09-08', contractSignedOn: '2021-09-28', contractAmount: '1000.00', supplierIsSme: false });
    expect(check.results['m14-acceptance']).toEqual({ ruleId: 'm14-acceptance', kind: 'deadline', status: 'not_started', waitingFor: 'performanceCompletedOn' });
    expect(check.results['m15-payment']).toEqual({ ruleId: 'm15-payment', kind: 'deadline', status: 'not_started', waitingFor: 'invoiceReceivedOn' });
    expect(check.results['m15-prepayment-ratio']).toEqual({ ruleId: 'm15-prepayment-ratio', kind: 'threshold', status: 'not_started', waitingFor: 'prepaymentAmount' });
    expect(check).toMatchObject({ status: 'met', complete: false });
  });

  it('is complete only once every rule has started and no deadline is still running', () => {
    expect(checkProcurement({ ...UNPAID, asOf: '2021-10-14' })).toMatchObject({ status: 'pending', complete: false });
    expect(checkProcurement({ ...UNPAID, asOf: '2021-10-20' })).toMatchObject({ status: 'overdue', complete: false });
    expect(checkProcurement({ ...WHOLE_LIFE, paymentProcessedOn: '2021-10-20' })).toMatchObject({ status: 'missed', complete: true });
  });

  it('lists the running deadlines by due date, with what is left in each one’s unit', () => {
    const check = checkProcurement({
      awardNoticeIssuedOn: '2021-09-20',
      performanceCompletedOn: '2021-09-30',
      invoiceReceivedOn: '2021-09-29',
      contractAmount: '1000.00',
      supplierIsSme: false,
      asOf: '2021-10-08',
    });
    expect(check.status).toBe('pending');
    // Signing: day 20 is 2021-10-10, a Sunday, rolled to Monday; payment: 5 working days with 10-09 a make-up working day.
    expect(check.upcoming).toEqual([
      { ruleId: 'm13-contract-signing', due: '2021-10-11', remaining: 3, unit: 'calendar_days' },
      { ruleId: 'm15-payment', due: '2021-10-12', remaining: 3, unit: 'working_days' },
      { ruleId: 'm14-acceptance', due: '2021-10-15', remaining: 6, unit: 'working_days' },
    ]);
  });

  it('takes the worst status: missed (a late action or a low prepayment) over overdue over pending over met', () => {
    const base = { awardNoticeIssuedOn: '2021-09-08', contractAmount: '1000.00', supplierIsSme: false } as const;
    expect(checkProcurement({ ...base, contractSignedOn: '2021-09-28' }).status).toBe('met');
    expect(checkProcurement({ ...base, asOf: '2021-09-20' }).status).toBe('pending');
    expect(checkProcurement({ ...base, asOf: '2021-10-20', invoiceReceivedOn: '2021-10-19' }).status).toBe('overdue');
    expect(checkProcurement({ ...base, contractSignedOn: '2021-09-29', invoiceReceivedOn: '2021-10-19', asOf: '2021-11-20' }).status).toBe('missed');
    expect(checkProcurement({ ...base, contractSignedOn: '2021-09-28', prepaymentAmount: '299.99' }).status).toBe('missed');
    expect(checkProcurement({ ...base, contractSignedOn: '2021-09-28', prepaymentAmount: '300.00' }).status).toBe('met');
  });

  it('accepts Date objects, read in Asia/Shanghai', () => {
    const check = checkProcurement({ ...WHOLE_LIFE, awardNoticeIssuedOn: new Date('2021-09-07T16:30:00Z') });
    expect(check.results['m13-contract-signing']).toEqual(checkProcurement(WHOLE_LIFE).results['m13-contract-signing']);
  });

  it('passes the options to evaluate: no trace, another calendar', () => {
    const check = checkProcurement(WHOLE_LIFE, { trace: false, calendar: createCalendar() });
    expect(Object.values(check.results).every((r) => r.status !== 'not_started' && r.status !== 'out_of_range' && r.trace.length === 0)).toBe(true);
    expect(() => checkProcurement(WHOLE_LIFE, untyped({ trace: 1 }))).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('reports every problem of the record at once, at record paths: unknown fields, bad dates and amounts', () => {
    expect(issuesOf({ awardNoticeIssuedOn: '2021-02-30', contractAmount: '-1', supplierIsSme: 'yes', awardedOn: '2021-09-08' }).map((i) => i.path.join('.'))).toEqual([
      'awardNoticeIssuedOn',
      'contractAmount',
      'supplierIsSme',
      'awardedOn',
    ]);
    expect(issuesOf({ contractAmount: '0', supplierIsSme: false }).map((i) => [i.path.join('.'), i.message])).toEqual([
      ['awardNoticeIssuedOn', 'is required'],
      ['contractAmount', 'must be greater than 0'],
    ]);
    expect(issuesOf({ ...WHOLE_LIFE, prepaymentAmount: '1.001' }).map((i) => i.path.join('.'))).toEqual(['prepaymentAmount']);
    expect(issuesOf(null).map((i) => i.path)).toEqual([[]]);
  });

  it('judges every other rule when a trigger day is missing: its rule waits for it (a database without performance dates)', () => {
    const check = checkProcurement({ ...WHOLE_LIFE, performanceCompletedOn: null, asOf: '2021-10-25' });
    expect(check.results['m14-acceptance']).toEqual({ ruleId: 'm14-acceptance', kind: 'deadline', status: 'not_started', waitingFor: 'performanceCompletedOn' });
    // Signing: 20 days from 2021-09-08 is 2021-09-28 (calendar days); payment: 5 working days from 2021-10-12 is 2021-10-19.
    expect(check.results['m13-contract-signing']).toMatchObject({ status: 'met', due: '2021-09-28' });
    expect(check.results['m15-payment']).toMatchObject({ status: 'met', due: '2021-10-19' });
    expect(check.results['m15-prepayment-ratio']).toMatchObject({ status: 'met' });
    expect(check).toMatchObject({ status: 'met', complete: false });
    const unpaid = checkProcurement({ ...WHOLE_LIFE, invoiceReceivedOn: null });
    expect(unpaid.results['m15-payment']).toEqual({ ruleId: 'm15-payment', kind: 'deadline', status: 'not_started', waitingFor: 'invoiceReceivedOn' });
  });

  it('leaves the prepayment rule waiting for the first fact it lacks, and judges the deadlines', () => {
    for (const field of ['contractAmount', 'supplierIsSme', 'prepaymentAmount'] as const) {
      const check = checkProcurement({ ...WHOLE_LIFE, [field]: null });
      expect(check.results['m15-prepayment-ratio']).toEqual({ ruleId: 'm15-prepayment-ratio', kind: 'threshold', status: 'not_started', waitingFor: field });
      expect(check.results['m15-payment']).toMatchObject({ status: 'met' });
    }
  });

  it('refuses facts that contradict each other, naming both fields and values', () => {
    expect(issuesOf({ ...WHOLE_LIFE, contractAmount: '1200000.00', prepaymentAmount: '2000000.00' })).toEqual([
      { path: ['prepaymentAmount'], message: 'must not be more than `contractAmount`: 2000000.00 is more than 1200000.00', code: 'custom', params: { reason: 'more_than', field: 'contractAmount', value: '2000000.00', otherValue: '1200000.00' } },
    ]);
    expect(issuesOf({ ...WHOLE_LIFE, contractSignedOn: '2021-09-28', performanceCompletedOn: '2021-09-27' })).toEqual([
      { path: ['performanceCompletedOn'], message: 'must not be before `contractSignedOn`: 2021-09-27 is before 2021-09-28', code: 'custom', params: { reason: 'before', field: 'contractSignedOn', value: '2021-09-27', otherValue: '2021-09-28' } },
    ]);
    // The whole contract paid in advance is not a contradiction.
    expect(checkProcurement({ ...WHOLE_LIFE, prepaymentAmount: '1000000.00' }).results['m15-prepayment-ratio']).toMatchObject({ status: 'met' });
  });

  it('reports an action day before its trigger day at the record’s field, in the record’s words', () => {
    const record = { ...WHOLE_LIFE, contractSignedOn: '2021-09-07', paymentProcessedOn: '2021-10-11' };
    expect(issuesOf(record)).toEqual([
      { path: ['contractSignedOn'], message: 'must not be before `awardNoticeIssuedOn`: 2021-09-07 is before 2021-09-08', code: 'custom', params: { reason: 'before', field: 'awardNoticeIssuedOn', value: '2021-09-07', otherValue: '2021-09-08' } },
      { path: ['paymentProcessedOn'], message: 'must not be before `invoiceReceivedOn`: 2021-10-11 is before 2021-10-12', code: 'custom', params: { reason: 'before', field: 'invoiceReceivedOn', value: '2021-10-11', otherValue: '2021-10-12' } },
    ]);
    expect(() => checkProcurement(record)).toThrow(
      'Invalid procurement record: contractSignedOn: must not be before `awardNoticeIssuedOn`: 2021-09-07 is before 2021-09-08; paymentProcessedOn: must not be before `invoiceReceivedOn`: 2021-10-11 is before 2021-10-12.',
    );
  });

  it('gives out_of_range for a rule that needs a day outside the calendar, where evaluate throws, and judges the others', () => {
    const record = { awardNoticeIssuedOn: '2003-12-05', contractAmount: '1.00', prepaymentAmount: '0.50', supplierIsSme: false, asOf: '2004-01-05' };
    const expected = safeEvaluate('m13-contract-signing', { start: '2003-12-05', asOf: '2004-01-05' });
    if (expected.success) throw new Error('expected CALENDAR_OUT_OF_RANGE');
    const check = checkProcurement(record);
    expect(check.results['m13-contract-signing']).toEqual({
      ruleId: 'm13-contract-signing',
      kind: 'deadline',
      status: 'out_of_range',
      code: 'CALENDAR_OUT_OF_RANGE',
      message: expected.error.message,
      years: [2003],
      details: expected.error.details,
    });
    expect(check.results['m15-prepayment-ratio'].status).toBe('met');
    expect([check.status, check.complete]).toEqual(['incomplete', false]);
  });

  it('judges the prepayment ratio of a contract awarded on 2026-12-15, whose signing period runs into 2027', () => {
    // 2026-12-15 + 20 days = 2027-01-04, a year without a notice (as of the built-in data).
    const check = checkProcurement({ awardNoticeIssuedOn: '2026-12-15', contractAmount: '100.00', prepaymentAmount: '20.00', supplierIsSme: true, asOf: '2026-12-20' });
    expect(check.results['m13-contract-signing']).toMatchObject({ status: 'out_of_range', years: [2027] });
    expect(check.results['m15-prepayment-ratio'].status).toBe('not_met'); // 20% < 50% for an SME
    expect(check.status).toBe('missed'); // a breach already happened, whatever 2027 brings
    const fine = checkProcurement({ awardNoticeIssuedOn: '2026-12-15', contractAmount: '100.00', prepaymentAmount: '50.00', supplierIsSme: true, asOf: '2026-12-20' });
    expect([fine.status, fine.complete, fine.upcoming]).toEqual(['incomplete', false, []]);
    // In words for people: the rule's name and the missing year, no API name (the remedy for developers is in `message`).
    const signing = fine.results['m13-contract-signing'];
    expect(explain(signing)).toMatch(/^「政府采购合同签订」暂无法判断：计算需要2027年的放假安排/u);
    expect(explain(signing, { locale: 'en' })).toMatch(/^Procurement contract signing cannot be judged yet: the answer needs the public holidays of 2027 /u);
    for (const locale of ['zh-CN', 'en'] as const) expect(explain(signing, { locale })).not.toMatch(/createCalendar|schedules|provisional|m13-|--/u);
    expect(signing.status === 'out_of_range' && signing.message).toMatch(/createCalendar\(\{ schedules \}\)/u);
    // With the projection, the same record is judged.
    expect(checkProcurement({ awardNoticeIssuedOn: '2026-12-15', contractAmount: '100.00', prepaymentAmount: '50.00', supplierIsSme: true, asOf: '2026-12-20' }, { calendar: createCalendar({ unpublishedYears: 'provisional' }) }).status).toBe('pending');
  });

  it('re-exports explain, the same function as the rules’ one, for its results', () => {
    expect(explain).toBe(rulesExplain);
    const result = checkProcurement(WHOLE_LIFE).results['m15-payment'];
    if (result.status === 'not_started') throw new Error('expected a result');
    expect(explain(result)).toContain('办理支付手续');
  });

  it('has a kind, like every result, that says how to read its status', () => {
    const breached = checkProcurement({ awardNoticeIssuedOn: '2021-09-01', contractSignedOn: '2021-10-29', contractAmount: '100.00', supplierIsSme: false });
    expect(breached.kind).toBe('procurement');
    expect(breached.status).toBe('missed');
    // 江津府办发〔2021〕113号 measure 13: a contract signed after the period is a breach of the record, not a late step.
    expect(labelOf(breached.status, 'zh', breached.kind)).toBe('已违反规定');
    expect(labelOf(breached.status, 'en', breached.kind)).toBe('Breached');
  });
});
