import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAnnotations, ROOT, syncAll, type Problem } from '../../scripts/generate/syncDocSnippets.js';

// Every example of examples/ runs here against the build (`npm run build` first), as a real process, once per time
// zone: what it prints is checked against its expected lines, its `//=>` comments, the output blocks of the guides and
// README that show it, and, for the Node examples, its output in another host time zone.

/** Two real processes per example (the SQL one boots two embedded databases): generous on a busy machine. */
const SPAWN_TIMEOUT = 240_000;
const RECORDER = new URL('./consoleRecorder.mjs', import.meta.url).href;
const scratch = mkdtempSync(join(tmpdir(), 'yingshang-examples-'));
afterAll(() => { rmSync(scratch, { recursive: true, force: true }); });

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Every console.log of the example itself: the line of the call and what it printed. */
  readonly records: readonly { readonly line: number | null; readonly text: string }[];
}

const runs = new Map<string, Run>();

/** Runs `examples/<file>` under `TZ=timeZone`, once, recording the console.log calls of a Node example. */
function run(file: string, timeZone = 'Asia/Shanghai'): Run {
  const key = `${file} ${timeZone}`;
  const cached = runs.get(key);
  if (cached) return cached;
  const path = join(ROOT, 'examples', file);
  const recordFile = join(scratch, `${runs.size}.json`);
  const env = { ...process.env, TZ: timeZone, YINGSHANG_RECORD_SOURCE: pathToFileURL(path).href, YINGSHANG_RECORD_FILE: recordFile };
  const child = file.endsWith('.sh')
    ? spawnSync('bash', [path], { encoding: 'utf8', env, timeout: SPAWN_TIMEOUT })
    : spawnSync(process.execPath, ['--import', RECORDER, path], { encoding: 'utf8', env, timeout: SPAWN_TIMEOUT });
  const records = existsSync(recordFile) ? (JSON.parse(readFileSync(recordFile, 'utf8')) as Run['records']) : [];
  const result = { status: child.status, stdout: child.stdout, stderr: child.stderr, records };
  runs.set(key, result);
  return result;
}

/** What each Node example must print (it imports the built package by name). */
const EXPECTED_OUTPUT: Readonly<Record<string, readonly (string | RegExp)[]>> = {
  'holidayDeadlines.mjs': ['国庆节 National Day 2021', /invoice 2021-09-29 .* → pay by 2021-10-12/],
  'procurementLifecycle.mjs': [
    '【2021-09-15】中标通知书已发出（9月8日）：有期限在进行\n  合同签订（20日内）：进行中\n  履约验收（7个工作日内）：未开始',
    '⏰ 合同签订（20日内）最迟于2021-09-28（含当日）完成，还剩13天',
    '⏰ 办理支付（5个工作日内）最迟于2021-10-19（含当日）完成，还剩3个工作日',
    '【2021-10-22】10月20日办理支付：已违反规定（各环节均已办结，结论确定）',
    '预付款比例（中小企业不低于50%）：达标',
    '10月1日至7日国庆节放假（国办发明电〔2020〕27号）不计，10月9日（星期六）调休上班计入',
    '2021年10月20日（星期三）才办理支付手续，逾期1个工作日（用时6个工作日）',
  ],
  'utilityMonthlyReport.mjs': [
    '江津区水电气接入办理月报 · 2021年10月（统计截至2021-10-31，共160件）',
    '获得用水（一般项目，9个工作日） | 49 | 35 | 4 | 8 | 2 | 6.9/7/11',
    '居民用户通气（3个工作日） | 18 | 16 | 0 | 1 | 1 | 2.6/3/3',
    /获得用电（10千伏城镇，平均30个工作日）：已办结12户，平均23\.3个工作日.*达标/,
    '9月22日暂停计时（客户原因）不计',
    '超期（18件）',
    '数据有误：0件',
  ],
  'customDistrictRule.mjs': [
    '加入假设的2027年后 {"from":"2004-01-01","to":"2027-12-31"}',
    '内置日历：CALENDAR_OUT_OF_RANGE',
    '加入2027年后：met，最迟于2027-10-13（含当日）完成',
    '10月1日至7日国庆节放假（示例-2027-非官方）不计，10月9日（星期六）调休上班计入',
    '小结：{"pending":3,"overdue":1}',
  ],
  // The examples of the guides (docs/en, docs/zh-CN) and README: below, each must also print exactly what its `//=>`
  // comments say.
  'quickStart.mjs': ['true\n2021-10-12\n2021-10-08\nmissed 2021-10-12 1\n', '逾期1个工作日（用时6个工作日）', 'false INVALID_FACTS'],
  'calendarCounting.mjs': ['2021-10-09 6 makeup_workday true 国庆节', 'statutory_holidays_only 2021-06-26', 'CALENDAR_OUT_OF_RANGE 2026-12-31', "{ value: '2027-01-05', provisional: true, provisionalYears: [ 2027 ] }"],
  'rulesAndLegalBasis.mjs': ['missed 2021-10-12 6 1', 'pending 2021-10-19 5 4', '《中华人民共和国民法典》第二百零三条', 'not_met 0.499999 0.500000 0.01', 'on_track 0.75 0.601', 'met 26.67 29 30 3'],
  'procurementCheck.mjs': ['m15-payment not_started invoiceReceivedOn', 'm14-acceptance 2021-10-15 6 working_days', 'missed true 1', '0 met\n1 overdue\n2 Invalid procurement record', '{ overdue: 1, met: 1 } { met: 1, overdue: 1 }'],
  'utilityConnections.mjs': ['m06-gas-residential-ignition overdue 2021-10-09 1', 'met 29.5 2', 'm07-electricity-zero-investment not_met 12000.00'],
  'errorHandling.mjs': ['InvalidDateError INVALID_DATE', 'InvalidFactsError INVALID_FACTS', "[ 'met', 'INVALID_FACTS' ]"],
  'sqlDatabases.mjs': ['1 pending 2021-10-12 2 3 null\n2 missed 2021-10-22 5 null 1\n3 met 2021-10-14 4 1 null\n', 'ys_pause_due AS NOT MATERIALIZED ('],
  'batchEvaluation.mjs': ['30 { pending: 2, overdue: 28 }', '2021-10-12\n2021-10-13\n'],
};

const nodeExamples = readdirSync(join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.mjs'))
  .sort();

describe('examples/*.mjs', () => {
  it('has expected output for every example script, so that none goes untested', () => {
    expect(nodeExamples).toEqual(Object.keys(EXPECTED_OUTPUT).sort());
  });

  for (const file of nodeExamples) {
    it(`runs ${file} to completion with the expected output, the same in any host time zone`, () => {
      const outputs = ['Asia/Shanghai', 'America/Los_Angeles'].map((tz) => run(file, tz));
      for (const output of outputs) {
        expect(output.stderr).toBe('');
        expect(output.status).toBe(0);
        for (const expected of EXPECTED_OUTPUT[file] ?? []) {
          if (typeof expected === 'string') expect(output.stdout).toContain(expected);
          else expect(output.stdout).toMatch(expected);
        }
      }
      expect(outputs[0]?.stdout).toBe(outputs[1]?.stdout);
    }, SPAWN_TIMEOUT);

    const problems: Problem[] = [];
    const annotations = parseAnnotations(readFileSync(join(ROOT, 'examples', file), 'utf8'), `examples/${file}`, problems);
    if (annotations.length === 0 && problems.length === 0) continue;
    it(`${file} prints what its \`//=>\` comments say`, () => {
      expect(problems).toEqual([]);
      const output = run(file);
      expect(output.status).toBe(0);
      const callLines = annotations.map((a) => a.callLine);
      expect(new Set(callLines).size, 'one `//=>` per console.log').toBe(callLines.length);
      for (const { line, callLine, expected } of annotations) {
        const printed = output.records.filter((r) => r.line === callLine).map((r) => r.text);
        expect(printed.join('\n'), `examples/${file}:${line} (console.log on line ${callLine})`).toBe(expected);
        expect(printed.length, `examples/${file}:${callLine} printed something`).toBeGreaterThan(0);
      }
    }, SPAWN_TIMEOUT);
  }
});

describe('the output blocks of the guides and README', () => {
  for (const output of syncAll().outputs) {
    it(`${output.doc}:${output.line} shows what ${output.example} prints`, () => {
      const printed = run(output.example.replace(/^examples\//, ''));
      expect(printed.status).toBe(0);
      expect(output.text.trim()).not.toBe('');
      expect(printed.stdout.replaceAll('\r\n', '\n')).toContain(output.text);
    }, SPAWN_TIMEOUT);
  }
});

describe('examples/deadlines.sh', () => {
  it('computes due dates, reacts to exit code 1 and checks a batch from stdin', () => {
    const script = run('deadlines.sh');
    expect(script.status).toBe(0);
    expect(script.stdout).toMatch(/invoice received 2021-09-27 → pay by 2021-10-09\n/);
    expect(script.stdout).toMatch(/invoice received 2021-09-29 → pay by 2021-10-12\n/);
    expect(script.stdout).toMatch(/no \(exit code 1\):\n {4}missed · due 2021-10-12\n/);
    // The CSV for people: a byte-order mark before its header, so that Excel and WPS read it as UTF-8.
    expect(script.stdout).toMatch(/\n\uFEFFline,status,due,elapsed,remaining,overBy,overByIsLowerBound,errorCode,errorMessage\r\n/u);
    expect(script.stdout).toMatch(/\n1,met,2021-10-12,5,0,,,,\r\n2,missed,2021-10-13,7,,2,,,\r\n3,pending,2022-01-04,3,2,,,,\r\n$/);
    // The summary for a person, in the CLI's default language.
    expect(script.stderr).toBe('共 3 条记录：按期完成 1，逾期完成 1，进行中 1；工作日用时（已办结）：平均6.0，中位数6，p90 7，最长7\n');
  }, SPAWN_TIMEOUT);
});

describe('examples/nightlyConnections.sh', () => {
  it('acts on the exit codes, lists late applications by --id, and adds a year with --schedules', () => {
    const script = run('nightlyConnections.sh');
    expect(script).toMatchObject({ status: 0, stderr: '' });
    // The first row of examples/data/connections-2021-10.csv: water, accepted 2021-09-18, completed 10-13, late.
    expect(script.stdout).toMatch(/late or overdue \(exit code 1\), first five by application number:\n {4}JJW21100001,m06-water-connection,missed\n/);
    // The summary, in the CLI's default language.
    expect(script.stdout).toMatch(/\n {2}共 160 条记录：/u);
    expect(script.stdout).toMatch(/built-in data: exit code 2 \(2027 is not covered\)\n {2}with --schedules: invoice received 2026-12-28 → pay by 2027-01-05\n$/);
  }, SPAWN_TIMEOUT);
});

describe('examples/newYearNotice.sh', () => {
  it('reads the 2026 notice into its seed, and refuses a make-up day on a Tuesday', () => {
    const notice = run('newYearNotice.sh');
    expect(notice.status).toBe(0);
    // What the CLI read, in its default language.
    expect(notice.stdout).toMatch(/^2026年：国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号，2025-11-04）\n {2}元旦：放假 2026-01-01 至 2026-01-03；调休上班 2026-01-04\n/u);
    expect(notice.stdout).toMatch(/\n与推算的放假安排（--provisional）完全相同。\nholidays in 2026\.json: 7\n/u);
    // The error in the CLI's default language: the day, what is valid and the sentence at fault.
    expect(notice.stdout).toMatch(/\nerror INVALID_NOTICE: 无法读取放假通知：2027-01-05是星期一至星期五中的一天：调休上班日应为星期六或星期日（见「一、元旦：1月1日至3日放假，共3天。1月5日上班。」）/u);
  }, SPAWN_TIMEOUT);
});
