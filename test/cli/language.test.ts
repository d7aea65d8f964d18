import { describe, expect, it } from 'vitest';
import { runCliInProcess } from './runCliInProcess.js';

/** The command line as a person types it: no --lang, so in the CLI's default language, Chinese. */
const zh = (argv: readonly string[], stdin?: string) => runCliInProcess(argv, { lang: 'zh', ...(stdin === undefined ? {} : { stdin }) });

const CONTRACT = '{"awardNoticeIssuedOn":"2021-09-08","contractSignedOn":"2021-10-20","contractAmount":"1000.00","supplierIsSme":false,"asOf":"2021-10-25"}\n';
const COMMANDS = ['workdays', 'holidays', 'calendar', 'deadline', 'check', 'procurement', 'connections', 'sql', 'measures', 'rules', 'notice'];

describe('the CLI in the language of --lang (zh by default)', () => {
  it('prints a batch line and its summary in Chinese, each rule by its name, and in English with --lang en', async () => {
    const run = await zh(['procurement', '--input', '-', '--id', 'contractNo'], CONTRACT.replace('{', '{"contractNo":"JJ-001",'));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^第1行 \[JJ-001\]：已违反规定（尚未全部完成）：政府采购合同签订逾期完成（截止2021-09-28），/u);
    expect(run.stdout).toMatch(/^共 1 条记录：已违反规定 1$/mu);
    expect(run.stdout).not.toMatch(/\b(missed|met|pending|overdue|not_started|line|record)\b/u);
    const english = await runCliInProcess(['procurement', '--input', '-', '--lang', 'en'], { stdin: CONTRACT });
    expect(english.stdout).toMatch(/^line 1: missed \(not complete\): m13-contract-signing missed \(due 2021-09-28\), /u);
  });

  it('keeps the machine formats in English keys and codes whatever the language', async () => {
    const jsonl = await zh(['procurement', '--input', '-', '--format', 'jsonl'], CONTRACT);
    expect(JSON.parse(jsonl.stdout.split('\n')[0] as string)).toMatchObject({ line: 1, ok: true, result: { status: 'missed', results: { 'm13-contract-signing': { status: 'missed' } } } });
    const csv = await zh(['procurement', '--input', '-', '--format', 'csv'], CONTRACT);
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^\uFEFF?line,status,complete,m13-contract-signing,/u);
    expect(csv.stdout.split('\r\n')[1]).toMatch(/^1,missed,false,missed,/u);
    expect(JSON.parse((await zh(['deadline', 'm15-payment', '--start', '2021-09-29', '--as-of', '2021-10-01', '--json'])).stdout)).toMatchObject({ result: { status: 'pending' } });
  });

  it('prints a deadline and a day in Chinese', async () => {
    expect((await zh(['deadline', 'm15-payment', '--start', '2021-09-29', '--end', '2021-10-13'])).stdout).toMatch(/^逾期完成 · 截止日期 2021-10-12\n最迟于2021年10月12日/u);
    expect((await zh(['workdays', 'info', '2021-10-09'])).stdout).toBe('2021-10-09 星期六 上班 调休上班 国庆节（国办发明电〔2020〕27号）\n');
  });

  it('reports the errors of the facts in Chinese, naming the rule and the field, and in English with --lang en', async () => {
    const run = await zh(['deadline', 'm15-payment', '--start', '2021-02-30']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe('error INVALID_FACTS: 「办理支付」的数据有误：起算日：“2021-02-30”不是真实存在的日期：2021年2月只有28天。\n');
    expect((await runCliInProcess(['deadline', 'm15-payment', '--start', '2021-02-30', '--lang', 'en'])).stderr).toMatch(/^error INVALID_FACTS: Invalid facts for rule 'm15-payment': start: '2021-02-30' is not a real date/u);
  });

  it('says past the data what adds the year, with the options of the command line and no API call', async () => {
    const { stderr } = await zh(['deadline', 'm15-payment', '--start', '2026-12-28']);
    expect(stderr).toMatch(/^error CALENDAR_OUT_OF_RANGE: 计算所需的日期超出了日历的范围：.*没有2027年的放假安排。.*命令行可用 --schedules <文件> 补充放假通知/u);
    expect(stderr).not.toMatch(/createCalendar|unpublishedYears|m15-payment/u);
  });

  it('reports a usage error in Chinese, and in English with --lang en', async () => {
    expect((await zh(['workdays', 'ad'])).stderr).toBe('error INVALID_ARGUMENT: yingshang workdays 需要子命令 add、count 或 info，而不是 "ad"（是否要输入 add？）（见 yingshang workdays --help）。\n');
    expect((await zh(['frobnicate'])).stderr).toMatch(/^error INVALID_ARGUMENT: 没有命令 "frobnicate"；可用的命令：workdays、/u);
    expect((await runCliInProcess(['workdays', 'ad', '--lang', 'en'])).stderr).toMatch(/^error INVALID_ARGUMENT: `yingshang workdays` needs a subcommand: add, count or info, not "ad" \(did you mean add\?\)/u);
  });

  it('names the kinds of rule in Chinese in rules and measures, and in English with --lang en', async () => {
    expect((await zh(['rules', 'list'])).stdout).toMatch(/^m15-prepayment-ratio +限额标准 {2}预付款比例/mu);
    expect((await zh(['rules', 'show', 'm15-payment'])).stdout).toMatch(/^m15-payment（办理时限，第15条措施）\n[^]*\n原文：对满足合同约定支付条件的/u);
    const measure = (await zh(['measures', 'show', '15'])).stdout;
    expect(measure).toMatch(/^15\. 加强支付和交付监管（m15，第1章第1\.4节）\n/u);
    expect(measure).toMatch(/\n牵头单位：区财政局\n责任单位：区级有关部门\n主题：procurement\n规则：m15-payment（办理时限）、m15-prepayment-ratio（限额标准）\n/u);
    expect(`${(await zh(['rules', 'list'])).stdout}${measure}`.replaceAll(/\bm\d\d-[a-z\d-]+/gu, '')).not.toMatch(/\b(deadline|threshold|target|average|measure|clause|lead|responsible|chapter)\b/u);
    expect((await runCliInProcess(['rules', 'list', '--lang', 'en'])).stdout).toMatch(/^m15-prepayment-ratio +Threshold {2}\S/mu);
    expect((await runCliInProcess(['measures', 'show', '15', '--lang', 'en'])).stdout).toMatch(/\nrules: m15-payment \(Deadline\), m15-prepayment-ratio \(Threshold\)\n/u);
  });

  it('prints what notice parse read in Chinese, and in English with --lang en', async () => {
    const text = '一、元旦：1月1日（周五）放假1天，与周末连休。\n';
    const options = ['--url', 'https://example.org/2027', '--doc-no', 'TEST', '--published-on', '2026-11-20', '--title', '国务院办公厅关于2027年部分节假日安排的通知', '--year', '2027'];
    // 2027-01-01 is a Friday: the projection would make the weekend after it holidays too (三天假期), the notice does not.
    expect((await zh(['notice', 'parse', '-', ...options], text)).stdout).toBe(
      ['2027年：国务院办公厅关于2027年部分节假日安排的通知（TEST，2026-11-20）', '  元旦：放假 2027-01-01', '与推算的放假安排（--provisional）不同的日子：', '  2027-01-02：通知为周末，推算为节假日', '  2027-01-03：通知为周末，推算为节假日', ''].join('\n'),
    );
    const notice2026 = new URL('../../seeds/calendar/notices/2026.txt', import.meta.url).pathname;
    expect((await zh(['notice', 'parse', notice2026, '--url', 'https://www.gov.cn/zhengce/content/202511/content_7047090.htm'])).stdout).toMatch(/\n {2}国庆节：放假 2026-10-01 至 2026-10-07；调休上班 2026-09-20、2026-10-10\n与推算的放假安排（--provisional）完全相同。\n$/u);
    expect((await runCliInProcess(['notice', 'parse', '-', ...options, '--lang', 'en'], { stdin: text })).stdout).toMatch(/^2027: .*\n {2}New Year's Day: rest 2027-01-01\nDifferences from the provisional projection/u);
  });

  it('says in Chinese why a record of a batch cannot be read, and in English with --lang en', async () => {
    const csv = 'start,end\n2021-09-29\n2021-09-29,"2021-10-08\n';
    const chinese = await zh(['check', 'm15-payment', '--input', '-', '--input-format', 'csv'], csv);
    expect(chinese.stdout).toMatch(/^第2行：错误 INVALID_INPUT：这一行有 1 个单元格，但表头有 2 列（start、end）\n第3行：错误 INVALID_INPUT：带引号的单元格直到输入结束都没有闭合的引号\n/u);
    const english = await runCliInProcess(['check', 'm15-payment', '--input', '-', '--input-format', 'csv', '--lang', 'en'], { stdin: csv });
    expect(english.stdout).toMatch(/^line 2: error INVALID_INPUT: line 2: has 1 cells, but the header row names 2 columns \(start, end\)\nline 3: error INVALID_INPUT: line 3: a quoted field is not closed/u);
    const jsonl = '{"start":\n[1]\n';
    expect((await zh(['check', 'm15-payment', '--input', '-'], jsonl)).stdout).toMatch(/^第1行：错误 INVALID_INPUT：这一行不是有效的 JSON（[^\n]*\n第2行：错误 INVALID_INPUT：每一行应是一个 JSON 对象，如 \{"start":"2021-09-29"\}\n/u);
    expect((await runCliInProcess(['check', 'm15-payment', '--input', '-'], { stdin: jsonl })).stdout).toMatch(/^line 1: error INVALID_INPUT: line 1: not valid JSON \(/u);
    expect((await zh(['check', 'm15-payment', '--input', '-'], '{"start":"2021-09-29","ned":"2021-10-08"}\n')).stdout).toMatch(/^第1行：错误 INVALID_FACTS：ned 不是可以填写的项目（是否要输入 end？）；可以填写的项目：start、end、/u);
    const pause = await zh(['check', 'm15-payment', '--input', '-', '--input-format', 'csv'], 'start,pauses\n2021-09-29,x\n');
    expect(pause.stdout).toMatch(/^第2行：错误 INVALID_INPUT：pauses 列（中止计时）：中止计时期间应写作 <起始日>\.\.<结束日>/u);
    expect(`${chinese.stdout}${pause.stdout}`).not.toMatch(/\b(line|cells|header|column)\b/u);
    // A CSV report for people (--csv-headers zh) gives the same reason in Chinese; the machine formats keep the English message.
    const forPeople = await zh(['check', 'm15-payment', '--input', '-', '--input-format', 'csv', '--format', 'csv', '--csv-headers', 'zh'], csv);
    expect(forPeople.stdout.split('\r\n')[1]).toMatch(/^2,.*,INVALID_INPUT,这一行有 1 个单元格，但表头有 2 列（start、end）$/u);
    const jsonlReport = await zh(['check', 'm15-payment', '--input', '-', '--input-format', 'csv', '--format', 'jsonl'], csv);
    expect(JSON.parse(jsonlReport.stdout.split('\n')[0] as string)).toEqual({ line: 2, ok: false, error: { code: 'INVALID_INPUT', message: 'line 2: has 1 cells, but the header row names 2 columns (start, end)' } });
  });

  it.each(COMMANDS)('gives the --help of %s in Chinese by default and in English with --lang en', async (command) => {
    const chinese = (await zh([command, '--help'])).stdout;
    expect(chinese).toMatch(/^用法：\n/u);
    expect(chinese).toMatch(/\n退出码：\n/u);
    expect(chinese).not.toMatch(/\b(Usage|Options|Examples|Exit codes)\b/u);
    const english = (await runCliInProcess([command, '--help', '--lang', 'en'])).stdout;
    expect(english).toMatch(/^Usage:\n/u);
    expect(english).toMatch(/\nExit codes:\n/u);
  });
});
