import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { getDepartment } from './getDepartment.js';
import type { Measure } from './measureSchema.js';
import { measures } from './measures.js';
import { plan } from './plan.js';
import type { PlanSectionRef } from './sectionSchema.js';
import { sections } from './sections.js';
import { TOPICS } from './topics.js';
import type { Topic } from './topics.js';

/**
 * Which assignment `listMeasures` matches a department against: lead units (牵头单位), responsible units (责任单位), or either.
 *
 * @category Measures
 * @since 0.1.0
 */
export type DepartmentRole = 'lead' | 'responsible' | 'any';

/**
 * What `listMeasures` keeps. Every given criterion must hold (they are combined with AND); omit a key to ignore it.
 *
 * @category Measures
 * @since 0.1.0
 */
export interface MeasureFilter {
  /** A chapter number, 1–4 (chapter 4 holds safeguards only, so it matches no measure). */
  readonly chapter?: number;
  /** A section, e.g. `{ chapter: 1, ordinal: 4 }`. */
  readonly section?: PlanSectionRef;
  /** A topic of {@link TOPICS}. */
  readonly topic?: Topic;
  /**
   * A department id, name or alias (as accepted by `getDepartment`). Placeholders match only where the plan names
   * the placeholder itself: `'tax_bureau'` does not match a section assigned to 区级有关部门.
   */
  readonly department?: string;
  /** With `department`: match it as a lead unit, a responsible unit, or either (default `'any'`). */
  readonly role?: DepartmentRole;
  /** `true`: only measures with at least one quantitative rule; `false`: only measures without. */
  readonly hasRules?: boolean;
}

const FILTER_KEYS = ['chapter', 'section', 'topic', 'department', 'role', 'hasRules'] as const;
const ROLES: readonly string[] = ['lead', 'responsible', 'any'];

/** Throws INVALID_ARGUMENT for the filter's `key`, with what was wrong in Chinese too (`details.zh.problem`). */
function invalid(key: string, value: unknown, message: string, problemZh: string): never {
  throw new InvalidArgumentError(message, { argument: 'filter', key, value, zh: { problem: problemZh } });
}

function show(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'object' && value !== null) {
    try {
      return JSON.stringify(value);
    } catch {
      return 'an object';
    }
  }
  return String(value);
}

/**
 * Lists the measures that match a filter, ordered by number. With no filter, returns all 53.
 *
 * @category Measures
 * @since 0.1.0
 * @param filter - The criteria; see {@link MeasureFilter}.
 * @returns A frozen array of the registry's frozen measures (possibly empty).
 * @throws {@link InvalidArgumentError} `INVALID_ARGUMENT` for an unknown key, a chapter other than 1–4, a section or topic
 *   that does not exist, a `role` other than `'lead' | 'responsible' | 'any'` or without `department`, or a value of the wrong type.
 * @throws {@link UnknownDepartmentError} `UNKNOWN_DEPARTMENT` when `department` is not an id, name or alias of a unit of the plan.
 * @see 江津府办发〔2021〕113号 (`seeds/jiangjin-2021-113.txt`)
 * @example
 * ```ts
 * listMeasures({ section: { chapter: 1, ordinal: 4 } }).map((m) => m.number); //=> [12, 13, 14, 15]
 * listMeasures({ department: '区法院', role: 'lead' }).length; //=> 8
 * listMeasures({ topic: 'tax' }).map((m) => m.id); //=> ['m32', 'm33', 'm34']
 * ```
 */
export function listMeasures(filter: MeasureFilter = {}): readonly Measure[] {
  // What a JavaScript caller passed, whatever the types say: checked before it is read as a filter.
  const given: unknown = filter;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    invalid('filter', filter, `listMeasures expects a filter object such as { topic: 'tax' }, not ${show(filter)}.`, `listMeasures 的筛选条件应为对象，如 { topic: 'tax' }`);
  }
  for (const [key, value] of Object.entries(filter)) {
    if (!FILTER_KEYS.some((k) => k === key)) {
      invalid(key, value, `Unknown filter key '${key}': valid keys are ${FILTER_KEYS.join(', ')}.`, `未知的筛选项“${key}”，可用的筛选项：${FILTER_KEYS.join('、')}`);
    }
  }
  const { chapter, section, topic, department, role, hasRules } = filter;
  const tests: ((m: Measure) => boolean)[] = [];

  if (chapter !== undefined) {
    if (!plan.chapters.some((c) => c.number === chapter)) {
      invalid('chapter', chapter, `Unknown chapter ${show(chapter)}: chapters are numbered 1–${plan.chapters.length} (measures are in 1–3).`, `没有第${show(chapter)}章：章的编号为1–${plan.chapters.length}（措施在第1–3章）`);
    }
    tests.push((m) => m.chapter === chapter);
  }
  if (section !== undefined) {
    const givenSection: unknown = section;
    const found =
      typeof givenSection === 'object' && givenSection !== null
        ? sections.find((s) => s.chapter === section.chapter && s.ordinal === section.ordinal)
        : undefined;
    if (!found) {
      const counts = [1, 2, 3].map((c) => `${c}: 1–${sections.filter((s) => s.chapter === c).length}`).join(', ');
      invalid('section', section, `Unknown section ${show(section)}: pass { chapter, ordinal } with ordinals per chapter ${counts}.`, `没有节${show(section)}：请写作 { chapter, ordinal }，各章的节序号为 ${counts}`);
    }
    tests.push((m) => m.section.chapter === found.chapter && m.section.ordinal === found.ordinal);
  }
  if (topic !== undefined) {
    if (!TOPICS.some((t) => t === topic)) {
      invalid('topic', topic, `Unknown topic ${show(topic)}: topics are ${TOPICS.join(', ')}.`, `没有主题${show(topic)}：可用的主题为 ${TOPICS.join('、')}`);
    }
    tests.push((m) => m.topics.includes(topic));
  }
  if (role !== undefined) {
    if (!ROLES.includes(role)) invalid('role', role, `Unknown role ${show(role)}: roles are 'lead', 'responsible' and 'any'.`, `没有角色${show(role)}：角色为 'lead'（牵头单位）、'responsible'（责任单位）或 'any'（任一）`);
    if (department === undefined) invalid('role', role, `The role ${show(role)} needs a department to apply to, e.g. { department: '区财政局', role: 'lead' }.`, `角色${show(role)}须与单位一起使用，如 { department: '区财政局', role: 'lead' }`);
  }
  if (department !== undefined) {
    const d = getDepartment(department);
    const r = role ?? 'any';
    tests.push(
      (m) => (r !== 'responsible' && m.leadUnits.includes(d)) || (r !== 'lead' && m.responsibleUnits.includes(d)),
    );
  }
  if (hasRules !== undefined) {
    if (typeof hasRules !== 'boolean') invalid('hasRules', hasRules, `hasRules must be true or false, not ${show(hasRules)}.`, `hasRules 应为 true 或 false，而不是${show(hasRules)}`);
    tests.push((m) => m.rules.length > 0 === hasRules);
  }

  if (tests.length === 0) return measures;
  return Object.freeze(measures.filter((m) => tests.every((t) => t(m))));
}
