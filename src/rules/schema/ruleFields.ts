import * as z from 'zod/mini';
import { BilingualTextSchema } from '../../_internal/bilingualText.js';
import { frozen } from '../../_internal/frozen.js';

export { frozen, BilingualTextSchema };

/** A non-empty string. */
export const NonEmptySchema = z.string().check(z.minLength(1));

/** A rule id: lower-case words and digits joined by hyphens, e.g. `'m06-water-connection'`. */
export const RuleIdSchema = z.string().check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be lower-case words and digits joined by hyphens, e.g. 'm06-water-connection'" }),
  z.maxLength(80),
);

/** A law or notice a rule rests on, with the words that matter. */
export const LegalBasisSchema = frozen(
  z.strictObject({
    /** The law and article, e.g. `'《中华人民共和国民法典》第二百零一条'`. */
    citation: NonEmptySchema,
    /** The article's own words, verbatim. */
    quote: z.optional(NonEmptySchema),
  }),
);

/** Fields every rule carries, whatever its kind. */
export const ruleFields = {
  id: RuleIdSchema,
  /** The measure of 江津府办发〔2021〕113号 the rule comes from (1–53); omitted for rules of other documents. */
  measure: z.optional(z.int().check(z.gte(1), z.lte(999))),
  /** The sentence of the source document the rule comes from, verbatim. */
  clause: z.optional(NonEmptySchema),
  /** A short name. */
  name: BilingualTextSchema,
  /** What the rule requires, in a sentence. */
  description: BilingualTextSchema,
  /** The laws the counting rests on. */
  legalBasis: z.optional(frozen(z.array(LegalBasisSchema))),
};

/** A whole number of days from 0 to 3650. */
export const DayAmountSchema = z.int().check(z.gte(0), z.lte(3650));

/** A law or notice a rule rests on. */
export type LegalBasis = z.infer<typeof LegalBasisSchema>;
