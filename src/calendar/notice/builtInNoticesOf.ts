import { formatIsoDay } from '../../_internal/dayNumber.js';
import { OFFICIAL_NOTICES } from '../officialNotices.js';
import type { HolidayNotice } from '../scheduleSchema.js';

/**
 * The built-in notices of `year` published before `before`, in the seed shape (their quotes stay in the seeds).
 *
 * @internal
 */
export function builtInNoticesOf(year: number, before: string): HolidayNotice[] {
  return OFFICIAL_NOTICES.filter((n) => n.year === year && n.publishedOn < before).map((n) => ({
    kind: n.kind,
    issuer: n.issuer,
    title: n.title,
    docNo: n.docNo,
    publishedOn: n.publishedOn,
    url: n.url,
    holidays: n.holidays.map(({ keys: [key = 'new_year', ...alsoKeys], rest, makeup }) => ({
      key,
      ...(alsoKeys.length > 0 ? { alsoKeys } : {}),
      rest: rest.map(([from, to]) => ({ from: formatIsoDay(from), to: formatIsoDay(to) })),
      makeup: makeup.map(formatIsoDay),
    })),
  }));
}
