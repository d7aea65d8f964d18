import * as z from 'zod/mini';
import { BilingualTextSchema } from '../_internal/bilingualText.js';

const IsoDaySchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/));
const NonEmptySchema = z.string().check(z.minLength(1));

/**
 * A chapter of the plan: 一 打造便利的市场环境 … 四 加强优化营商环境实施保障.
 * `title.zh` is verbatim; `title.en` is editorial.
 *
 * @category Measures
 * @since 0.1.0
 * @example
 * ```ts
 * PlanChapterSchema.safeParse(getPlan().chapters[0]).success; //=> true
 * ```
 */
export const PlanChapterSchema = z.readonly(
  z.strictObject({
    number: z.int().check(z.gte(1), z.lte(4)),
    title: BilingualTextSchema,
  }),
);

/**
 * A chapter of the plan, as validated by {@link PlanChapterSchema}.
 *
 * @category Measures
 * @since 0.1.0
 */
export type PlanChapter = z.infer<typeof PlanChapterSchema>;

/**
 * The metadata of the plan 江津府办发〔2021〕113号. Chinese texts are verbatim from the document; the English of each `{ zh, en }` text is editorial.
 *
 * - `title`, `docNo`, `issuer`: the plan's title (without 《》), document number and issuing office; `title` and `issuer` in both languages.
 * - `issuedOn`: the date on the covering notice, `'YYYY-MM-DD'`; `effectiveFrom`: the day the plan took effect (本方案自印发之日起施行, so the same day).
 * - `adoptedAt`: the meeting that adopted it as written (`'区政府第125次常务会议'`) and the meeting's number.
 * - `implements`: the documents the preamble names as its basis, in the preamble's order, with their document numbers where given.
 * - `notice`: the covering notice (印发通知): its title, addressees, text, signature, date as written and disclosure note.
 * - `preamble`, `closingClause`: the plan's first and last paragraphs, verbatim.
 * - `chapters`: the four chapters.
 * - `source`: the path of the seed text in the package.
 *
 * @category Measures
 * @since 0.1.0
 * @example
 * ```ts
 * PlanSchema.safeParse(getPlan()).success; //=> true
 * ```
 */
export const PlanSchema = z.readonly(
  z.strictObject({
    title: BilingualTextSchema,
    docNo: NonEmptySchema,
    issuer: BilingualTextSchema,
    issuedOn: IsoDaySchema,
    effectiveFrom: IsoDaySchema,
    adoptedAt: z.readonly(
      z.strictObject({
        meeting: NonEmptySchema,
        meetingNumber: z.int().check(z.gte(1)),
      }),
    ),
    implements: z.readonly(
      z.array(
        z.readonly(
          z.strictObject({
            title: BilingualTextSchema,
            docNo: z.optional(NonEmptySchema),
            level: z.enum(['national', 'municipal']),
          }),
        ),
      ),
    ),
    notice: z.readonly(
      z.strictObject({
        title: NonEmptySchema,
        addressees: NonEmptySchema,
        text: NonEmptySchema,
        signedBy: NonEmptySchema,
        dateText: NonEmptySchema,
        disclosure: NonEmptySchema,
      }),
    ),
    preamble: NonEmptySchema,
    closingClause: NonEmptySchema,
    chapters: z.readonly(z.array(PlanChapterSchema).check(z.length(4))),
    source: NonEmptySchema,
  }),
);

/**
 * The plan's metadata, as validated by {@link PlanSchema}.
 *
 * @category Measures
 * @since 0.1.0
 */
export type Plan = z.infer<typeof PlanSchema>;
