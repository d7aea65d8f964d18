/**
 * The representative cases of the golden messages: for every error code, the errors a person or a program can meet,
 * each made by a real call of the library. `audience` says who reads the message: a person (who filled in facts, a
 * record, a schedule or a notice: no API names) or a developer (an argument only a program can pass).
 */
import { addWorkingDays, calendarCoverage, createCalendar, getDayInfo, isWorkingDay, parseNotice, toICS } from '../../src/calendar/index.js';
import { getDepartment, getMeasure, listMeasures } from '../../src/measures/index.js';
import { checkProcurement } from '../../src/procurement/index.js';
import { defineRule, evaluate, explain, getRule, parseAmount, type ErrorLike } from '../../src/rules/index.js';
import { checkConnection } from '../../src/utilities/index.js';
import { isYingshangError } from '../../src/errors/index.js';

/** One case: the code it must end in, what it is, who reads it, and the call. */
export interface MessageCase {
  readonly code: string;
  readonly title: string;
  readonly audience: 'person' | 'developer';
  readonly call: () => unknown;
}

/** The last year of the built-in data: the cases past it hold whichever notices the data has. */
const LAST = Number(calendarCoverage().to.slice(0, 4));

const NOTICE_2027 = {
  kind: 'schedule',
  issuer: '国务院办公厅',
  title: '国务院办公厅关于2027年部分节假日安排的通知',
  docNo: '国办发明电〔2026〕1号',
  publishedOn: '2026-11-01',
  url: 'https://www.gov.cn/',
} as const;

/** Every case, in the order of the golden files. */
export const MESSAGE_CASES: readonly MessageCase[] = [
  { code: 'INVALID_FACTS', title: 'a date that does not exist', audience: 'person', call: () => evaluate('m06-water-connection', { start: '2021-02-30' }) },
  { code: 'INVALID_FACTS', title: 'a missing trigger day', audience: 'person', call: () => evaluate('m15-payment', {} as never) },
  { code: 'INVALID_FACTS', title: 'a pause that ends before it begins', audience: 'person', call: () => evaluate('m06-water-connection', { start: '2021-02-01', pauses: [{ from: '2021-02-10', to: '2021-02-05' }] }) },
  { code: 'INVALID_FACTS', title: 'an end before the start', audience: 'person', call: () => evaluate('m15-payment', { start: '2021-09-29', end: '2021-09-28' }) },
  { code: 'INVALID_FACTS', title: 'a negative amount written as text', audience: 'person', call: () => evaluate('m15-prepayment-ratio', { contractAmount: '-5', prepaymentAmount: '1.00', supplierIsSme: true }) },
  { code: 'INVALID_FACTS', title: 'a count that is not a whole number', audience: 'person', call: () => evaluate('m51-bankruptcy-clearance', { value: 1.5, asOf: '2021-10-01' }) },
  {
    code: 'INVALID_FACTS',
    title: 'a procurement record with several problems',
    audience: 'person',
    call: () => checkProcurement({ awardNoticeIssuedOn: '9/8/2021', contractAmount: '1000.001', supplierIsSme: 'yes', paymentProcessedOn: '2021-10-01', awardedOn: '2021-09-08' } as never),
  },
  { code: 'INVALID_FACTS', title: 'a contract signed before its award notice', audience: 'person', call: () => checkProcurement({ awardNoticeIssuedOn: '2021-09-08', contractSignedOn: '2021-09-07', contractAmount: '100.00', supplierIsSme: false }) },
  { code: 'INVALID_FACTS', title: 'a connection of an unknown category', audience: 'person', call: () => checkConnection({ utility: 'water', category: 'total', acceptedOn: '2021-09-28' } as never) },
  { code: 'CALENDAR_OUT_OF_RANGE', title: 'a trigger day in a year without a notice', audience: 'person', call: () => evaluate('m06-water-connection', { start: `${LAST + 1}-03-01` }) },
  { code: 'CALENDAR_OUT_OF_RANGE', title: 'a count that runs past the data', audience: 'person', call: () => addWorkingDays(`${LAST}-12-28`, 5) },
  { code: 'CALENDAR_OUT_OF_RANGE', title: 'a day before the data', audience: 'person', call: () => isWorkingDay('2003-06-02') },
  { code: 'INVALID_DATE', title: 'a day that does not exist', audience: 'person', call: () => getDayInfo('2021-02-29') },
  { code: 'INVALID_DATE', title: 'a date not written YYYY-MM-DD', audience: 'person', call: () => isWorkingDay('10/08/2021') },
  { code: 'INVALID_DATE', title: 'a count of days that is not whole', audience: 'person', call: () => addWorkingDays('2021-10-08', 1.5) },
  { code: 'INVALID_SCHEDULE', title: 'a schedule without notices', audience: 'person', call: () => createCalendar({ schedules: [{ year: 2027 }] as never }) },
  {
    code: 'INVALID_SCHEDULE',
    title: 'a make-up working day on a weekday',
    audience: 'person',
    call: () =>
      createCalendar({
        schedules: [{ year: 2027, notices: [{ ...NOTICE_2027, holidays: [{ key: 'new_year', quote: '一、元旦：1月1日放假，共1天。', rest: [{ from: '2027-01-01', to: '2027-01-01' }], makeup: ['2027-01-04'] }] }] }],
      }),
  },
  { code: 'INVALID_NOTICE', title: 'a text without holiday items', audience: 'person', call: () => parseNotice('国务院办公厅关于2027年部分节假日安排的通知') },
  {
    code: 'INVALID_NOTICE',
    title: 'a date with the wrong day of the week',
    audience: 'person',
    call: () => parseNotice('一、元旦：1月1日（星期一）放假，共1天。', { year: 2027, title: NOTICE_2027.title, docNo: NOTICE_2027.docNo, publishedOn: NOTICE_2027.publishedOn, url: NOTICE_2027.url }),
  },
  {
    code: 'INVALID_NOTICE',
    title: 'a total that does not match the dates',
    audience: 'person',
    call: () => parseNotice('一、元旦：1月1日放假，共2天。', { year: 2027, title: NOTICE_2027.title, docNo: NOTICE_2027.docNo, publishedOn: NOTICE_2027.publishedOn, url: NOTICE_2027.url }),
  },
  { code: 'UNKNOWN_MEASURE', title: 'a measure number past the plan', audience: 'person', call: () => getMeasure(54) },
  { code: 'UNKNOWN_DEPARTMENT', title: 'a unit by a name the plan does not use', audience: 'person', call: () => getDepartment('区市场局') },
  { code: 'UNKNOWN_RULE', title: 'a rule id that does not exist', audience: 'developer', call: () => getRule('m99-none' as never) },
  { code: 'INVALID_RULE', title: 'a rule definition without its fields', audience: 'developer', call: () => defineRule({ id: 'district-permit', kind: 'deadline' } as never) },
  { code: 'INVALID_ARGUMENT', title: 'an unknown locale', audience: 'developer', call: () => toICS({ locale: 'fr' as never }) },
  { code: 'INVALID_ARGUMENT', title: 'an unknown option', audience: 'developer', call: () => explain(evaluate('m15-payment', { start: '2021-09-29', asOf: '2021-10-08' }), { lang: 'en' } as never) },
  { code: 'INVALID_ARGUMENT', title: 'an option of the wrong type', audience: 'developer', call: () => evaluate('m15-payment', { start: '2021-09-29' }, { trace: 'yes' } as never) },
  { code: 'INVALID_ARGUMENT', title: 'an amount written the European way', audience: 'developer', call: () => parseAmount('1.200,00') },
  { code: 'INVALID_ARGUMENT', title: 'a measure filter with an unknown topic', audience: 'developer', call: () => listMeasures({ topic: 'weather' } as never) },
  { code: 'INVALID_ARGUMENT', title: 'a range that runs backwards', audience: 'developer', call: () => toICS({ from: '2021-12-31', to: '2021-01-01' }) },
];

/**
 * The error a case ends in.
 *
 * @param messageCase - The case.
 * @returns Its error.
 * @throws Error when the call does not throw the case's code.
 */
export function errorOf(messageCase: MessageCase): ErrorLike {
  try {
    messageCase.call();
  } catch (error) {
    if (isYingshangError(error, messageCase.code as never)) return error;
    throw new Error(`${messageCase.title}: expected ${messageCase.code}, got ${String(error)}`);
  }
  throw new Error(`${messageCase.title}: expected ${messageCase.code}, got no error`);
}
