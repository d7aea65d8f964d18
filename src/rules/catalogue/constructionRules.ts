import type { RuleDefinition } from '../ruleDefinitionSchema.js';
import { BOUNDARY_INCLUDED } from './legalBases.js';

const TIMES = { zh: '次', en: 'times' } as const;

/** A count that must be at most one for a small low-risk project (小低项目). */
function atMostOnce<const N extends string>(input: N, label: { readonly zh: string; readonly en: string }, unit: { readonly zh: string; readonly en: string } = TIMES) {
  const spec = { type: 'decimal', label, unit, decimals: 0 } as const;
  return {
    // A computed key gives `{ [x: string]: … }`; the object has the one key `input`.
    inputs: { [input]: spec } as Readonly<Record<N, typeof spec>>,
    subject: { label, input },
    comparison: 'at_most',
    limits: [{ value: '1' }],
    legalBasis: [BOUNDARY_INCLUDED],
  } as const;
}

/** Measures 27–29: small low-risk construction projects and combined surveying. */
export const constructionRules = [
  {
    id: 'm27-low-risk-water-single-survey',
    kind: 'threshold',
    measure: 27,
    clause: '实现供排水一次性查勘、一次性接入。',
    name: { zh: '小低项目供排水一次性查勘', en: 'One water survey for a small low-risk project' },
    description: {
      zh: '社会投资小型低风险建设项目的供排水接入只进行1次现场查勘。',
      en: 'A small low-risk social investment project gets its water supply and drainage site survey done in one visit.',
    },
    ...atMostOnce('surveys', { zh: '供排水现场查勘次数', en: 'the number of water supply and drainage site surveys' }),
  },
  {
    id: 'm27-low-risk-water-single-connection',
    kind: 'threshold',
    measure: 27,
    clause: '实现供排水一次性查勘、一次性接入。',
    name: { zh: '小低项目供排水一次性接入', en: 'One water connection for a small low-risk project' },
    description: {
      zh: '社会投资小型低风险建设项目的供排水一次性接入（接入作业只进行1次）。',
      en: 'A small low-risk social investment project is connected to water supply and drainage in one operation.',
    },
    ...atMostOnce('connections', { zh: '供排水接入作业次数', en: 'the number of water supply and drainage connection operations' }),
  },
  {
    id: 'm28-low-risk-inspections',
    kind: 'threshold',
    measure: 28,
    clause: '小低项目只进行1次质量安全监督检查。',
    name: { zh: '小低项目质量安全监督检查', en: 'Quality and safety inspections of a small low-risk project' },
    description: {
      zh: '社会投资小型低风险建设项目只进行1次质量安全监督检查（不超过1次）。',
      en: 'A small low-risk social investment project gets at most one quality and safety inspection.',
    },
    ...atMostOnce('inspections', { zh: '质量安全监督检查次数', en: 'the number of quality and safety inspections' }),
  },
  {
    id: 'm29-single-survey-report',
    kind: 'threshold',
    measure: 29,
    clause: '实现一次委托、一次完成，出具一份测绘报告。',
    name: { zh: '“多测合一”出具一份测绘报告', en: 'One survey report for combined surveying' },
    description: {
      zh: '规划核实测量、绿地核实测量、人防工程核实测量、地籍测绘、房产测绘等5个测绘事项一次委托、一次完成，只出具1份测绘报告。',
      en: 'The five surveying items (planning, green space, civil air defence, cadastral and property surveys) are commissioned and done once, with a single survey report.',
    },
    // Reports are counted in 份, not 次.
    ...atMostOnce('reports', { zh: '测绘报告份数', en: 'the number of survey reports' }, { zh: '份', en: 'reports' }),
  },
] as const satisfies readonly RuleDefinition[];
