// Another district's rule and a year the library does not ship yet, with the built package:
// defineRule validates a plain-JSON rule with the same schema as the built-in ones, and createCalendar adds a year
// at run time. The 2027 schedule below is HYPOTHETICAL (示例数据，非官方): it stands in for the State Council notice
// that will be published in late 2026; replace it with the real notice (seed shape: seeds/calendar/cn/<year>.json).
import { createCalendar } from 'yingshang/calendar';
import { createResultSummary, defineRule, evaluate, evaluateMany, explain, safeEvaluate } from 'yingshang/rules';

// #region hypothetical-2027
const HYPOTHETICAL_2027 = {
  year: 2027,
  notices: [
    {
      kind: 'schedule',
      issuer: '（示例）',
      title: '假设的2027年部分节假日安排（示例数据，非官方，仅供演示）',
      docNo: '示例-2027-非官方',
      publishedOn: '2026-11-01',
      url: 'https://example.com/hypothetical-2027-schedule',
      holidays: [
        { key: 'new_year', rest: [{ from: '2027-01-01', to: '2027-01-03' }], makeup: [] },
        { key: 'spring_festival', rest: [{ from: '2027-02-05', to: '2027-02-13' }], makeup: ['2027-01-31', '2027-02-14'] },
        { key: 'qingming', rest: [{ from: '2027-04-03', to: '2027-04-05' }], makeup: [] },
        { key: 'labour_day', rest: [{ from: '2027-05-01', to: '2027-05-05' }], makeup: ['2027-05-08'] },
        { key: 'dragon_boat', rest: [{ from: '2027-06-09', to: '2027-06-09' }], makeup: [] },
        { key: 'mid_autumn', rest: [{ from: '2027-09-15', to: '2027-09-15' }], makeup: [] },
        { key: 'national_day', rest: [{ from: '2027-10-01', to: '2027-10-07' }], makeup: ['2027-09-26', '2027-10-09'] },
      ],
    },
  ],
};
// #endregion hypothetical-2027

// A water connection limit of 7 working days in another district (an illustration, not a published rule).
// #region define-rule
const rule = defineRule({
  id: 'other-district-water-connection',
  kind: 'deadline',
  timing: 'period',
  name: { zh: '获得用水（另一区县，7个工作日）', en: 'Water connection (another district, 7 working days)' },
  description: { zh: '获得用水全流程不超过7个工作日，受理当日不计入，暂停计时不计。', en: 'Water connection within 7 working days.' },
  trigger: { zh: '受理用水报装申请', en: 'the water connection application was accepted' },
  action: { zh: '完成接水', en: 'connect the water supply' },
  limit: { amount: 7, unit: 'working_days' },
});
// #endregion define-rule

// #region runtime-calendar
const calendar = createCalendar({ schedules: [HYPOTHETICAL_2027] });
console.log(`日历覆盖：内置 ${JSON.stringify(createCalendar().calendarCoverage())}，加入假设的2027年后 ${JSON.stringify(calendar.calendarCoverage())}`);
console.log(`注意：2027年安排为示例数据（${HYPOTHETICAL_2027.notices[0].docNo}），不是国务院办公厅的正式通知。\n`);

const facts = { start: '2027-09-28', end: '2027-10-12' };
const builtIn = safeEvaluate(rule, facts);
console.log(`内置日历：${builtIn.success ? builtIn.data.status : `${builtIn.error.code}（${builtIn.error.message}）`}`);

const result = evaluate(rule, facts, { calendar });
console.log(`加入2027年后：${result.status}，最迟于${result.due}（含当日）完成`);
console.log(explain(result, { rule }));
// #endregion runtime-calendar

console.log('\n2027年国庆前后受理的申请（同一规则、同一日历）：');
const applications = ['2027-09-24', '2027-09-26', '2027-09-29', '2027-09-30'].map((start) => ({ start, asOf: '2027-10-11' }));
const summary = createResultSummary();
for (const item of evaluateMany(rule, applications, { calendar, trace: false })) {
  summary.add(item);
  console.log(`  受理 ${applications[item.index].start} → ${item.ok ? `最迟于 ${item.result.due}（含当日）完成（截至2027-10-11：${item.result.status}）` : item.error.code}`);
}
console.log(`小结：${JSON.stringify(summary.result().statuses)}`);
