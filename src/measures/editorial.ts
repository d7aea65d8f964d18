import type { DepartmentKind } from './departmentSchema.js';
import type { Topic } from './topics.js';

/** Editorial facts about one unit of the plan, keyed in {@link EDITORIAL} by the unit's name as the plan writes it. */
export interface DepartmentEditorial {
  readonly id: string;
  readonly englishName: string;
  readonly kind: DepartmentKind;
  readonly aliases: readonly string[];
}

/** Editorial facts about one measure. */
export interface MeasureEditorial {
  readonly englishTitle: string;
  readonly topics: readonly Topic[];
  /** Only for a measure without a title sentence (measure 20): a short Chinese title written by us. */
  readonly editorialTitle?: string;
}

/**
 * Everything about the plan that is not in the document: English titles, topics, department ids, English names,
 * kinds and aliases, and measure 20's title. Hand-written; the verbatim texts live in `data.generated.ts`.
 * Private to the measures module (and read by the generator scripts).
 *
 * @example
 * ```ts
 * EDITORIAL.measures[6]?.englishTitle; //=> 'Cut utility connection times'
 * ```
 */
export const EDITORIAL = {
  plan: {
    englishTitle:
      'Jiangjin District 2021 Implementation Plan for Deepening the Reform to Streamline Administration, Delegate Power, Improve Regulation and Upgrade Services, and Optimising the Business Environment',
    englishIssuer: 'General Office of the People’s Government of Jiangjin District, Chongqing',
    /** By the title each document has in the preamble. */
    implements: {
      '优化营商环境条例': { englishTitle: 'Regulations on Optimizing the Business Environment', level: 'national' },
      '重庆市人民政府办公厅关于印发重庆市2021年深化“放管服”改革优化营商环境实施方案的通知': {
        englishTitle:
          'Notice of the General Office of the Chongqing Municipal People’s Government on Issuing the Chongqing 2021 Implementation Plan for Deepening the Reform to Streamline Administration, Delegate Power, Improve Regulation and Upgrade Services, and Optimising the Business Environment',
        level: 'municipal',
      },
      // Widened to a record: any key may be looked up, undefined when absent.
    } as Readonly<Record<string, { readonly englishTitle: string; readonly level: 'national' | 'municipal' }>>,
  },

  /** Chapter English titles, by chapter number. */
  chapterTitles: {
    1: 'Build a convenient market environment',
    2: 'Build an efficient government-services environment',
    3: 'Build a fair and just rule-of-law environment',
    4: 'Safeguards for carrying out the plan',
    // Widened to a record: any key may be looked up, undefined when absent.
  } as Readonly<Record<number, string>>,

  /** Section English titles, by `'chapter.ordinal'`. */
  sectionTitles: {
    '1.1': 'Deepen the reform of business registration',
    '1.2': 'Improve water, electricity and gas connection services',
    '1.3': 'Make financing easier to obtain',
    '1.4': 'Keep government procurement orderly and by the rules',
    '1.5': 'Make tendering open and fair',
    '1.6': 'Strengthen inclusive innovation',
    '1.7': 'Regulate the online marketplace for intermediary services',
    '2.1': 'Raise the standard of government services',
    '2.2': 'Deepen the reform of construction project approvals',
    '2.3': 'Make property registration easier',
    '2.4': 'Provide high-quality, efficient tax and fee services',
    '2.5': 'Facilitate cross-border trade',
    '3.1': 'Raise the standard of supervision and law enforcement',
    '3.2': 'Strengthen the creation, protection and use of intellectual property',
    '3.3': 'Strengthen the protection of minority investors',
    '3.4': 'Improve the supervision of the labour market',
    '3.5': 'Strengthen judicial support in civil and commercial cases',
    '3.6': 'Handle insolvency cases better and faster',
    // Widened to a record: any key may be looked up, undefined when absent.
  } as Readonly<Record<string, string>>,

  /** Safeguard English titles, by ordinal. */
  safeguardTitles: {
    1: 'Strengthen organisation and leadership',
    2: 'Make sure the measures are carried out',
    3: 'Strengthen evaluation and supervision',
    4: 'Step up publicity',
    // Widened to a record: any key may be looked up, undefined when absent.
  } as Readonly<Record<number, string>>,

  /** By measure number. */
  measures: {
    1: { englishTitle: 'Improve services for starting a business', topics: ['business_registration'] },
    2: {
      englishTitle: 'Strengthen the one-stop online platform for starting a business',
      topics: ['business_registration', 'government_services'],
    },
    3: {
      englishTitle: 'Promote electronic business licences and electronic seals',
      topics: ['business_registration', 'government_services'],
    },
    4: {
      englishTitle: 'Deepen the reform separating operating permits from business licences',
      topics: ['business_registration', 'permits'],
    },
    5: { englishTitle: 'Improve the rules for closing a business', topics: ['business_registration'] },
    6: { englishTitle: 'Cut utility connection times', topics: ['utilities'] },
    7: { englishTitle: 'Zero customer investment in external connection works', topics: ['utilities'] },
    8: { englishTitle: 'Make utility connections easier to apply for', topics: ['utilities', 'government_services'] },
    9: { englishTitle: 'Improve financing services for businesses', topics: ['finance'] },
    10: { englishTitle: 'Use credit information to create new financial products', topics: ['finance', 'credit'] },
    11: { englishTitle: 'Improve the matching of banks and businesses for financing', topics: ['finance'] },
    12: { englishTitle: 'Improve the electronic procurement platform', topics: ['procurement'] },
    13: { englishTitle: 'Streamline the procurement process', topics: ['procurement'] },
    14: { englishTitle: 'Strengthen the management of procurement contracts', topics: ['procurement'] },
    15: { englishTitle: 'Strengthen the supervision of payment and delivery', topics: ['procurement'] },
    16: { englishTitle: 'Advance “Internet + tendering”', topics: ['tendering'] },
    17: { englishTitle: 'Lower the cost of taking part in tenders', topics: ['tendering'] },
    18: { englishTitle: 'Handle tendering complaints according to law', topics: ['tendering', 'credit'] },
    19: {
      englishTitle: 'Improve whole-life-cycle management of simple low-risk construction projects',
      topics: ['tendering', 'construction'],
    },
    20: {
      editorialTitle: '全面提升城市承载力和竞争力',
      englishTitle: 'Raise the city’s capacity and competitiveness (innovation, talent, foreign trade)',
      topics: ['innovation', 'labour', 'trade', 'government_services'],
    },
    21: { englishTitle: 'Keep the list of intermediary services up to date', topics: ['government_services', 'permits'] },
    22: {
      englishTitle: 'Abolish the intermediary pools set up by sector authorities',
      topics: ['government_services', 'procurement', 'credit'],
    },
    23: { englishTitle: 'Make administrative approvals more convenient', topics: ['government_services', 'permits'] },
    24: { englishTitle: 'Speed up cross-provincial handling of services', topics: ['government_services'] },
    25: { englishTitle: 'Promote the use of the Yukuaiban platform', topics: ['government_services'] },
    26: { englishTitle: 'Advance the “one matter, one visit” reform', topics: ['government_services'] },
    27: {
      englishTitle: 'Reform the whole process for small low-risk private construction projects',
      topics: ['construction', 'permits', 'utilities', 'real_estate'],
    },
    28: { englishTitle: 'Strengthen building quality control', topics: ['construction'] },
    29: { englishTitle: 'Improve approval services for construction projects', topics: ['construction', 'permits'] },
    30: {
      englishTitle: 'Deepen single-window, same-day property registration',
      topics: ['real_estate', 'government_services'],
    },
    31: { englishTitle: 'Manage and use property registration information better', topics: ['real_estate'] },
    32: { englishTitle: 'Cut the number of tax payments and the time they take', topics: ['tax'] },
    33: { englishTitle: 'Improve the ways of filing and paying taxes and fees', topics: ['tax'] },
    34: { englishTitle: 'Streamline post-filing processes', topics: ['tax'] },
    35: { englishTitle: 'Optimise how freight logistics are organised', topics: ['trade'] },
    36: { englishTitle: 'Cooperate on regional trade facilitation', topics: ['trade'] },
    37: { englishTitle: 'Advance random inspections with public results', topics: ['regulation'] },
    38: { englishTitle: 'Strengthen credit-based supervision', topics: ['regulation', 'credit'] },
    39: { englishTitle: 'Standardise law enforcement', topics: ['regulation'] },
    40: { englishTitle: 'Try out inclusive and prudent supervision', topics: ['regulation', 'innovation'] },
    41: { englishTitle: 'Improve intellectual property services', topics: ['ip'] },
    42: { englishTitle: 'Raise the quality and use of intellectual property', topics: ['ip', 'finance'] },
    43: { englishTitle: 'Strengthen the all-round protection of intellectual property', topics: ['ip', 'regulation'] },
    44: { englishTitle: 'Improve corporate governance', topics: ['investor_protection'] },
    45: { englishTitle: 'Develop diverse ways of resolving disputes', topics: ['investor_protection', 'courts', 'finance'] },
    46: { englishTitle: 'Build harmonious labour relations', topics: ['labour'] },
    47: { englishTitle: 'Improve employment and entrepreneurship services', topics: ['labour', 'government_services'] },
    48: { englishTitle: 'Build the “smart court”', topics: ['courts'] },
    49: { englishTitle: 'Make trials more efficient', topics: ['courts'] },
    50: { englishTitle: 'Make the enforcement of judgments more efficient', topics: ['courts'] },
    51: { englishTitle: 'Hear insolvency cases faster', topics: ['insolvency', 'courts'] },
    52: { englishTitle: 'Lower the cost of disposing of insolvent companies’ assets', topics: ['insolvency', 'courts'] },
    53: { englishTitle: 'Improve the supporting mechanisms for insolvency', topics: ['insolvency', 'courts'] },
    // Widened to a record: any key may be looked up, undefined when absent.
  } as Readonly<Record<number, MeasureEditorial>>,

  /**
   * By the unit's name exactly as the plan writes it. Aliases are other spellings a user may search by:
   * the 江津区… / 区… forms the plan itself mixes, and a few common full names.
   */
  departments: {
    江津区市场监管局: {
      id: 'market_regulation_bureau',
      englishName: 'Jiangjin District Administration for Market Regulation',
      kind: 'district_department',
      aliases: ['区市场监管局'],
    },
    区发展改革委: {
      id: 'development_reform_commission',
      englishName: 'Jiangjin District Development and Reform Commission',
      kind: 'district_department',
      aliases: ['江津区发展改革委'],
    },
    区公安局: {
      id: 'public_security_bureau',
      englishName: 'Jiangjin District Public Security Bureau',
      kind: 'district_department',
      aliases: ['江津区公安局'],
    },
    江津区税务局: {
      id: 'tax_bureau',
      englishName: 'Jiangjin District Taxation Bureau',
      kind: 'district_department',
      aliases: ['区税务局'],
    },
    区人力社保局: {
      id: 'human_resources_social_security_bureau',
      englishName: 'Jiangjin District Human Resources and Social Security Bureau',
      kind: 'district_department',
      aliases: ['江津区人力社保局'],
    },
    区住房城乡建委: {
      id: 'housing_urban_rural_development_commission',
      englishName: 'Jiangjin District Housing and Urban-Rural Development Commission',
      kind: 'district_department',
      aliases: ['江津区住房城乡建委'],
    },
    区政务服务办: {
      id: 'government_services_office',
      englishName: 'Jiangjin District Government Services Office',
      kind: 'district_department',
      aliases: ['江津区政务服务办'],
    },
    人行江津中心支行: {
      id: 'pboc_jiangjin_central_sub_branch',
      englishName: 'People’s Bank of China Jiangjin Central Sub-branch',
      kind: 'bank_or_regulator_branch',
      aliases: ['人民银行江津中心支行', '中国人民银行江津中心支行'],
    },
    区级有关单位: {
      id: 'relevant_district_units',
      englishName: 'Relevant district-level units',
      kind: 'placeholder',
      aliases: [],
    },
    区经济信息委: {
      id: 'economy_information_commission',
      englishName: 'Jiangjin District Economy and Information Technology Commission',
      kind: 'district_department',
      aliases: ['江津区经济信息委'],
    },
    区城市管理局: {
      id: 'urban_management_bureau',
      englishName: 'Jiangjin District Urban Management Bureau',
      kind: 'district_department',
      aliases: ['江津区城市管理局'],
    },
    国网重庆江津区供电公司: {
      id: 'state_grid_jiangjin_power_supply',
      englishName: 'State Grid Chongqing Jiangjin District Power Supply Company',
      kind: 'state_owned_enterprise',
      aliases: [],
    },
    重庆江津天然气有限责任公司: {
      id: 'jiangjin_natural_gas',
      englishName: 'Chongqing Jiangjin Natural Gas Co., Ltd.',
      kind: 'state_owned_enterprise',
      aliases: [],
    },
    重庆水务集团江津自来水有限公司: {
      id: 'jiangjin_water_supply',
      englishName: 'Chongqing Water Group Jiangjin Water Supply Co., Ltd.',
      kind: 'state_owned_enterprise',
      aliases: [],
    },
    有关水电气要素保障单位: {
      id: 'relevant_utility_suppliers',
      englishName: 'Relevant water, electricity and gas suppliers',
      kind: 'placeholder',
      aliases: [],
    },
    区金融发展服务中心: {
      id: 'financial_development_service_centre',
      englishName: 'Jiangjin District Financial Development Service Centre',
      kind: 'district_department',
      aliases: ['江津区金融发展服务中心'],
    },
    区科技局: {
      id: 'science_technology_bureau',
      englishName: 'Jiangjin District Science and Technology Bureau',
      kind: 'district_department',
      aliases: ['江津区科技局'],
    },
    区商务委: {
      id: 'commerce_commission',
      englishName: 'Jiangjin District Commerce Commission',
      kind: 'district_department',
      aliases: ['江津区商务委'],
    },
    区农业农村委: {
      id: 'agriculture_rural_affairs_commission',
      englishName: 'Jiangjin District Agriculture and Rural Affairs Commission',
      kind: 'district_department',
      aliases: ['江津区农业农村委'],
    },
    江津银保监分局: {
      id: 'cbirc_jiangjin_branch',
      englishName: 'China Banking and Insurance Regulatory Commission Jiangjin Branch',
      kind: 'bank_or_regulator_branch',
      aliases: [],
    },
    江津综合保税区管委会: {
      id: 'comprehensive_bonded_zone_committee',
      englishName: 'Jiangjin Comprehensive Bonded Zone Management Committee',
      kind: 'management_committee',
      aliases: ['江津综保区管委会'],
    },
    各工业园发展中心: {
      id: 'industrial_park_development_centres',
      englishName: 'The industrial park development centres',
      kind: 'management_committee',
      aliases: [],
    },
    区财政局: {
      id: 'finance_bureau',
      englishName: 'Jiangjin District Finance Bureau',
      kind: 'district_department',
      aliases: ['江津区财政局'],
    },
    区级有关部门: {
      id: 'relevant_district_departments',
      englishName: 'Relevant district-level departments',
      kind: 'placeholder',
      aliases: [],
    },
    区生态环境局: {
      id: 'ecology_environment_bureau',
      englishName: 'Jiangjin District Ecology and Environment Bureau',
      kind: 'district_department',
      aliases: ['江津区生态环境局'],
    },
    区水利局: {
      id: 'water_resources_bureau',
      englishName: 'Jiangjin District Water Resources Bureau',
      kind: 'district_department',
      aliases: ['江津区水利局'],
    },
    江津区规划自然资源局: {
      id: 'planning_natural_resources_bureau',
      englishName: 'Jiangjin District Planning and Natural Resources Bureau',
      kind: 'district_department',
      aliases: ['区规划自然资源局'],
    },
    区法院: {
      id: 'district_court',
      englishName: 'Jiangjin District People’s Court',
      kind: 'court',
      aliases: ['江津区法院', '江津区人民法院'],
    },
    区司法局: {
      id: 'justice_bureau',
      englishName: 'Jiangjin District Justice Bureau',
      kind: 'district_department',
      aliases: ['江津区司法局'],
    },
    // Widened to a record: any key may be looked up, undefined when absent.
  } as Readonly<Record<string, DepartmentEditorial>>,
} as const;
