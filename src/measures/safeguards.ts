import { SEED } from './data.generated.js';
import { EDITORIAL } from './editorial.js';
import type { PlanSafeguard } from './safeguardSchema.js';
import { deepFreeze } from '../_internal/deepFreeze.js';

/**
 * The four unnumbered safeguard items of chapter 四 (（一）加强组织领导 … （四）加大宣传力度), with verbatim texts. Deeply frozen.
 *
 * @category Measures
 * @since 0.1.0
 * @see 江津府办发〔2021〕113号 (`seeds/jiangjin-2021-113.txt`)
 * @example
 * ```ts
 * safeguards.map((s) => s.title.zh); //=> ['加强组织领导', '狠抓措施落实', '强化评估督导', '加大宣传力度']
 * ```
 */
export const safeguards: readonly PlanSafeguard[] = deepFreeze(
  SEED.safeguards.map(
    (s): PlanSafeguard => ({
      chapter: 4,
      ordinal: s.ordinal,
      title: { zh: s.title, en: EDITORIAL.safeguardTitles[s.ordinal] ?? '' },
      text: s.text,
    }),
  ),
);

/**
 * The four safeguard items of chapter 四 (see `safeguards`).
 *
 * @category Measures
 * @returns The frozen safeguard items, in document order.
 * @example
 * ```ts
 * listSafeguards().map((s) => s.ordinal); //=> [1, 2, 3, 4]
 * ```
 */
export function listSafeguards(): readonly PlanSafeguard[] {
  return safeguards;
}
