import * as z from 'zod/mini';
import { frozen } from './frozen.js';

const NON_EMPTY = z.string().check(z.minLength(1));

/**
 * A text people read, in Chinese and English: `{ zh, en }`, both non-empty; the output is frozen. The one shape of
 * every bilingual field: a rule's name and description, a measure's or a section's title, a department's or a
 * holiday's name, a label.
 *
 * @example
 * ```ts
 * BilingualTextSchema.safeParse({ zh: '国庆节', en: 'National Day' }).success; //=> true
 * BilingualTextSchema.safeParse({ zh: '国庆节' }).success; //=> false
 * ```
 */
export const BilingualTextSchema = frozen(z.strictObject({ zh: NON_EMPTY, en: NON_EMPTY }));

/** A text people read, in Chinese (`zh`) and English (`en`). */
export type BilingualText = z.output<typeof BilingualTextSchema>;
