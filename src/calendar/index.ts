export {
  isWorkingDay,
  getDayInfo,
  listDays,
  listWorkingDays,
  addWorkingDays,
  countWorkingDays,
  nextWorkingDay,
  previousWorkingDay,
  addCalendarDays,
  holidaysOf,
  statutoryDaysOf,
  calendarCoverage,
} from './workingDayFunctions.js';
export { parseDate, type ParseDateOptions } from './parseDate.js';
export { createCalendar, type CreateCalendarOptions } from './createCalendar.js';
export { defaultCalendar } from './defaultCalendar.js';
export { ScheduleYearSchema, HolidayNoticeSchema, HolidayArrangementSchema, type ScheduleYear, type HolidayNotice, type HolidayArrangement } from './scheduleSchema.js';
export { parseNotice, type ParseNoticeOptions, type ParsedNotice } from './notice/parseNotice.js';
export type { ProjectionDifference } from './notice/projectionDifferences.js';
export { HOLIDAY_KEYS, HOLIDAY_NAMES, type HolidayKey } from './holidayKeys.js';
export type {
  Calendar,
  DateInput,
  DayInfo,
  NextNotice,
  DayKind,
  HolidayBlock,
  HolidayRef,
  NoticeRef,
  RollMode,
  AddCalendarDaysOptions,
  CalendarCoverage,
  DetailedAnswer,
  UnpublishedYears,
} from './types.js';
export { HolidayRefSchema, NoticeRefSchema } from './refSchemas.js';
export { toICS } from './export/toICS.js';
export { toHolidayRecords } from './export/toHolidayRecords.js';
export { toCSV } from './export/toCSV.js';
export { toDayTable } from './export/toDayTable.js';
export { DAY_TABLE_COLUMNS, type DayTableRow } from './export/DayTableRow.js';
export { HOLIDAY_RECORD_FIELDS, type HolidayRecord } from './export/HolidayRecord.js';
export type { CSVOptions, ExportRangeOptions, ICSOptions } from './export/types.js';
export type { Locale } from '../_internal/locale.js';
export { YingshangError, isYingshangError, InvalidDateError, CalendarOutOfRangeError, InvalidScheduleError, InvalidNoticeError, InvalidArgumentError, type ErrorCode, type SafeResult } from '../errors/index.js';
export { safeParseDate, safeParseNotice, safeCreateCalendar } from './safeForms.js';
