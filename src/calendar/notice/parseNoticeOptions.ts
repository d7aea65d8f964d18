import type { ScheduleYear } from '../scheduleSchema.js';

/** Options of {@link parseNotice}: what the text may not say, and the schedule an amendment amends. */
export interface ParseNoticeOptions {
  /** The schedule year, when the text does not say it (no title, no year in the items). */
  readonly year?: number;
  /** The document number, e.g. `'国办发明电〔2024〕12号'`. */
  readonly docNo?: string;
  /** `'YYYY-MM-DD'`: the day the notice was published. */
  readonly publishedOn?: string;
  /** Where the notice was published (an http(s) URL). */
  readonly url?: string;
  /** The notice's title, e.g. `'国务院办公厅关于2025年部分节假日安排的通知'`. */
  readonly title?: string;
  /**
   * For an amendment (延长, 调整, the 2015 纪念日 notice): the schedule year it amends, e.g. what `parseNotice`
   * returned for that year's notice. Default: the year's built-in notices published before it.
   */
  readonly amends?: ScheduleYear;
}
