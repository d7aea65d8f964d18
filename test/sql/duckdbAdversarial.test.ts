import { createCalendar } from '../../src/calendar/createCalendar.js';
import { describeAdversarial } from './adversarialEquality.js';
import { openEngine } from './sqlEngines.js';

describeAdversarial('duckdb', () => openEngine('duckdb'), { runs: 2, records: 120, seed: 20_261_208 });

// A day table of the calendar with its projected years (2027–2040, provisional): records of 2027 have answers.
const projected = createCalendar({ unpublishedYears: 'provisional' });
describeAdversarial('duckdb, with the projected years', () => openEngine('duckdb', projected), { runs: 2, records: 100, seed: 20_261_248, calendar: projected });
