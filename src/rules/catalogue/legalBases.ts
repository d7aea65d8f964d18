/**
 * The laws behind the built-in rules' defaults, quoted verbatim (see ../shared/reference/legal-semantics.md for the
 * sources each quote was checked against).
 */

/** 民法典 §201: the trigger day is not counted. */
export const START_DAY_NOT_COUNTED = {
  citation: '《中华人民共和国民法典》第二百零一条',
  quote: '按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。',
} as const;

/** 民法典 §203: a last day on a statutory holiday rolls to the day after it. */
export const LAST_DAY_ROLLS = {
  citation: '《中华人民共和国民法典》第二百零三条',
  quote: '期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。',
} as const;

/** 民法典 §1259: 以上、以下、以内 include the number itself. */
export const BOUNDARY_INCLUDED = {
  citation: '《中华人民共和国民法典》第一千二百五十九条',
  quote: '民法所称的“以上”、“以下”、“以内”、“届满”，包括本数；所称的“不满”、“超过”、“以外”，不包括本数。',
} as const;

/** 国务院关于职工工作时间的规定 §7: what a working day of a government body is. */
export const WORKING_DAYS = {
  citation: '《国务院关于职工工作时间的规定》第七条',
  quote: '国家机关、事业单位实行统一的工作时间，星期六和星期日为周休息日。',
} as const;

/** 优化营商环境条例 §28: localities set and publish utility connection times. */
export const UTILITY_CONNECTION_TIMES = {
  citation: '《优化营商环境条例》（国务院令第722号）第二十八条',
  quote: '各地区应当优化报装流程，在国家规定的报装办理时限内确定并公开具体办理时间。',
} as const;

/** 重庆市优化营商环境条例 §32(3): low-voltage connection within 8 working days. */
export const CHONGQING_LOW_VOLTAGE = {
  citation: '《重庆市优化营商环境条例》第三十二条第三款',
  quote: '市场主体申请接入低压供电的，供电企业接电时间不得超过八个工作日。',
} as const;

/** 政府采购法 §43: procurement contracts follow contract law (now the 民法典). */
export const PROCUREMENT_CONTRACT_LAW = {
  citation: '《中华人民共和国政府采购法》第四十三条',
  quote: '政府采购合同适用合同法。',
} as const;

/** 政府采购法 §46: the national 30-day ceiling for signing. */
export const PROCUREMENT_SIGNING_CEILING = {
  citation: '《中华人民共和国政府采购法》第四十六条',
  quote: '采购人与中标、成交供应商应当在中标、成交通知书发出之日起三十日内，按照采购文件确定的事项签订政府采购合同。',
} as const;

/** 渝财采购〔2024〕4号: the Chongqing 20-day signing rule. */
export const CHONGQING_SIGNING = {
  citation: '重庆市财政局 渝财采购〔2024〕4号（执行渝财采购〔2021〕13号）',
  quote: '原则上应在中标（成交）通知书发出之日起20日内和中标（成交）供应商签订合同。',
} as const;

/** 保障中小企业款项支付条例 (2020) §8: the outer payment cap for agencies paying SMEs. */
export const SME_PAYMENT_CAP = {
  citation: '《保障中小企业款项支付条例》（国务院令第728号）第八条',
  quote: '……应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，付款期限最长不得超过60日。',
} as const;

/** 保障中小企业款项支付条例 §3: SME status is fixed when the contract is signed. */
export const SME_STATUS_AT_SIGNING = {
  citation: '《保障中小企业款项支付条例》第三条',
  quote: '中小企业、大型企业依合同订立时的企业规模类型确定。',
} as const;

/** 社会保险经办条例 §24: the national 10-working-day limit for unemployment benefit claims. */
export const UNEMPLOYMENT_BENEFIT_NATIONAL = {
  citation: '《社会保险经办条例》第二十四条',
  quote: '个人申领失业保险金，社会保险经办机构应当自收到申请之日起10个工作日内办理完毕。',
} as const;
