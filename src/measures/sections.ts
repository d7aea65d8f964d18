import { SEED } from './data.generated.js';
import { EDITORIAL } from './editorial.js';
import { getDepartment } from './getDepartment.js';
import type { PlanSection } from './sectionSchema.js';
import { deepFreeze } from '../_internal/deepFreeze.js';

/**
 * The 18 sections of chapters 一–三, in document order, each with its lead and responsible units
 * (the registry's own department objects, placeholders included) and the numbers of its measures. Deeply frozen.
 *
 * @category Measures
 * @since 0.1.0
 * @see 江津府办发〔2021〕113号 (`seeds/jiangjin-2021-113.txt`)
 * @example
 * ```ts
 * const s = sections.find((s) => s.chapter === 1 && s.ordinal === 4);
 * s?.title.zh; //=> '促进政府采购规范有序'
 * s?.leadUnits.map((d) => d.name.zh); //=> ['区财政局']
 * s?.measureNumbers; //=> [12, 13, 14, 15]
 * ```
 */
export const sections: readonly PlanSection[] = deepFreeze(
  SEED.sections.map(
    (s): PlanSection => ({
      chapter: s.chapter,
      ordinal: s.ordinal,
      title: { zh: s.title, en: EDITORIAL.sectionTitles[`${s.chapter}.${s.ordinal}`] ?? '' },
      unitsText: s.unitsText,
      leadUnits: s.leadUnits.map(getDepartment),
      responsibleUnits: s.responsibleUnits.map(getDepartment),
      measureNumbers: [...s.measureNumbers],
    }),
  ),
);

/**
 * The 18 sections of chapters 一–三 (see `sections`), in document order.
 *
 * @category Measures
 * @returns The frozen sections.
 * @example
 * ```ts
 * listSections().length; //=> 18
 * listSections().find((s) => s.chapter === 1 && s.ordinal === 4)?.measureNumbers; //=> [12, 13, 14, 15]
 * ```
 */
export function listSections(): readonly PlanSection[] {
  return sections;
}
