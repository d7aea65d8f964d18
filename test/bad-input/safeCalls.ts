import { expect } from 'vitest';
import { createCalendar, parseDate, parseNotice, safeCreateCalendar, safeParseDate, safeParseNotice } from '../../src/calendar/index.js';
import { checkProcurement, safeCheckProcurement } from '../../src/procurement/index.js';
import { defineRule, parseAmount, parseBoolean, safeDefineRule, safeParseAmount, safeParseBoolean } from '../../src/rules/index.js';
import { checkConnection, checkZeroInvestment, safeCheckConnection, safeCheckZeroInvestment } from '../../src/utilities/index.js';
import { caught } from '../fixtures/caught.js';
import { callsOf, returns, type BadCall } from './badCall.js';

/**
 * The call of a safe twin with input its function throws for: it returns `{ success: false, error }` with the very
 * error (code, message, details) that `unsafe` throws for the same input, and never throws.
 */
function returnsTheError(subject: string, input: string, call: () => unknown, unsafe: () => unknown): BadCall[] {
  return callsOf(subject, [
    {
      input,
      call,
      expected: returns((value) => {
        const thrown = caught(unsafe);
        expect(value).toEqual({ success: false, error: thrown });
        expect((value as { error: Error }).error).toMatchObject({ code: thrown.code, message: thrown.message, details: thrown.details });
      }),
    },
  ]);
}

const NOTICE = { year: 2027, title: 'T', docNo: 'D', publishedOn: '2026-11-01', url: 'https://example.org' };
const RECORD = { awardNoticeIssuedOn: 'next week', contractAmount: '100.00', prepaymentAmount: '30.00', supplierIsSme: false } as const;
const APPLICATION = { utility: 'water', category: 'general', acceptedOn: '2021-09-31' } as const;
const PROJECT = { withinUrbanConstructionLand: true, customerCost: 'free', capacityKva: '200', enterpriseSize: 'small', customerInvestment: '0' } as const;

/** The safe twins: each returns the error its function throws. */
export const safeCalls: readonly BadCall[] = [
  ...returnsTheError('calendar.safeParseDate', 'an impossible date', () => safeParseDate('2021-02-30'), () => parseDate('2021-02-30')),
  ...returnsTheError('calendar.safeParseNotice', 'a notice with an impossible day', () => safeParseNotice('一、元旦：2月30日放假。', NOTICE), () => parseNotice('一、元旦：2月30日放假。', NOTICE)),
  ...returnsTheError('calendar.safeCreateCalendar', 'an impossible asKnownOn', () => safeCreateCalendar({ asKnownOn: '2020-02-30' }), () => createCalendar({ asKnownOn: '2020-02-30' })),
  ...returnsTheError('rules.safeDefineRule', 'a definition of junk', () => safeDefineRule({ kind: 'deadline' }), () => defineRule({ kind: 'deadline' })),
  ...returnsTheError('rules.safeParseAmount', 'an amount in the continental style', () => safeParseAmount('1.200,00'), () => parseAmount('1.200,00')),
  ...returnsTheError('rules.safeParseBoolean', 'a word that is not a yes or a no', () => safeParseBoolean('yes'), () => parseBoolean('yes')),
  ...returnsTheError('procurement.safeCheckProcurement', 'a record with a date that is not one', () => safeCheckProcurement(RECORD), () => checkProcurement(RECORD)),
  ...returnsTheError('utilities.safeCheckConnection', 'an application with an impossible date', () => safeCheckConnection(APPLICATION), () => checkConnection(APPLICATION)),
  ...returnsTheError('utilities.safeCheckZeroInvestment', 'a project with a cost that is not a number', () => safeCheckZeroInvestment(PROJECT), () => checkZeroInvestment(PROJECT)),
];
