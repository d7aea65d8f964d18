import { SEED } from './data.generated.js';
import { EDITORIAL } from './editorial.js';
import type { Plan } from './planSchema.js';
import { deepFreeze } from '../_internal/deepFreeze.js';

/**
 * The plan 《江津区2021年深化“放管服”改革优化营商环境实施方案》 (江津府办发〔2021〕113号): title, document number,
 * issuer, dates, the meeting that adopted it, the documents it implements, its covering notice, its four chapters,
 * and its preamble and closing clause verbatim. Deeply frozen.
 *
 * @category Measures
 * @since 0.1.0
 * @see 江津府办发〔2021〕113号 (`seeds/jiangjin-2021-113.txt`)
 * @example
 * ```ts
 * plan.docNo; //=> '江津府办发〔2021〕113号'
 * plan.issuedOn; //=> '2021-08-01'
 * plan.adoptedAt.meetingNumber; //=> 125
 * plan.closingClause; //=> '本方案自印发之日起施行。'
 * ```
 */
export const plan: Plan = deepFreeze({
  title: { zh: SEED.title, en: EDITORIAL.plan.englishTitle },
  docNo: SEED.notice.docNo,
  issuer: { zh: SEED.notice.issuer, en: EDITORIAL.plan.englishIssuer },
  issuedOn: SEED.notice.issuedOn,
  // 本方案自印发之日起施行 (checked by the generator).
  effectiveFrom: SEED.notice.issuedOn,
  adoptedAt: { meeting: SEED.notice.adoptedAt, meetingNumber: SEED.notice.adoptedAtMeetingNumber },
  implements: SEED.implements.map((doc) => {
    const editorial = EDITORIAL.plan.implements[doc.title];
    const docNo = doc.docNo === undefined ? {} : { docNo: doc.docNo };
    return { title: { zh: doc.title, en: editorial?.englishTitle ?? '' }, ...docNo, level: editorial?.level ?? 'national' };
  }),
  notice: {
    title: SEED.notice.title,
    addressees: SEED.notice.addressees,
    text: SEED.notice.text,
    signedBy: SEED.notice.signedBy,
    dateText: SEED.notice.dateText,
    disclosure: SEED.notice.disclosure,
  },
  preamble: SEED.preamble,
  closingClause: SEED.closingClause,
  chapters: SEED.chapters.map((c) => ({ number: c.number, title: { zh: c.title, en: EDITORIAL.chapterTitles[c.number] ?? '' } })),
  source: SEED.source,
});

/**
 * The plan 江津府办发〔2021〕113号 itself (see `plan`): its title, issuer, dates, chapters, preamble and closing clause.
 *
 * @category Measures
 * @returns The frozen plan.
 * @example
 * ```ts
 * getPlan().docNo; //=> '江津府办发〔2021〕113号'
 * getPlan().issuedOn; //=> '2021-08-01'
 * ```
 */
export function getPlan(): Plan {
  return plan;
}
