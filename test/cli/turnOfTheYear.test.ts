import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/cliIo.js';
import { applicationAt, factsAt, NEXT_YEAR, procurementAt, RECORD_COUNT, REACHES, recordsOf } from '../fixtures/turnOfTheYear.js';
import { runCliInProcess } from './runCliInProcess.js';

/** The records as JSON Lines. */
function jsonl(records: Iterable<unknown>): string {
  return Array.from(records, (r) => `${JSON.stringify(r)}\n`).join('');
}

const COMMANDS = [
  { argv: ['check', 'm15-payment'], records: factsAt, id: [] },
  { argv: ['procurement'], records: procurementAt, id: ['--id', 'contractNo'] },
  { argv: ['connections'], records: applicationAt, id: ['--id', 'applicationNo'] },
] as const;

interface Summary {
  readonly records: number;
  readonly badRecords: number;
  readonly count: number;
  readonly failed: number;
  readonly statuses: Readonly<Record<string, number>>;
  readonly notJudgedRecords?: number;
  readonly missingYears?: readonly number[];
}

describe.each(REACHES)(`10,000 records of which a third reach into ${NEXT_YEAR}, a year without a notice (%s), through the CLI`, (reach) => {
  it.each(COMMANDS)('yingshang $argv.0 reports every record, none as an error, and a summary that accounts for all', async ({ argv, records, id }) => {
    const run = await runCliInProcess([...argv, '--input', '-', '--format', 'jsonl', ...id], { stdin: jsonl(recordsOf(records, reach)) });
    const lines = run.stdout.trimEnd().split('\n');
    expect([lines.length, run.stderr]).toEqual([RECORD_COUNT + 1, '']);
    const { summary } = JSON.parse(lines[lines.length - 1] ?? '') as { summary: Summary };
    expect([summary.records, summary.count, summary.badRecords, summary.failed]).toEqual([RECORD_COUNT, RECORD_COUNT, 0, 0]);
    expect(Object.values(summary.statuses).reduce((a, b) => a + b, 0)).toBe(RECORD_COUNT);
    expect(summary.notJudgedRecords).toBeGreaterThan(0);
    expect(summary.missingYears).toEqual([NEXT_YEAR]);
    // No bad record; some 2021 records are late, so a rule was broken: 1 comes before 4.
    expect(run.code).toBe(EXIT.ruleBroken);
  });
});

describe('the exit status of a batch with records not judged yet', () => {
  const open2027 = '{"start":"2026-12-28","asOf":"2026-12-30"}\n';
  const met = '{"start":"2021-09-29","end":"2021-10-12"}\n';
  const late = '{"start":"2021-09-29","end":"2021-10-13"}\n';
  const bad = '{"start":"2021-02-30"}\n';

  it('is 4 when records could not be judged and nothing is worse, 1 with a broken rule, 3 with a bad record', async () => {
    const exits = [];
    for (const stdin of [met, open2027 + met, open2027 + late, open2027 + late + bad]) exits.push((await runCliInProcess(['check', 'm15-payment', '--input', '-'], { stdin })).code);
    expect(exits).toEqual([EXIT.ok, EXIT.notJudged, EXIT.ruleBroken, EXIT.badRecords]);
    expect(EXIT.notJudged).toBe(4);
  });

  it('is the same for the three batch commands, and the note names the missing year in the language of --lang', async () => {
    const procurement = await runCliInProcess(['procurement', '--input', '-'], { lang: 'zh', stdin: '{"awardNoticeIssuedOn":"2026-12-15","contractAmount":"100","supplierIsSme":true,"asOf":"2026-12-20"}\n' });
    const connections = await runCliInProcess(['connections', '--input', '-', '--as-of', '2026-12-31', '--lang', 'en'], { stdin: '{"utility":"gas","category":"total","acceptedOn":"2026-12-20"}\n' });
    const check = await runCliInProcess(['check', 'm15-payment', '--input', '-', '--lang', 'en'], { stdin: open2027 });
    expect([procurement.code, connections.code, check.code]).toEqual([4, 4, 4]);
    // Chinese by default: the record's status, each rule by its name and its status's label.
    expect(procurement.stdout).toMatch(/^第1行：部分暂无法判断（尚未全部完成）：政府采购合同签订暂无法判断，履约验收未开始，/u);
    expect(procurement.stdout).toContain('1 条记录暂无法判断（out_of_range）：需要2027年的放假安排');
    expect(connections.stdout).toMatch(/^line 1: m06-gas-total out_of_range: Gas connection \(whole process\) cannot be judged yet: the answer needs the public holidays of 2027 /u);
    expect(connections.stdout).toContain('1 record not judged yet (out_of_range): it needs the public holidays of 2027');
    expect(check.stdout).toMatch(/^line 1: out_of_range: Payment processing cannot be judged yet/u);
  });
});
