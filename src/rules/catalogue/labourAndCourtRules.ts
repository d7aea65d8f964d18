import type { RuleDefinition } from '../ruleDefinitionSchema.js';
import { BOUNDARY_INCLUDED, START_DAY_NOT_COUNTED, UNEMPLOYMENT_BENEFIT_NATIONAL, WORKING_DAYS } from './legalBases.js';
import { PLAN_EFFECTIVE_ON } from './planEffectiveOn.js';


/** Measures 46, 47 and 51: harmonious labour relations, employment services and bankruptcy cases. */
export const labourAndCourtRules = [
  {
    id: 'm46-aaa-harmonious-enterprises',
    kind: 'target',
    measure: 46,
    clause: '今年内力争推荐评选AAA级和谐企业2家。',
    name: { zh: 'AAA级和谐企业推荐评选', en: 'AAA harmonious enterprises recommended' },
    description: {
      zh: '2021年内推荐评选AAA级和谐企业2家（含）以上。',
      en: 'At least 2 AAA harmonious enterprises are recommended in 2021.',
    },
    subject: { zh: '推荐评选的AAA级和谐企业', en: 'AAA harmonious enterprises recommended' },
    unit: { zh: '家', en: 'enterprises' },
    direction: 'at_least',
    target: 2,
    startsOn: PLAN_EFFECTIVE_ON,
    due: '2021-12-31',
  },
  {
    id: 'm47-unemployment-benefit',
    kind: 'deadline',
    timing: 'period',
    measure: 47,
    clause: '失业补助金、失业保险金申领不超过1个工作日。',
    name: { zh: '失业补助金、失业保险金申领', en: 'Unemployment benefit claims' },
    description: {
      zh: '失业补助金、失业保险金申领在受理后1个工作日内办结（全国标准为10个工作日）。',
      en: 'An unemployment benefit or unemployment subsidy claim is handled within 1 working day after it is accepted (the national limit is 10 working days).',
    },
    trigger: { zh: '受理失业保险金（补助金）申领', en: 'the unemployment benefit claim was accepted' },
    action: { zh: '办结申领', en: 'complete the claim' },
    limit: { amount: 1, unit: 'working_days' },
    legalBasis: [UNEMPLOYMENT_BENEFIT_NATIONAL, WORKING_DAYS, START_DAY_NOT_COUNTED, BOUNDARY_INCLUDED],
  },
  {
    id: 'm47-employment-matters-same-day',
    kind: 'deadline',
    timing: 'period',
    measure: 47,
    clause: '积极落实失业保险关系接续、失业保险待遇核准支付等就业事项即办即结',
    name: { zh: '就业事项即办即结', en: 'Same-day employment services' },
    description: {
      zh: '失业保险关系接续、失业保险待遇核准支付等就业事项即办即结：受理当日办结（0个工作日）。',
      en: 'Employment matters such as transferring unemployment insurance and approving and paying benefits are done on the spot: completed on the day they are accepted (0 working days).',
    },
    trigger: { zh: '受理就业事项', en: 'the employment matter was accepted' },
    action: { zh: '办结', en: 'complete it' },
    limit: { amount: 0, unit: 'working_days' },
    legalBasis: [BOUNDARY_INCLUDED],
  },
  {
    id: 'm51-bankruptcy-clearance',
    kind: 'target',
    measure: 51,
    clause: '确保破产案件年底全部清零。',
    name: { zh: '破产案件年底清零', en: 'Bankruptcy cases cleared by year end' },
    description: {
      zh: '2021年底前未结破产案件降至0件；进度自方案施行时的未结案件数（baseline）起衡量。',
      en: 'By the end of 2021 no bankruptcy case remains open; progress is measured from the open cases when the plan took effect (the baseline).',
    },
    subject: { zh: '未结破产案件', en: 'open bankruptcy cases' },
    unit: { zh: '件', en: 'cases' },
    direction: 'at_most',
    target: 0,
    startsOn: PLAN_EFFECTIVE_ON,
    due: '2021-12-31',
  },
] as const satisfies readonly RuleDefinition[];
