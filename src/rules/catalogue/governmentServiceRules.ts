import type { RuleDefinition } from '../ruleDefinitionSchema.js';
import { BOUNDARY_INCLUDED } from './legalBases.js';
import { PLAN_EFFECTIVE_ON } from './planEffectiveOn.js';


/** Measures 21, 22 and 24: the online intermediary market and Sichuan–Chongqing joint services. */
export const governmentServiceRules = [
  {
    id: 'm21-licensing-intermediary-services-online',
    kind: 'threshold',
    measure: 21,
    clause: '涉及行政许可的中介服务事项全部纳入网上中介超市运行',
    name: { zh: '行政许可中介服务事项全部进驻网上中介超市', en: 'All licensing-related intermediary services on the online market' },
    description: {
      zh: '涉及行政许可的中介服务事项全部（100%）纳入网上中介超市运行。',
      en: 'Every intermediary service item involved in administrative licensing (100%) runs on the online intermediary market.',
    },
    inputs: {
      onlineItems: { type: 'decimal', label: { zh: '已纳入网上中介超市的事项', en: 'items on the online market' }, unit: { zh: '项', en: 'items' }, decimals: 0 },
      totalItems: {
        type: 'decimal',
        label: { zh: '涉及行政许可的中介服务事项', en: 'licensing-related intermediary service items' },
        unit: { zh: '项', en: 'items' },
        decimals: 0,
        positive: true,
      },
    },
    subject: { label: { zh: '纳入比例', en: 'the share on the market' }, numerator: 'onlineItems', denominator: 'totalItems' },
    comparison: 'at_least',
    limits: [{ value: '1' }],
  },
  {
    id: 'm22-intermediary-purchasers',
    kind: 'target',
    measure: 22,
    clause: '力争2021年底前，中介服务采购人入驻达200家以上',
    name: { zh: '中介服务采购人入驻', en: 'Purchasers on the intermediary market' },
    description: {
      zh: '2021年底前，网上中介超市入驻的中介服务采购人达到200家以上（含200家）。',
      en: 'By the end of 2021, at least 200 purchasers (200 included) are registered on the online intermediary market.',
    },
    subject: { zh: '中介服务采购人入驻数', en: 'purchasers registered on the online intermediary market' },
    unit: { zh: '家', en: 'purchasers' },
    direction: 'at_least',
    target: 200,
    startsOn: PLAN_EFFECTIVE_ON,
    due: '2021-12-31',
    legalBasis: [BOUNDARY_INCLUDED],
  },
  {
    id: 'm22-intermediary-transactions',
    kind: 'target',
    measure: 22,
    clause: '年交易规模达2000宗以上',
    name: { zh: '网上中介超市年交易规模', en: 'Transactions on the intermediary market in 2021' },
    description: {
      zh: '2021年网上中介超市交易达到2000宗以上（含2000宗）；进度自方案施行之日（2021年8月1日）起按时间比例衡量。',
      en: 'At least 2,000 transactions (2,000 included) on the online intermediary market in 2021; progress is judged against the time passed since the plan took effect (2021-08-01).',
    },
    subject: { zh: '网上中介超市2021年交易数', en: 'transactions on the online intermediary market in 2021' },
    unit: { zh: '宗', en: 'transactions' },
    direction: 'at_least',
    target: 2000,
    startsOn: PLAN_EFFECTIVE_ON,
    due: '2021-12-31',
    legalBasis: [BOUNDARY_INCLUDED],
  },
  {
    id: 'm24-chuanyu-same-standard',
    kind: 'deadline',
    timing: 'fixed_date',
    measure: 24,
    clause: '确保10月底前实现同一事项在成渝地区双城经济圈同标准受理，无差别办理，行政审批结果互认。',
    name: { zh: '川渝通办同标准受理', en: 'Same-standard acceptance across Chengdu–Chongqing' },
    description: {
      zh: '2021年10月31日（期日，不顺延）前实现第二批“川渝通办”事项在成渝地区双城经济圈同标准受理、无差别办理、审批结果互认。',
      en: 'By 31 October 2021 (a fixed date, never moved), the second batch of Sichuan–Chongqing joint-service items is accepted to the same standard, handled alike and mutually recognised across the Chengdu–Chongqing economic circle.',
    },
    action: { zh: '实现同标准受理', en: 'accept the items to the same standard' },
    due: '2021-10-31',
  },
  {
    id: 'm24-chuanyu-online-items',
    kind: 'target',
    measure: 24,
    clause: '川渝通办事项清单（第二批）115个事项于2021年底实现全部事项线上“全程网办”',
    name: { zh: '第二批川渝通办事项全程网办', en: 'Second-batch Sichuan–Chongqing items fully online' },
    description: {
      zh: '2021年底前，川渝通办事项清单（第二批）115个事项全部实现线上“全程网办”。',
      en: 'By the end of 2021, all 115 items of the second Sichuan–Chongqing joint-service list can be handled fully online.',
    },
    subject: { zh: '实现“全程网办”的第二批川渝通办事项', en: 'second-batch Sichuan–Chongqing items fully online' },
    unit: { zh: '项', en: 'items' },
    direction: 'at_least',
    target: 115,
    startsOn: PLAN_EFFECTIVE_ON,
    due: '2021-12-31',
  },
] as const satisfies readonly RuleDefinition[];
