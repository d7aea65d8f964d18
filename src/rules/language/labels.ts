import type { BilingualText } from '../../_internal/bilingualText.js';
import { deepFreeze } from '../../_internal/deepFreeze.js';
import { HOLIDAY_NAMES, type HolidayKey } from '../../calendar/holidayKeys.js';
import type { DayKind } from '../../calendar/types.js';
import type { ResultStatus, RuleKind } from '../ruleResult.js';


/**
 * Every status a result or a record's check can have: every {@link ResultStatus} (`out_of_range` included) and
 * `incomplete` (a procurement record with a rule that cannot be judged yet).
 */
export type StatusKey = ResultStatus | 'incomplete';

/** The units of a count of days: a period's unit, or plain days (a fixed date's distance). */
export type UnitKey = 'working_days' | 'calendar_days' | 'days';

/** What a status means, read as the status of a deadline unless the kind of rule (or a procurement record) says otherwise. */
export const STATUS_LABELS: Readonly<Record<StatusKey, BilingualText>> = deepFreeze({
  met: { zh: '按期完成', en: 'Met' },
  missed: { zh: '逾期完成', en: 'Missed' },
  pending: { zh: '进行中', en: 'Pending' },
  overdue: { zh: '已逾期', en: 'Overdue' },
  not_started: { zh: '未开始', en: 'Not started' },
  not_met: { zh: '未达标', en: 'Not met' },
  not_applicable: { zh: '不适用', en: 'Not applicable' },
  achieved: { zh: '已达成', en: 'Achieved' },
  on_track: { zh: '进度正常', en: 'On track' },
  behind: { zh: '进度落后', en: 'Behind' },
  no_data: { zh: '暂无数据', en: 'No data' },
  out_of_range: { zh: '暂无法判断', en: 'Cannot be judged yet' },
  incomplete: { zh: '部分暂无法判断', en: 'Incomplete' },
});

/** The statuses whose word depends on the kind of rule (or on a procurement record as a whole). */
export const STATUS_LABELS_BY_KIND: Readonly<Partial<Record<RuleKind | 'procurement', Partial<Record<StatusKey, BilingualText>>>>> = deepFreeze({
  threshold: { met: { zh: '达标', en: 'Met' } },
  average: { met: { zh: '达标', en: 'Met' } },
  target: { missed: { zh: '到期未达成', en: 'Missed' } },
  procurement: {
    met: { zh: '正常', en: 'All met' },
    missed: { zh: '已违反规定', en: 'Breached' },
    overdue: { zh: '有期限已逾期', en: 'Overdue' },
    pending: { zh: '有期限在进行', en: 'Pending' },
  },
});

/** The kinds of rule. */
export const RULE_KIND_LABELS: Readonly<Record<RuleKind, BilingualText>> = deepFreeze({
  deadline: { zh: '办理时限', en: 'Deadline' },
  threshold: { zh: '限额标准', en: 'Threshold' },
  target: { zh: '工作目标', en: 'Target' },
  average: { zh: '平均用时', en: 'Average' },
});

/** The kinds of day of the official calendar. */
export const DAY_KIND_LABELS: Readonly<Record<DayKind, BilingualText>> = deepFreeze({
  workday: { zh: '工作日', en: 'Working day' },
  weekend: { zh: '周末', en: 'Weekend' },
  holiday: { zh: '节假日', en: 'Holiday' },
  makeup_workday: { zh: '调休上班', en: 'Make-up working day' },
});

/** The units of a count of days. */
export const UNIT_LABELS: Readonly<Record<UnitKey, BilingualText>> = deepFreeze({
  working_days: { zh: '工作日', en: 'working days' },
  calendar_days: { zh: '自然日', en: 'calendar days' },
  days: { zh: '天', en: 'days' },
});

/** Every key {@link labelOf} knows: a status, a kind of rule, a kind of day, a unit or a holiday. */
export type LabelKey = StatusKey | RuleKind | DayKind | UnitKey | HolidayKey;

/** All the tables in one, by key (no key is in two tables). */
export const LABELS: Readonly<Record<LabelKey, BilingualText>> = deepFreeze({ ...STATUS_LABELS, ...RULE_KIND_LABELS, ...DAY_KIND_LABELS, ...UNIT_LABELS, ...HOLIDAY_NAMES });
