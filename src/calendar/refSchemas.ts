import * as z from 'zod/mini';
import { BilingualTextSchema } from '../_internal/bilingualText.js';
import { HOLIDAY_KEYS } from './holidayKeys.js';

const noticeRefShape = {
  docNo: z.string(),
  title: z.string(),
  /** `'YYYY-MM-DD'`. */
  publishedOn: z.string(),
  url: z.string(),
};

/**
 * The notice (or amendment) that fixed a day or a holiday block, as the calendar cites it: the shape of
 * {@link NoticeRef}, also read back by `explain` from a deadline's trace.
 *
 * @example
 * ```ts
 * NoticeRefSchema.safeParse(getDayInfo('2021-10-01').source).success; //=> true
 * ```
 */
export const NoticeRefSchema: z.ZodMiniObject<typeof noticeRefShape> = z.object(noticeRefShape);

const holidayRefShape = {
  key: z.enum(HOLIDAY_KEYS),
  /** The holiday's name; a merged block's names joined in the notice's order (`{ zh: '国庆节、中秋节', en: 'National Day and Mid-Autumn Festival' }`). */
  name: BilingualTextSchema,
};

/**
 * A holiday named on a day: the shape of {@link HolidayRef}.
 *
 * @example
 * ```ts
 * HolidayRefSchema.safeParse(getDayInfo('2021-10-01').holiday).success; //=> true
 * ```
 */
export const HolidayRefSchema: z.ZodMiniObject<typeof holidayRefShape> = z.object(holidayRefShape);
