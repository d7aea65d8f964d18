import type { RuleDefinition } from '../ruleDefinitionSchema.js';
import {
  BOUNDARY_INCLUDED,
  CHONGQING_SIGNING,
  LAST_DAY_ROLLS,
  PROCUREMENT_CONTRACT_LAW,
  PROCUREMENT_SIGNING_CEILING,
  SME_PAYMENT_CAP,
  SME_STATUS_AT_SIGNING,
  START_DAY_NOT_COUNTED,
  WORKING_DAYS,
} from './legalBases.js';

const YUAN = { zh: '元', en: 'yuan' } as const;

/** Measures 13–15: government procurement contract signing, acceptance, payment and prepayment. */
export const procurementRules = [
  {
    id: 'm13-contract-signing',
    kind: 'deadline',
    timing: 'period',
    measure: 13,
    clause: '各采购单位在中标（成交）通知书发出之日起20日内和中标（成交）供应商签订政府采购合同',
    name: { zh: '政府采购合同签订', en: 'Procurement contract signing' },
    description: {
      zh: '中标（成交）通知书发出之日起20日（日历日）内签订政府采购合同：发出当日不计入，第20日为休息日的顺延至其后第一个工作日（民法典第二百零三条）。全国上限为30日（政府采购法第四十六条）。',
      en: 'The procurement contract is signed within 20 calendar days of the day the award notice was issued: that day is not counted, and a 20th day that is a rest day moves to the next working day (Civil Code §203). The national ceiling is 30 days (Government Procurement Law §46).',
    },
    trigger: { zh: '中标（成交）通知书发出', en: 'the award notice was issued' },
    action: { zh: '签订政府采购合同', en: 'sign the procurement contract' },
    limit: { amount: 20, unit: 'calendar_days', roll: 'next_working_day' },
    legalBasis: [CHONGQING_SIGNING, PROCUREMENT_SIGNING_CEILING, PROCUREMENT_CONTRACT_LAW, START_DAY_NOT_COUNTED, LAST_DAY_ROLLS, BOUNDARY_INCLUDED],
  },
  {
    id: 'm14-acceptance',
    kind: 'deadline',
    timing: 'period',
    measure: 14,
    clause: '合同执行完毕，采购单位或采购代理机构原则上应在7个工作日内组织履约情况验收',
    name: { zh: '履约验收', en: 'Acceptance of performance' },
    description: {
      zh: '合同执行完毕后7个工作日内组织（开始）履约情况验收，执行完毕当日不计入。',
      en: 'The acceptance of the supplier’s performance is organised (started) within 7 working days after the contract was performed; that day is not counted.',
    },
    trigger: { zh: '合同执行完毕', en: 'the contract was performed' },
    action: { zh: '组织履约验收', en: 'organise the acceptance' },
    limit: { amount: 7, unit: 'working_days' },
    legalBasis: [PROCUREMENT_CONTRACT_LAW, WORKING_DAYS, START_DAY_NOT_COUNTED, BOUNDARY_INCLUDED],
  },
  {
    id: 'm15-payment',
    kind: 'deadline',
    timing: 'period',
    measure: 15,
    clause: '对满足合同约定支付条件的，采购单位原则上应在收到发票后5个工作日内按程序办理支付手续。',
    name: { zh: '办理支付', en: 'Payment processing' },
    description: {
      zh: '满足合同约定支付条件的，收到发票后5个工作日内按程序办理支付手续，收到发票当日不计入。',
      en: 'Once the contract’s payment conditions are met, the payment is processed within 5 working days after the invoice was received; that day is not counted.',
    },
    trigger: { zh: '收到发票', en: 'the invoice was received' },
    action: { zh: '办理支付手续', en: 'process the payment' },
    limit: { amount: 5, unit: 'working_days' },
    legalBasis: [PROCUREMENT_CONTRACT_LAW, WORKING_DAYS, START_DAY_NOT_COUNTED, BOUNDARY_INCLUDED, SME_PAYMENT_CAP],
  },
  {
    id: 'm15-prepayment-ratio',
    kind: 'threshold',
    measure: 15,
    clause: '推动实现预付款支付比例不低于30%（中小企业不低于50%）',
    name: { zh: '预付款比例', en: 'Prepayment ratio' },
    description: {
      zh: '预付款不低于合同金额的30%；供应商为中小企业的，不低于50%。比例精确比较，30.00%即达标。',
      en: 'The prepayment is at least 30% of the contract amount, or at least 50% when the supplier is an SME. The ratio is compared exactly: 30.00% is met.',
    },
    inputs: {
      contractAmount: { type: 'decimal', label: { zh: '合同金额', en: 'contract amount' }, unit: YUAN, decimals: 2, positive: true },
      prepaymentAmount: { type: 'decimal', label: { zh: '预付款', en: 'prepayment' }, unit: YUAN, decimals: 2 },
      supplierIsSme: { type: 'boolean', label: { zh: '供应商为中小企业', en: 'the supplier is an SME' } },
    },
    subject: { label: { zh: '预付款比例', en: 'the prepayment ratio' }, numerator: 'prepaymentAmount', denominator: 'contractAmount' },
    comparison: 'at_least',
    limits: [
      { value: '0.50', when: [{ input: 'supplierIsSme', equals: true }], label: { zh: '供应商为中小企业', en: 'the supplier is an SME' } },
      { value: '0.30' },
    ],
    legalBasis: [SME_STATUS_AT_SIGNING, BOUNDARY_INCLUDED],
  },
] as const satisfies readonly RuleDefinition[];
