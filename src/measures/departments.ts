import { SEED } from './data.generated.js';
import type { Department } from './departmentSchema.js';
import { EDITORIAL } from './editorial.js';
import { deepFreeze } from '../_internal/deepFreeze.js';

/**
 * Every unit the plan names as a lead unit (牵头单位) or responsible unit (责任单位), in order of first appearance,
 * placeholders such as 区级有关单位 included. Deeply frozen; measures and sections hold these same objects.
 *
 * @category Measures
 * @since 0.1.0
 * @see 江津府办发〔2021〕113号 (`seeds/jiangjin-2021-113.txt`)
 * @example
 * ```ts
 * departments.length; //=> 29
 * departments[0];
 * //=> { id: 'market_regulation_bureau', name: { zh: '江津区市场监管局', en: 'Jiangjin District Administration for Market Regulation' },
 * //=>    aliases: ['区市场监管局'], kind: 'district_department' }
 * ```
 */
export const departments: readonly Department[] = deepFreeze(
  SEED.departmentNames.map((name): Department => {
    const editorial = EDITORIAL.departments[name];
    if (!editorial) throw new Error(`yingshang: no editorial entry for department ${name}; regenerate the measures data.`);
    return { id: editorial.id, name: { zh: name, en: editorial.englishName }, aliases: [...editorial.aliases], kind: editorial.kind };
  }),
);

/**
 * Every unit the plan names (see `departments`): the catalogue that `getDepartment` looks up.
 *
 * @category Measures
 * @returns The frozen departments, in order of first appearance.
 * @example
 * ```ts
 * listDepartments().length; //=> 29
 * listDepartments()[0]?.id; //=> 'market_regulation_bureau'
 * ```
 */
export function listDepartments(): readonly Department[] {
  return departments;
}
