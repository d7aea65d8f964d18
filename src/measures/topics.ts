import * as z from 'zod/mini';

/**
 * The fixed vocabulary of measure topics, in the order the plan first touches them.
 * A measure has one or more topics; the vocabulary only grows (a new topic is a minor release).
 *
 * - `business_registration`: starting, changing and closing a business (商事制度).
 * - `utilities`: water, electricity and gas connections (水电气接入).
 * - `finance`: bank lending, guarantees, listings and other financial services.
 * - `credit`: credit information, credit-based supervision and credit repair (信用).
 * - `procurement`: government procurement and the purchase of intermediary services (政府采购).
 * - `tendering`: bidding and tendering (招标投标).
 * - `innovation`: innovation, start-ups and new business models.
 * - `government_services`: how the administration serves businesses and citizens (政务服务, 渝快办).
 * - `permits`: licences, approvals and the intermediaries they need (审批, 许可).
 * - `construction`: construction projects, their approval and quality (工程建设).
 * - `real_estate`: property registration (不动产登记).
 * - `tax`: taxes and fees (税费).
 * - `trade`: foreign trade, logistics and foreign investment (跨境贸易).
 * - `regulation`: market supervision and administrative law enforcement (监管执法).
 * - `ip`: intellectual property (知识产权).
 * - `investor_protection`: protecting minority investors (中小投资者保护).
 * - `labour`: labour relations, employment and human resources (劳动力市场).
 * - `courts`: the courts and the enforcement of judgments (司法).
 * - `insolvency`: bankruptcy cases (破产).
 *
 * @category Measures
 * @since 0.1.0
 * @example
 * ```ts
 * TOPICS.includes('tax'); //=> true
 * ```
 */
export const TOPICS = Object.freeze([
  'business_registration',
  'utilities',
  'finance',
  'credit',
  'procurement',
  'tendering',
  'innovation',
  'government_services',
  'permits',
  'construction',
  'real_estate',
  'tax',
  'trade',
  'regulation',
  'ip',
  'investor_protection',
  'labour',
  'courts',
  'insolvency',
] as const);

/**
 * A topic of the fixed vocabulary {@link TOPICS}.
 *
 * @category Measures
 * @since 0.1.0
 * @example
 * ```ts
 * TopicSchema.safeParse('tax').success; //=> true
 * ```
 */
export const TopicSchema = z.enum(TOPICS);

/**
 * A topic of the fixed vocabulary {@link TOPICS}, such as `'procurement'` or `'courts'`.
 *
 * @category Measures
 * @since 0.1.0
 */
export type Topic = z.infer<typeof TopicSchema>;
