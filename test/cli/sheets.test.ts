import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRows } from '../../src/cli/csvRows.js';
import { getRule } from '../../src/rules/index.js';
import { runCliInProcess } from './runCliInProcess.js';
import { asyncOf } from '../fixtures/asyncOf.js';

// Files shaped like real exports of Excel and WPS: a UTF-8 BOM, CRLF, Chinese column names, dates written every way a
// clerk writes them, Excel's TRUE/FALSE and 是/否, amounts with ¥, 元 and quoted thousands separators, and cells that a
// spreadsheet would run as formulas.
const PROCUREMENT = 'test/fixtures/sheets/procurement-export.csv';
const CONNECTIONS = 'test/fixtures/sheets/connections-export.csv';

async function rowsOf(text: string): Promise<string[][]> {
  const rows: string[][] = [];
  const chunks = (): AsyncIterable<string> => asyncOf([text]);
  for await (const row of csvRows(chunks())) if ('cells' in row) rows.push([...row.cells]);
  return rows;
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('a procurement export from a spreadsheet', () => {
  const args = ['procurement', '--input', PROCUREMENT, '--id', '合同编号', '--keep', '供应商', '--as-of', '2021-10-20'];

  it('is read by its Chinese column names, and every record is judged', async () => {
    const run = await runCliInProcess([...args, '--format', 'jsonl']);
    expect(run.stderr).toBe('');
    const [one, two, three, four, summary] = jsonLines(run.stdout);
    // Award 2021/9/8 + 20 days = 09-28, signed 2021年9月28日; invoice 2021.9.29 + 5 working days = 10-12 (10-01..07 off,
    // Saturday 10-09 a make-up working day), paid 20211012; 500,000 of 1,000,000 for an SME (TRUE) is 50%.
    expect(one).toMatchObject({ id: 'HT-2021-001', keep: { 供应商: '重庆某某科技有限公司, 江津分公司' }, ok: true, result: { status: 'met', complete: false } });
    expect(one).toMatchObject({ result: { results: { 'm13-contract-signing': { status: 'met', due: '2021-09-28' }, 'm15-payment': { status: 'met', due: '2021-10-12' }, 'm15-prepayment-ratio': { status: 'met' } } } });
    // Full-width ２０２１－０９－０８, signed 10-08: 10 days late; no prepayment recorded yet (否: not an SME).
    expect(two).toMatchObject({ id: '=1+2', ok: true, result: { status: 'missed', results: { 'm13-contract-signing': { status: 'missed', overBy: 10 }, 'm15-prepayment-ratio': { status: 'not_started' } } } });
    // ￥1200000元 and 600000 for an SME (是): 50%; acceptance on the 4th working day of 7, payment on the 5th of 5.
    expect(three).toMatchObject({ result: { status: 'met', complete: true, results: { 'm14-acceptance': { status: 'met', elapsed: 4 }, 'm15-payment': { status: 'met', due: '2021-10-19' }, 'm15-prepayment-ratio': { status: 'met' } } } });
    // A database row with an acceptance day but no performance day: acceptance waits for it, the rest is judged.
    expect(four).toMatchObject({
      result: { status: 'met', results: { 'm14-acceptance': { status: 'not_started', waitingFor: 'performanceCompletedOn' }, 'm13-contract-signing': { status: 'met' }, 'm15-prepayment-ratio': { status: 'met', actual: '0.300000' } } },
    });
    expect(summary).toMatchObject({ summary: { records: 4, badRecords: 0 } });
    expect(run.code).toBe(1); // a deadline was missed
  });

  it('writes a CSV report that opens right in Excel and WPS: a BOM, Chinese text intact, no live formula', async () => {
    const run = await runCliInProcess([...args, '--format', 'csv']);
    const bytes = Buffer.from(run.stdout, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = await rowsOf(run.stdout);
    expect(rows[0]?.slice(0, 3)).toEqual(['line', 'id', '供应商']);
    expect(rows.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['2', 'HT-2021-001', '重庆某某科技有限公司, 江津分公司', 'met'],
      ['3', "'=1+2", "'@SUM(A1)", 'missed'],
      ['4', 'HT-2021-003', "'+cmd", 'met'],
      ['5', 'HT-2021-004', '\'-供应商 "丁"', 'met'],
    ]);
    // No cell of the report starts a formula.
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes the cells exactly for machines (--csv-for machines): no BOM, no prefix', async () => {
    const run = await runCliInProcess([...args, '--format', 'csv', '--csv-for', 'machines']);
    expect(run.stdout.startsWith('line,id,')).toBe(true);
    const rows = await rowsOf(run.stdout);
    expect(rows.map((r) => r[1])).toEqual(['id', 'HT-2021-001', '=1+2', 'HT-2021-003', 'HT-2021-004']);
  });

  it('round-trips through the CLI’s own reader: a file it wrote for machines reads back to the same results', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yingshang-sheets-'));
    // The CLI's report, for machines, carrying the record's own columns back in: read again, the same records.
    const source = readFileSync(PROCUREMENT, 'utf8');
    const report = await runCliInProcess([...args, '--format', 'csv', '--csv-for', 'machines', '--keep', '中标通知书发出日期,合同签订日期,收到发票日期,付款日期,合同金额,预付款金额,是否中小企业']);
    const again = join(dir, 'again.csv');
    writeFileSync(again, report.stdout);
    const reread = await runCliInProcess([
      'procurement', '--input', again, '--id', 'id', '--ignore-unknown-columns', '--as-of', '2021-10-20', '--format', 'jsonl',
      '--map', '中标通知书发出日期=awardNoticeIssuedOn', '--map', '合同签订日期=contractSignedOn', '--map', '收到发票日期=invoiceReceivedOn',
      '--map', '付款日期=paymentProcessedOn', '--map', '合同金额=contractAmount', '--map', '预付款金额=prepaymentAmount', '--map', '是否中小企业=supplierIsSme',
    ]);
    const first = await runCliInProcess(['procurement', '--input', PROCUREMENT, '--id', '合同编号', '--ignore-unknown-columns', '--as-of', '2021-10-20', '--format', 'jsonl']);
    const results = (stdout: string): unknown[] => jsonLines(stdout).flatMap((r) => ('result' in r ? [[r['id'], (r['result'] as { results: Record<string, { status: string }> }).results['m13-contract-signing']]] : []));
    expect(source).toContain('\r\n');
    expect(reread.stderr).toBe('');
    expect(results(reread.stdout)).toEqual(results(first.stdout));
    expect(results(reread.stdout)).toHaveLength(4);
  });
});

describe('a connections export from a spreadsheet', () => {
  const args = ['connections', '--input', CONNECTIONS, '--id', '受理编号', '--keep', '申请人', '--as-of', '2021-10-20'];

  it('is read by its Chinese column names, and every application is judged', async () => {
    const run = await runCliInProcess([...args, '--format', 'jsonl']);
    const [water, electricity, gas, open, summary] = jsonLines(run.stdout);
    // Accepted Saturday 2021/9/18 (a make-up working day); 09-19..21 Mid-Autumn off, 09-22 paused, Sunday 09-26 and
    // Saturday 10-09 make-up working days: the 9th working day is 10-09, completed 2021年10月13日, 3 working days late.
    expect(water).toMatchObject({ id: 'JJW-001', keep: { 申请人: '甲公司, 江津' }, result: { ruleId: 'm06-water-connection', status: 'missed', due: '2021-10-09', overBy: 3 } });
    expect(electricity).toMatchObject({ ok: true, result: { ruleId: 'm06-electricity-low-voltage', end: '2021-10-12' } });
    expect(gas).toMatchObject({ ok: true, result: { ruleId: 'm06-gas-total', start: '2021-09-14', end: '2021-09-26' } });
    // Accepted Friday 10-08, paused since 10-11 and still paused on 10-20: only Saturday 10-09 counted.
    expect(open).toMatchObject({ ok: true, result: { status: 'pending', elapsed: 1, due: '2021-11-01' } });
    expect(summary).toMatchObject({ summary: { records: 4, badRecords: 0 } });
  });

  it('writes a CSV report with a BOM and the formula cell neutralised', async () => {
    const run = await runCliInProcess([...args, '--format', 'csv']);
    expect(run.stdout.charCodeAt(0)).toBe(0xfeff);
    const rows = await rowsOf(run.stdout);
    expect(rows[4]?.slice(0, 3)).toEqual(['5', 'JJW-004', '\'=HYPERLINK("http://x")']);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('Chinese values of a connection application', () => {
  it('reads the utility and category in the words of measure 6, and refuses any other', async () => {
    const stdin = [
      '受理编号,报装类型,用户类别,受理日期,接入完成日期',
      'A,供水,一般项目,2021/9/18,2021年10月13日',
      'B,用电,低压小微用户,2021-9-24,2021.10.12',
      'C,燃气,居民用户通气,2021-09-27,2021-09-30',
      'D,供热,一般项目,2021-09-27,',
    ].join('\r\n');
    const run = await runCliInProcess(['connections', '--input', '-', '--input-format', 'csv', '--id', '受理编号', '--as-of', '2021-10-20', '--format', 'jsonl'], { stdin });
    const [water, electricity, gas, heat] = jsonLines(run.stdout);
    // 9 working days from Saturday 09-18 (09-19..21 off; Sunday 09-26 a make-up day): 09-22…09-30 and 10-08.
    expect(water).toMatchObject({ ok: true, result: { ruleId: 'm06-water-connection', due: '2021-10-08' } });
    expect(electricity).toMatchObject({ ok: true, result: { ruleId: 'm06-electricity-low-voltage' } });
    // 3 working days from Monday 09-27: 09-28, 09-29, 09-30; connected on 09-30.
    expect(gas).toMatchObject({ ok: true, result: { ruleId: 'm06-gas-residential-ignition', status: 'met', due: '2021-09-30' } });
    expect(heat).toMatchObject({ ok: false, error: { code: 'INVALID_FACTS', message: expect.stringContaining('"供热" is not a utility') as unknown } });
  });
});

describe('column names', () => {
  const header = 'contractNo,中标日期x,合同金额,是否中小企业,备注';

  it('reports every unknown column at once, with suggestions, before any output', async () => {
    const run = await runCliInProcess(['procurement', '--input', '-', '--input-format', 'csv'], { stdin: `${header}\r\n1,2021-09-08,1.00,是,x\r\n` });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error INVALID_ARGUMENT: The input's columns "contractNo", "中标日期x" \(did you mean 中标日期\?\), "备注" are not known fields; the fields of a procurement record are awardNoticeIssuedOn, /);
    expect(run.stderr).toContain('--map <column>=<field> or --columns <file.json>');
  });

  it('is one usage error, not an error per row, when no column gives a field every record needs', async () => {
    const run = await runCliInProcess(['procurement', '--input', '-', '--input-format', 'csv', '--ignore-unknown-columns'], { stdin: `${header}\r\n1,2021-09-08,1.00,是,x\r\n2,2021-09-09,1.00,否,y\r\n` });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error INVALID_ARGUMENT: No column of the input is read as awardNoticeIssuedOn, which every record needs; .*awardNoticeIssuedOn \(awardNoticeIssuedOn, 中标通知书发出日期, /);
  });

  it('maps any other name with --map or --columns', async () => {
    const stdin = `${header}\r\n1,2021-09-08,1.00,是,x\r\n`;
    const mapped = await runCliInProcess(['procurement', '--input', '-', '--input-format', 'csv', '--id', 'contractNo', '--keep', '备注', '--map', '中标日期x=awardNoticeIssuedOn', '--as-of', '2021-09-10', '--format', 'jsonl'], { stdin });
    expect(jsonLines(mapped.stdout)[0]).toMatchObject({ id: '1', ok: true, result: { results: { 'm13-contract-signing': { status: 'pending', due: '2021-09-28' } } } });
    const dir = mkdtempSync(join(tmpdir(), 'yingshang-columns-'));
    const file = join(dir, 'columns.json');
    writeFileSync(file, JSON.stringify({ 中标日期x: 'awardNoticeIssuedOn', 备注: 'asOf' }));
    const viaFile = await runCliInProcess(['procurement', '--input', '-', '--input-format', 'csv', '--id', 'contractNo', '--columns', file, '--format', 'jsonl'], { stdin: `${header}\r\n1,2021-09-08,1.00,是,2021/9/10\r\n` });
    expect(jsonLines(viaFile.stdout)[0]).toMatchObject({ ok: true, result: { results: { 'm13-contract-signing': { status: 'pending', asOf: '2021-09-10' } } } });
  });

  it('refuses a mapping to a field a record does not have, and two columns read as one field', async () => {
    const wrong = await runCliInProcess(['procurement', '--input', '-', '--map', '中标日期x=awardNoticeIssued'], { stdin: `${header}\r\n` });
    expect(wrong).toMatchObject({ code: 2 });
    expect(wrong.stderr).toContain('--map maps "中标日期x" to "awardNoticeIssued", which is not a field (did you mean awardNoticeIssuedOn?)');
    const twice = await runCliInProcess(['procurement', '--input', '-', '--input-format', 'csv'], { stdin: '中标日期,中标通知书发出日期\r\n2021-09-08,2021-09-08\r\n' });
    expect(twice.stderr).toMatch(/More than one column of the input is read as awardNoticeIssuedOn: 中标日期, 中标通知书发出日期/);
  });
});

describe('cells', () => {
  it('reads Excel serial dates only with --excel-dates, and 万元 only with --amount-unit 万元', async () => {
    const stdin = 'awardNoticeIssuedOn,contractAmount,prepaymentAmount,supplierIsSme,asOf\r\n44447,120,60,1,44449\r\n';
    const plain = await runCliInProcess(['procurement', '--input', '-', '--input-format', 'csv', '--format', 'jsonl'], { stdin });
    expect(jsonLines(plain.stdout)[0]).toMatchObject({ ok: false, error: { code: 'INVALID_FACTS', message: expect.stringContaining("awardNoticeIssuedOn: '44447' is not a date written year first") as unknown } });
    // Serial 44447 is 2021-09-08 (Excel's 1900 date system), 44449 is 2021-09-10.
    const excel = await runCliInProcess(['procurement', '--input', '-', '--input-format', 'csv', '--format', 'jsonl', '--excel-dates', '--amount-unit', '万元'], { stdin });
    expect(jsonLines(excel.stdout)[0]).toMatchObject({ ok: true, result: { results: { 'm13-contract-signing': { start: '2021-09-08', asOf: '2021-09-10', due: '2021-09-28' }, 'm15-prepayment-ratio': { status: 'met', actual: '0.500000' } } } });
    const wan = await runCliInProcess(['procurement', '--input', '-', '--input-format', 'csv', '--format', 'jsonl'], { stdin: 'awardNoticeIssuedOn,contractAmount,supplierIsSme\r\n2021-09-08,120万元,是\r\n' });
    expect(jsonLines(wan.stdout)[0]).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining("only when asked: unit '万元', or --amount-unit 万元") as unknown } });
  });

  it('refuses a yes/no cell it would have to guess, with the accepted spellings', async () => {
    const run = await runCliInProcess(['procurement', '--input', '-', '--input-format', 'csv', '--format', 'jsonl'], { stdin: 'awardNoticeIssuedOn,contractAmount,supplierIsSme\r\n2021-09-08,1.00,有\r\n' });
    expect(jsonLines(run.stdout)[0]).toMatchObject({ ok: false, error: { message: 'line 2: `supplierIsSme` is "有", not a yes/no value; accepted: true/false, TRUE/FALSE, True/False, 是/否, Y/N, 1/0.' } });
  });
});

describe('a CSV report with Chinese headers and statuses (--csv-headers zh)', () => {
  const args = ['procurement', '--input', PROCUREMENT, '--id', '合同编号', '--keep', '供应商', '--as-of', '2021-10-20', '--format', 'csv'];
  const signing = getRule('m13-contract-signing').name.zh;

  it('names the columns in Chinese and words each status, the kept columns as the input names them, with a BOM', async () => {
    const run = await runCliInProcess([...args, '--csv-headers', 'zh']);
    expect(run.stdout.charCodeAt(0)).toBe(0xfeff);
    const rows = await rowsOf(run.stdout);
    const header = rows[0] ?? [];
    expect(header.slice(0, 5)).toEqual(['行号', '编号', '供应商', '状态', '是否全部完成']);
    expect(header).toContain(signing);
    expect(header).toContain(`${signing}截止日期`);
    expect(header.slice(-2)).toEqual(['错误代码', '错误信息']);
    const at = header.indexOf(signing);
    // HT-2021-001 signed on its due day (a record with every rule met: 正常); the second signed 10 days late.
    expect(rows.slice(1).map((r) => [r[1], r[3], r[at]])).toEqual([
      ['HT-2021-001', '正常', '按期完成'],
      ["'=1+2", '已违反规定', '逾期完成'],
      ['HT-2021-003', '正常', '按期完成'],
      ['HT-2021-004', '正常', '按期完成'],
    ]);
    // A threshold's met is 达标: 500,000 of 1,000,000 for an SME; the second record has no prepayment yet.
    const ratio = header.indexOf(getRule('m15-prepayment-ratio').name.zh);
    expect(rows.slice(1, 3).map((r) => r[ratio])).toEqual(['达标', '未开始']);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('words the status of `check` by its rule: a payment 1 working day late', async () => {
    // Invoice 2021-09-29 + 5 working days (10-01..07 off, Saturday 10-09 a make-up day) = 10-12; paid 10-13.
    const run = await runCliInProcess(['check', 'm15-payment', '--input', '-', '--format', 'csv', '--csv-headers', 'zh'], { stdin: '{"start":"2021-09-29","end":"2021-10-13"}\n' });
    const [head, row] = await rowsOf(run.stdout);
    expect(head?.slice(0, 3)).toEqual(['行号', '状态', '截止日期']);
    expect(row?.slice(0, 3)).toEqual(['1', '逾期完成', '2021-10-12']);
    expect(row?.[head?.indexOf('超期天数') ?? -1]).toBe('1');
  });

  it('is English keys by default, for programs', async () => {
    const run = await runCliInProcess(args);
    const rows = await rowsOf(run.stdout);
    expect(rows[0]?.slice(0, 5)).toEqual(['line', 'id', '供应商', 'status', 'complete']);
    expect(rows[2]?.[3]).toBe('missed');
  });

  it('words a connection’s deadline status, and a record that could not be read, in Chinese', async () => {
    const run = await runCliInProcess(['connections', '--input', CONNECTIONS, '--id', '受理编号', '--keep', '申请人', '--as-of', '2021-10-20', '--format', 'csv', '--csv-headers', 'zh']);
    const rows = await rowsOf(run.stdout);
    expect(rows[0]?.slice(0, 6)).toEqual(['行号', '编号', '申请人', '规则', '状态', '截止日期']);
    // JJW-001: due 2021-10-09, connected 10-13: late (see the jsonl test above).
    expect(rows[1]?.slice(1, 6)).toEqual(['JJW-001', '甲公司, 江津', 'm06-water-connection', '逾期完成', '2021-10-09']);
    const bad = await runCliInProcess(['procurement', '--input', '-', '--input-format', 'csv', '--format', 'csv', '--csv-headers', 'zh'], { stdin: 'awardNoticeIssuedOn\r\n2021-13-40\r\n' });
    const [head, row] = await rowsOf(bad.stdout);
    expect(row?.[head?.indexOf('状态') ?? -1]).toBe('错误');
    expect(row?.[head?.indexOf('错误代码') ?? -1]).toBe('INVALID_FACTS');
    expect(row?.[head?.indexOf('错误信息') ?? -1]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('reads back through the CLI’s own reader: the kept input columns give the same results again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yingshang-sheets-zh-'));
    const report = await runCliInProcess([...args, '--csv-headers', 'zh', '--keep', '中标通知书发出日期,合同签订日期,履约完成日期,验收日期,收到发票日期,付款日期,合同金额,预付款金额,是否中小企业']);
    const again = join(dir, 'again.csv');
    writeFileSync(again, report.stdout);
    const reread = await runCliInProcess(['procurement', '--input', again, '--id', '编号', '--ignore-unknown-columns', '--as-of', '2021-10-20', '--format', 'jsonl']);
    const first = await runCliInProcess(['procurement', '--input', PROCUREMENT, '--id', '合同编号', '--ignore-unknown-columns', '--as-of', '2021-10-20', '--format', 'jsonl']);
    const statuses = (stdout: string): unknown[] => jsonLines(stdout).flatMap((r) => ('result' in r ? [Object.values((r['result'] as { results: Record<string, { status: string }> }).results).map((x) => x.status)] : []));
    expect(reread.stderr).toBe('');
    expect(statuses(reread.stdout)).toHaveLength(4);
    expect(statuses(reread.stdout)).toEqual(statuses(first.stdout));
  });

  it('refuses any other value, in both languages', async () => {
    const en = await runCliInProcess([...args, '--csv-headers', 'fr', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('--csv-headers is "fr"; valid values are en');
    const zh = await runCliInProcess([...args, '--csv-headers', 'fr', '--lang', 'zh']);
    expect(zh.stderr).toContain('--csv-headers 的值 "fr" 无效');
  });
});
