import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { RuleResultSchema } from '../../../src/rules/ruleResultSchema.js';
import { HOLIDAY_KEYS } from '../../../src/calendar/holidayKeys.js';
import { calendarCoverage } from '../../../src/calendar/index.js';
import { checkProcurement } from '../../../src/procurement/checkProcurement.js';
import { LABELS, labelOf, type LabelKey } from '../../../src/rules/index.js';
import { isYingshangError } from '../../../src/errors/YingshangError.js';
import { untyped } from '../../fixtures/untyped.js';

/** Every status value the result schema allows, read from its JSON Schema (not from the label tables). */
function statusesOfTheResultSchema(): string[] {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if (typeof node !== 'object' || node === null) return;
    const status = (node as { properties?: { status?: { enum?: string[] } } }).properties?.status;
    for (const value of status?.enum ?? []) found.add(value);
    Object.values(node).forEach(visit);
  };
  visit(z.toJSONSchema(RuleResultSchema, { unrepresentable: 'any' }));
  return [...found];
}

/** A contract awarded on 15 December of the last year with data: its signing period runs into a year without a notice. */
const LAST = Number(calendarCoverage().to.slice(0, 4));
const RECORD_INTO_2027 = { awardNoticeIssuedOn: `${LAST}-12-15`, contractAmount: '100.00', prepaymentAmount: '50.00', supplierIsSme: true, asOf: `${LAST}-12-20` };
const CJK = /\p{Script=Han}/u;

describe('labels', () => {
  const statuses = [
    ...statusesOfTheResultSchema(),
    // The status of a rule whose answer needs a year without a notice, and of a record with such a rule.
    checkProcurement(RECORD_INTO_2027).results['m13-contract-signing'].status,
    checkProcurement(RECORD_INTO_2027).status,
  ];

  it('finds the statuses of every kind of result', () => {
    expect(statuses).toEqual(expect.arrayContaining(['met', 'overdue', 'not_started', 'not_applicable', 'on_track', 'no_data', 'out_of_range', 'incomplete']));
  });

  it.each(statuses)('gives status %s a Chinese and an English label', (status) => {
    const zh = labelOf(status as LabelKey, 'zh');
    const en = labelOf(status as LabelKey, 'en');
    expect(zh).toMatch(CJK);
    expect(en).toMatch(/^[A-Z][a-z ]+$/);
    expect(labelOf(status as LabelKey, 'zh-CN')).toBe(zh);
  });

  it('gives every label key a Chinese word and an English word, holidays, kinds of day and units included', () => {
    for (const key of [...HOLIDAY_KEYS, 'workday', 'weekend', 'holiday', 'makeup_workday', 'working_days', 'calendar_days', 'deadline', 'threshold', 'target', 'average'] as const) {
      expect(labelOf(key, 'zh')).toMatch(CJK);
      expect(labelOf(key, 'en')).not.toMatch(CJK);
    }
    expect(Object.keys(LABELS).length).toBeGreaterThanOrEqual(statuses.length + HOLIDAY_KEYS.length + 10);
  });

  it('says what a status means for its kind of rule', () => {
    expect(labelOf('overdue', 'zh-CN')).toBe('已逾期');
    expect(labelOf('met', 'zh')).toBe('按期完成');
    expect(labelOf('met', 'zh', 'threshold')).toBe('达标');
    expect(labelOf('missed', 'zh', 'target')).toBe('到期未达成');
    expect(labelOf('overdue', 'zh', 'threshold')).toBe('已逾期');
    // Every kind of rule is a kind: a deadline's statuses are the general words.
    expect(labelOf('overdue', 'zh', 'deadline')).toBe('已逾期');
    expect(labelOf('met', 'en', 'deadline')).toBe('Met');
    expect(labelOf('national_day', 'zh')).toBe('国庆节');
    expect(labelOf('makeup_workday', 'en')).toBe('Make-up working day');
  });

  it.each([
    ['an unknown key', () => labelOf(untyped('late'), 'zh'), '`key`'],
    ['a key from the prototype', () => labelOf(untyped('toString'), 'zh'), '`key`'],
    ['an unknown locale', () => labelOf('met', untyped('fr')), '`locale`'],
  ])('refuses %s with INVALID_ARGUMENT', (_, call, named) => {
    let error: unknown;
    try {
      call();
    } catch (e) {
      error = e;
    }
    expect(isYingshangError(error, 'INVALID_ARGUMENT')).toBe(true);
    expect((error as Error).message).toContain(named);
  });
});
