import type { BilingualText } from '../../_internal/bilingualText.js';
import type { HolidayKey } from '../holidayKeys.js';

/**
 * One rest day or make-up working day with its provenance: JSON and CSV carry the same fields, the CSV with the two
 * languages of `name` as the columns `name.zh` and `name.en`.
 * Days that are not listed follow the default rule: Monday to Friday work, Saturday and Sunday rest.
 */
export interface HolidayRecord {
  /** `'YYYY-MM-DD'`. */
  readonly date: string;
  /** `'holiday'` for a rest day of a holiday block, `'makeup_workday'` for a make-up working day (调休上班). */
  readonly kind: 'holiday' | 'makeup_workday';
  /** `true` for a make-up working day, `false` for a rest day. */
  readonly isWorkingDay: boolean;
  /** 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** The holiday's stable key; for a merged block (国庆节、中秋节) the first one the notice names. */
  readonly holidayKey: HolidayKey;
  /** The block's name (`{ zh: '国庆节、中秋节', en: 'National Day and Mid-Autumn Festival' }` for a merged one). */
  readonly name: BilingualText;
  /** The year of the schedule the day belongs to (a notice for year Y can fix days at the end of Y − 1). */
  readonly scheduleYear: number;
  /** Whether the day comes from a projection (`unpublishedYears: 'provisional'`) rather than a notice. */
  readonly provisional: boolean;
  /** Document number of the notice that set the day's status (`getDayInfo(date).source`; 2020-01-24: the 2019 notice, not the extension). */
  readonly noticeDocNo: string;
  /** The notice's title. */
  readonly noticeTitle: string;
  /** `'YYYY-MM-DD'`. */
  readonly noticePublishedOn: string;
  /** Where the notice is published. */
  readonly noticeUrl: string;
}

/**
 * The fields of a {@link HolidayRecord} in order, `name` as its two languages: the columns of `toCSV`.
 *
 * @example
 * ```ts
 * HOLIDAY_RECORD_FIELDS[0]; //=> 'date'
 * HOLIDAY_RECORD_FIELDS.slice(5, 7); //=> ['name.zh', 'name.en']
 * ```
 */
export const HOLIDAY_RECORD_FIELDS = /* @__PURE__ */ Object.freeze([
  'date',
  'kind',
  'isWorkingDay',
  'weekday',
  'holidayKey',
  'name.zh',
  'name.en',
  'scheduleYear',
  'provisional',
  'noticeDocNo',
  'noticeTitle',
  'noticePublishedOn',
  'noticeUrl',
] as const satisfies readonly (Exclude<keyof HolidayRecord, 'name'> | `name.${keyof BilingualText}`)[]);
