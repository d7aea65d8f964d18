import { SEED } from './data.generated.js';
import { EDITORIAL } from './editorial.js';
import type { Measure } from './measureSchema.js';
import { RULE_IDS_BY_MEASURE, type MeasureRuleId } from './ruleIdsByMeasure.generated.js';
import { sections } from './sections.js';
import { deepFreeze } from '../_internal/deepFreeze.js';

/** The generated table seen by any measure number (one without rules has none). */
const ruleIdsOf: Readonly<Partial<Record<number, readonly MeasureRuleId[]>>> = RULE_IDS_BY_MEASURE;

/**
 * All 53 measures of the plan, ordered by number (`measures[n - 1].number === n`). Texts are verbatim from the document;
 * `title.en` and `topics` are editorial; `rules` lists the ids of the quantitative rules drawn from each measure.
 * Deeply frozen.
 *
 * @category Measures
 * @since 0.1.0
 * @see 江津府办发〔2021〕113号 (`seeds/jiangjin-2021-113.txt`)
 * @example
 * ```ts
 * measures.length; //=> 53
 * measures[5]?.title.zh; //=> '压减接入时间'
 * measures[5]?.id; //=> 'm06'
 * ```
 */
export const measures: readonly Measure[] = deepFreeze(
  SEED.measures.map((m): Measure => {
    const editorial = EDITORIAL.measures[m.number];
    const section = sections.find((s) => s.chapter === m.chapter && s.ordinal === m.sectionOrdinal);
    if (!editorial || !section) throw new Error(`yingshang: measure ${m.number} is incomplete; regenerate the measures data.`);
    return {
      number: m.number,
      id: `m${String(m.number).padStart(2, '0')}`,
      chapter: m.chapter,
      section: { chapter: section.chapter, ordinal: section.ordinal },
      title: { zh: m.title ?? editorial.editorialTitle ?? '', en: editorial.englishTitle },
      titleIsEditorial: m.title === null,
      text: m.text,
      leadUnits: section.leadUnits,
      responsibleUnits: section.responsibleUnits,
      rules: [...(ruleIdsOf[m.number] ?? [])],
      topics: [...editorial.topics],
    };
  }),
);
