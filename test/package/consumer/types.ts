// Typechecked against the packed tarball's .d.ts under moduleResolution node16 and bundler.
import { createCalendar, type DayInfo } from 'yingshang/calendar';
import { measures, type Measure } from 'yingshang/measures';
import { evaluate, evaluateMany, createResultSummary, isBuiltInRuleId, type BatchItem, type DeadlineFacts } from 'yingshang/rules';
import { checkProcurement, type ProcurementCheck } from 'yingshang/procurement';
import { checkConnection, type DeadlineResult } from 'yingshang/utilities';
import { periodDeadlineSql, type SqlDialect } from 'yingshang/sql';
import { isYingshangError } from 'yingshang';

const info: DayInfo = createCalendar().getDayInfo('2021-10-09');
const first: Measure | undefined = measures[0];
const result = evaluate('m15-payment', { start: '2021-09-29', end: '2021-10-12' });
const status: string = result.status;
// Rule ids and facts stay typed through the published declarations.
// @ts-expect-error a misspelt rule id does not compile
evaluate('m15-paymnet', { start: '2021-09-29' });
// @ts-expect-error a wrong fact name does not compile
evaluate('m15-payment', { start: '2021-09-29', finish: '2021-10-12' });
const fromUser: string = 'm15-payment';
const checkedId = isBuiltInRuleId(fromUser) ? evaluate(fromUser, { start: '2021-09-29' }).ruleId : 'none';
const paymentFacts: DeadlineFacts = { start: '2021-09-29' };
const summary = createResultSummary();
for (const item of evaluateMany('m15-payment', [{ start: '2021-09-29' }])) summary.add(item satisfies BatchItem<DeadlineResult>);
const procurement: ProcurementCheck = checkProcurement({ awardNoticeIssuedOn: '2021-09-08', contractAmount: 100, supplierIsSme: false });
const water = checkConnection({ utility: 'water', category: 'general', acceptedOn: '2021-09-28' });
const due: string = water.status === 'out_of_range' ? water.message : (water satisfies DeadlineResult).due;
const dialect: SqlDialect = 'postgres';
const query: string = periodDeadlineSql('m15-payment', { dialect });
export const checks = [checkedId, paymentFacts, query, info.kind, first?.id, status, isYingshangError(null), summary.result().count, procurement.status, due];
