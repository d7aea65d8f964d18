import { deepFreeze } from '../_internal/deepFreeze.js';

/**
 * The Chinese column names that the CLI (and the web page) read as the fields of a connection application, as
 * utilities' systems name them; any other name is mapped with `--columns` or `--map`.
 *
 * @example
 * ```ts
 * CONNECTION_COLUMN_NAMES.acceptedOn; //=> ['受理日期', '报装受理日期']
 * ```
 */
export const CONNECTION_COLUMN_NAMES = deepFreeze({
  utility: ['报装类型', '公用事业类型'],
  category: ['用户类别', '报装类别'],
  acceptedOn: ['受理日期', '报装受理日期'],
  completedOn: ['接入完成日期', '完成日期', '办结日期'],
  asOf: ['评估日期', '统计截止日期'],
  pauses: ['暂停时段', '暂停'],
} as const);

/**
 * The Chinese cell values that the CLI reads as each utility and category of a connection application, in the words of
 * measure 6 of 江津府办发〔2021〕113号 (获得用水一般项目用户, 低压小微用户, 10千伏城镇用户, 非居民用户, 城镇新建居民小区,
 * 居民用户通气, 获得用气用户办理总用时). The English values are read as they are.
 *
 * @example
 * ```ts
 * CONNECTION_VALUE_NAMES.utility['供水']; //=> 'water'
 * CONNECTION_VALUE_NAMES.category['低压小微用户']; //=> 'low_voltage_micro'
 * ```
 */
export const CONNECTION_VALUE_NAMES: { readonly utility: Readonly<Record<string, string>>; readonly category: Readonly<Record<string, string>> } = deepFreeze({
  utility: { 水: 'water', 用水: 'water', 供水: 'water', 电: 'electricity', 用电: 'electricity', 供电: 'electricity', 气: 'gas', 用气: 'gas', 供气: 'gas', 燃气: 'gas' },
  category: {
    一般项目: 'general',
    低压小微用户: 'low_voltage_micro',
    低压小微: 'low_voltage_micro',
    '10千伏城镇用户': '10kv_urban',
    '10千伏城镇': '10kv_urban',
    非居民用户: 'non_residential',
    非居民: 'non_residential',
    城镇新建居民小区: 'new_residential_community',
    新建居民小区: 'new_residential_community',
    居民用户通气: 'residential_ignition',
    居民通气: 'residential_ignition',
    全流程: 'total',
  },
} as const);
