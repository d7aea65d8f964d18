import * as z from 'zod/mini';

const IsoDaySchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/));
const TextSchema = z.string().check(z.minLength(1));

/**
 * A chapter of the plan: 一 打造便利的市场环境 … 四 加强优化营商环境实施保障.
 * `title` is verbatim; `titleEn` is editorial.
 *
 * @category Measures
 * @since 0.1.0
 * @example
 * ```ts
 * ChapterSchema.safeParse(getPlan().chapters[0]).success; //=> true
 * ```
 */
export const ChapterSchema = z.readonly(
  z.strictObject({
    number: z.int().check(z.gte(1), z.lte(4)),
    title: TextSchema,
    titleEn: TextSchema,
  }),
);

/**
 * A chapter of the plan, as validated by {@link ChapterSchema}.
 *
 * @category Measures
 * @since 0.1.0
 */
export type Chapter = z.infer<typeof ChapterSchema>;

/**
 * The metadata of the plan 江津府办发〔2021〕113号. Chinese strings are verbatim from the document; `…En` fields are editorial.
 *
 * - `title`, `docNo`, `issuer`: the plan's title (without 《》), document number and issuing office.
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
    title: TextSchema,
    titleEn: TextSchema,
    docNo: TextSchema,
    issuer: TextSchema,
    issuerEn: TextSchema,
    issuedOn: IsoDaySchema,
    effectiveFrom: IsoDaySchema,
    adoptedAt: z.readonly(
      z.strictObject({
        meeting: TextSchema,
        meetingNumber: z.int().check(z.gte(1)),
      }),
    ),
    implements: z.readonly(
      z.array(
        z.readonly(
          z.strictObject({
            title: TextSchema,
            titleEn: TextSchema,
            docNo: z.optional(TextSchema),
            level: z.enum(['national', 'municipal']),
          }),
        ),
      ),
    ),
    notice: z.readonly(
      z.strictObject({
        title: TextSchema,
        addressees: TextSchema,
        text: TextSchema,
        signedBy: TextSchema,
        dateText: TextSchema,
        disclosure: TextSchema,
      }),
    ),
    preamble: TextSchema,
    closingClause: TextSchema,
    chapters: z.readonly(z.array(ChapterSchema).check(z.length(4))),
    source: TextSchema,
  }),
);

/**
 * The plan's metadata, as validated by {@link PlanSchema}.
 *
 * @category Measures
 * @since 0.1.0
 */
export type Plan = z.infer<typeof PlanSchema>;
