import { describe, expect, it } from 'vitest';
import { checkProcurement } from '../../src/procurement/index.js';
import { runCliInProcess } from './runCliInProcess.js';

const CONTRACTS = [
  'contractNo,awardNoticeIssuedOn,contractSignedOn,invoiceReceivedOn,paymentProcessedOn,contractAmount,prepaymentAmount,supplierIsSme',
  // Signed on day 20 (2021-09-28) and paid on the 5th working day after 2021-09-29 (10-01..07 off, 10-09 a make-up day).
  'HT-1,2021-09-08,2021-09-28,2021-09-29,2021-10-12,1000000.00,500000.00,true',
  // Signed on day 30; the invoice of 09-29 is unpaid on 10-15, 3 working days after the due date 10-12.
  'HT-2,2021-09-08,2021-10-08,2021-09-29,,1000000.00,,false',
  'HT-3,2021-02-30,,,,1.00,,false',
].join('\r\n');

describe('yingshang procurement (in process)', () => {
  it('checks every contract with checkProcurement, carrying --id, with a summary per rule', async () => {
    const run = await runCliInProcess(['procurement', '--input', '-', '--input-format', 'csv', '--id', 'contractNo', '--as-of', '2021-10-15', '--format', 'jsonl'], { stdin: CONTRACTS });
    expect(run.code).toBe(3);
    const [first, second, third, last] = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const expected = checkProcurement(
      { awardNoticeIssuedOn: '2021-09-08', contractSignedOn: '2021-09-28', invoiceReceivedOn: '2021-09-29', paymentProcessedOn: '2021-10-12', contractAmount: '1000000.00', prepaymentAmount: '500000.00', supplierIsSme: true, asOf: '2021-10-15' },
      { trace: false },
    );
    expect(first).toMatchObject({ line: 2, id: 'HT-1', ok: true, result: { status: expected.status, complete: expected.complete } });
    expect(first).toMatchObject({ result: { results: { 'm13-contract-signing': { status: 'met', due: '2021-09-28' }, 'm15-payment': { status: 'met', elapsed: 5 }, 'm15-prepayment-ratio': { status: 'met' } } } });
    expect(JSON.stringify(first)).not.toContain('"trace"');
    expect(second).toMatchObject({ id: 'HT-2', result: { status: 'missed', results: { 'm13-contract-signing': { status: 'missed', overBy: 10 }, 'm15-payment': { status: 'overdue', overBy: 3 } } } });
    expect(third).toMatchObject({ id: 'HT-3', ok: false, error: { code: 'INVALID_FACTS', message: expect.stringContaining("awardNoticeIssuedOn: '2021-02-30' is not a real date") as unknown } });
    expect(last).toMatchObject({
      summary: {
        records: 3,
        badRecords: 1,
        statuses: { missed: 1, met: 1 },
        byRule: {
          'm13-contract-signing': { statuses: { met: 1, missed: 1 }, elapsed: { calendar_days: { count: 2, mean: 25, median: 25, p90: 30 } } },
          'm14-acceptance': { notStarted: 2 },
          'm15-payment': { statuses: { met: 1, overdue: 1 }, elapsed: { working_days: { count: 1, mean: 5, median: 5, p90: 5 } } },
          'm15-prepayment-ratio': { statuses: { met: 1 }, notStarted: 1 },
        },
      },
    });
  });

  it('writes one CSV row per contract with each rule’s status and due date, and the summary on stderr', async () => {
    const run = await runCliInProcess(['procurement', '--input', '-', '--input-format', 'csv', '--id', 'contractNo', '--as-of', '2021-10-15', '--format', 'csv'], { stdin: CONTRACTS });
    expect(run.stdout.split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFline,id,status,complete,m13-contract-signing,m13-contract-signing.due,m14-acceptance,m14-acceptance.due,m15-payment,m15-payment.due,m15-prepayment-ratio,errorCode,errorMessage',
      '2,HT-1,met,false,met,2021-09-28,not_started,,met,2021-10-12,met,,',
      '3,HT-2,missed,false,missed,2021-09-28,not_started,,overdue,2021-10-12,not_started,,',
    ]);
    expect(run.stderr).toMatch(/^3 records: 1 missed, 1 met, 1 bad record\n {2}m13-contract-signing: 1 met, 1 missed, calendar days \(completed\): mean 25\.0, median 25, p90 30, max 30\n {2}m14-acceptance: 2 not_started\n/);
  });

  it('reads null as "not yet" and exits 1 when a contract breaks a rule', async () => {
    const record = '{"awardNoticeIssuedOn":"2021-09-08","contractSignedOn":null,"contractAmount":"100.00","supplierIsSme":false,"asOf":"2021-10-01"}\n';
    const run = await runCliInProcess(['procurement', '--input', '-', '--format', 'jsonl'], { stdin: record });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout.split('\n')[0] ?? '')).toMatchObject({ ok: true, result: { status: 'overdue', results: { 'm13-contract-signing': { status: 'overdue' } } } });
  });
});

describe('yingshang connections (in process)', () => {
  it('checks the example month of applications as checkConnections does, keyed by their id', async () => {
    const run = await runCliInProcess(['connections', '--input', 'examples/data/connections-2021-10.csv', '--id', 'id', '--as-of', '2021-10-31', '--format', 'jsonl']);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(161);
    // The first row of the file: water, accepted 09-18 (day 0), a pause on 09-22; completed 10-13.
    expect(lines[0]).toMatchObject({ line: 2, id: 'JJW21100001', ok: true, result: { ruleId: 'm06-water-connection', status: 'missed' } });
    // The same figures as the monthly report example (examples/utilityMonthlyReport.mjs) for water: 49 applications, 35 in time, 4 late, 8 open, 2 overdue; 6.9/7/11.
    expect(lines.at(-1)).toMatchObject({
      summary: {
        records: 160,
        badRecords: 0,
        byRule: { 'm06-water-connection': { count: 49, statuses: { met: 35, missed: 4, pending: 8, overdue: 2 }, elapsed: { working_days: { median: 7, p90: 11 } } } },
        electricity10kvAverage: { status: 'met', count: 12 },
      },
    });
  });

  it('refuses the file without --id or --ignore-unknown-columns, naming its id column', async () => {
    const run = await runCliInProcess(['connections', '--input', 'examples/data/connections-2021-10.csv']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^error INVALID_ARGUMENT: The input's column "id" is not a known field; the fields of a connection application are utility, category, acceptedOn, completedOn, asOf, pauses;/);
  });
});
