import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

/** What each example must print (it imports the built package by name: run after `npm run build`). */
const EXPECTED_OUTPUT: Readonly<Record<string, readonly (string | RegExp)[]>> = {
  'holidayDeadlines.mjs': ['国庆节 National Day 2021', /invoice 2021-09-29 .* → pay by 2021-10-12/],
  'procurementLifecycle.mjs': [
    '【2021-09-15】中标通知书已发出（9月8日）：有期限在进行\n  合同签订（20日内）：进行中\n  履约验收（7个工作日内）：未开始',
    '⏰ 合同签订（20日内）应于2021-09-28前完成，还剩13天',
    '⏰ 办理支付（5个工作日内）应于2021-10-19前完成，还剩3个工作日',
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
    '加入2027年后：met，应于2027-10-13前完成',
    '10月1日至7日国庆节放假（示例-2027-非官方）不计，10月9日（星期六）调休上班计入',
    '小结：{"pending":3,"overdue":1}',
  ],
  // The examples of the guides (docs/en, docs/zh-CN) and README: test/cli/docSnippets.test.ts also checks that each
  // prints exactly what its `//=>` comments say.
  'quickStart.mjs': ['true\n2021-10-12\n2021-10-08\nmissed 2021-10-12 1\n', '逾期1个工作日（用时6个工作日）', 'false INVALID_FACTS'],
  'calendarCounting.mjs': ['2021-10-09 6 makeup_workday true 国庆节', 'statutory_holidays_only 2021-06-26', 'CALENDAR_OUT_OF_RANGE 2026-12-31', "{ value: '2027-01-05', provisional: true, provisionalYears: [ 2027 ] }"],
  'rulesAndLegalBasis.mjs': ['missed 2021-10-12 6 1', 'pending 2021-10-19 5 4', '《中华人民共和国民法典》第二百零三条', 'not_met 0.499999 0.500000 0.01', 'on_track 0.75 0.601', 'met 26.67 29 30 3'],
  'procurementCheck.mjs': ['m15-payment not_started invoiceReceivedOn', 'm14-acceptance 2021-10-15 6 working_days', 'missed true 1', '0 met\n1 overdue\n2 Invalid procurement record', '{ overdue: 1, met: 1 } { met: 1, overdue: 1 }'],
  'utilityConnections.mjs': ['m06-gas-residential-ignition overdue 2021-10-09 1', 'met 29.5 2', 'm07-electricity-zero-investment not_met 12000.00'],
  'errorHandling.mjs': ['InvalidDateError INVALID_DATE', 'InvalidFactsError INVALID_FACTS', "[ 'met', 'INVALID_FACTS' ]"],
  'sqlDatabases.mjs': ['1 pending 2021-10-12 2 3 null\n2 missed 2021-10-22 5 null 1\n3 met 2021-10-14 4 1 null\n', 'ys_rolled AS ('],
  'batchEvaluation.mjs': ['30 { pending: 2, overdue: 28 }', '2021-10-12\n2021-10-13\n'],
};

function runExample(file: string, timeZone: string) {
  return spawnSync(process.execPath, [`${EXAMPLES}${file}`], { encoding: 'utf8', env: { ...process.env, TZ: timeZone } });
}

describe('examples/', () => {
  // deadlines.sh is tested with the CLI (test/cli/shellExample.test.ts).
  const scripts = readdirSync(EXAMPLES).filter((f) => f.endsWith('.mjs'));

  it('has expected output for every example script, so that none goes untested', () => {
    expect(scripts.sort()).toEqual(Object.keys(EXPECTED_OUTPUT).sort());
  });

  for (const file of Object.keys(EXPECTED_OUTPUT)) {
    it(`runs ${file} to completion with the expected output, in any host time zone`, () => {
      const outputs = ['Asia/Shanghai', 'America/Los_Angeles'].map((tz) => runExample(file, tz));
      for (const run of outputs) {
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        for (const expected of EXPECTED_OUTPUT[file] ?? []) {
          if (typeof expected === 'string') expect(run.stdout).toContain(expected);
          else expect(run.stdout).toMatch(expected);
        }
      }
      expect(outputs[0]?.stdout).toBe(outputs[1]?.stdout);
      // Two real processes each (the SQL example boots two embedded databases): generous on a busy machine.
    }, 240_000);
  }
});
