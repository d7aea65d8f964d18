// The corpus of test/bad-input passes wrong values through `untyped` to see the library refuse them at run time; this
// type test pins that TypeScript refuses the same kinds of values at compile time (an unused @ts-expect-error fails).
import { describe, it } from 'vitest';
import { addCalendarDays, addWorkingDays, countWorkingDays, isWorkingDay, parseDate } from '../../src/calendar/index.js';
import { listMeasures } from '../../src/measures/index.js';
import { checkProcurement } from '../../src/procurement/index.js';
import { evaluate, evaluateMany, explain, getRule } from '../../src/rules/index.js';
import { checkConnection } from '../../src/utilities/index.js';

describe('the wrong inputs of the bad-input corpus', () => {
  it('are refused by the calendar’s types', () => {
    // @ts-expect-error a date is a 'YYYY-MM-DD' string or a Date, not a number
    isWorkingDay(20211001);
    // @ts-expect-error a date is not null
    isWorkingDay(null);
    // @ts-expect-error a count of days is a number, not a string
    addWorkingDays('2021-09-29', '5');
    // @ts-expect-error a start is required
    countWorkingDays(undefined, '2021-10-01');
    // @ts-expect-error an unknown roll mode
    addCalendarDays('2021-09-11', 20, { roll: 'forward' });
    // @ts-expect-error an unknown option
    parseDate('2021-10-01', { excel: true });
  });

  it('are refused by the rules’ types', () => {
    // @ts-expect-error an id that is no built-in rule
    getRule('m99-none');
    // @ts-expect-error a period deadline needs its start
    evaluate('m15-payment', {});
    // @ts-expect-error a field the facts do not have
    evaluate('m15-payment', { start: '2021-09-29', finish: '2021-10-01' });
    // @ts-expect-error a count is a number, not a string
    evaluate('m51-bankruptcy-clearance', { value: '3', asOf: '2021-10-01' });
    // @ts-expect-error a boolean input is true or false, not a string
    evaluate('m15-prepayment-ratio', { contractAmount: '1000000.00', prepaymentAmount: '300000.00', supplierIsSme: 'true' });
    // @ts-expect-error an option evaluate does not have
    evaluate('m15-payment', { start: '2021-09-29' }, { locale: 'en' });
    // @ts-expect-error facts are an iterable, not a number
    evaluateMany('m15-payment', 5);
    // @ts-expect-error a result, not null
    explain(null);
  });

  it('are refused by the measures’, procurement’s and utilities’ types', () => {
    // @ts-expect-error a topic that does not exist
    listMeasures({ topic: 'nonsense' });
    // @ts-expect-error a record needs the day the award notice was issued
    checkProcurement({ contractAmount: '1000000.00', supplierIsSme: false });
    // @ts-expect-error a category water connections do not have
    checkConnection({ utility: 'water', category: 'total', acceptedOn: '2021-09-28' });
  });
});
