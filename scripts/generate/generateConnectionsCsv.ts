/**
 * Generates `examples/data/connections-2021-10.csv`, the connection applications of the monthly-report example
 * (`examples/utilityMonthlyReport.mjs`): a fixed-seed pseudo-random month of water, electricity and gas applications
 * of every category, accepted on the working days around the 2021 Mid-Autumn and National Day holidays (make-up
 * working days 2021-09-18, 09-26 and 10-09 included), some paused for a few days, most done in time, some late and
 * some still open on 2021-10-31. Every date is computed with the library's calendar, so the file is realistic and
 * the same on every run.
 *
 * Usage: `tsx scripts/generate/generateConnectionsCsv.ts` (write) or `tsx scripts/generate/generateConnectionsCsv.ts --check` (exit 1 when stale).
 */
import { mulberry32 } from './mulberry32.js';
import { addCalendarDays, addWorkingDays, getDayInfo, isWorkingDay } from '../../src/calendar/index.js';
import { getRule } from '../../src/rules/index.js';
import { CONNECTION_RULES, type UtilityKind } from '../../src/utilities/index.js';
import { runAsScript, writeGenerated } from './writeGenerated.js';

/** Path of the generated file, relative to the package root. */
export const CSV_PATH = 'examples/data/connections-2021-10.csv';

/** The day the report is made on: applications not done by then are left open. */
export const REPORT_AS_OF = '2021-10-31';

const ROWS = 160;
const SEED = 20211031;

/** Share of applications per utility and category (a district's typical mix). */
const MIX: readonly { readonly utility: UtilityKind; readonly category: string; readonly weight: number }[] = [
  { utility: 'water', category: 'general', weight: 30 },
  { utility: 'electricity', category: 'low_voltage_micro', weight: 24 },
  { utility: 'electricity', category: '10kv_urban', weight: 10 },
  { utility: 'gas', category: 'non_residential', weight: 8 },
  { utility: 'gas', category: 'new_residential_community', weight: 6 },
  { utility: 'gas', category: 'residential_ignition', weight: 14 },
  { utility: 'gas', category: 'total', weight: 8 },
];

/** The working days from `from` to `to`, both included. */
function workingDaysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addCalendarDays(day, 1, { roll: 'none' })) if (isWorkingDay(day)) days.push(day);
  return days;
}

/**
 * The CSV text: a header `id,utility,category,acceptedOn,completedOn,pauses`, then one application a line.
 * `completedOn` is empty while the application is open; `pauses` holds `from..to` ranges separated by `;`.
 *
 * @returns The file's content.
 */
function renderConnectionsCsv(): string {
  const random = mulberry32(SEED);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const between = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  // 10 kV connections take about 30 working days: their applications start in August.
  const recent = workingDaysBetween('2021-09-13', '2021-10-29');
  const early = workingDaysBetween('2021-08-16', '2021-09-30');
  const makeupDays = recent.filter((d) => getDayInfo(d).kind === 'makeup_workday');
  const totalWeight = MIX.reduce((sum, m) => sum + m.weight, 0);
  const lines = ['id,utility,category,acceptedOn,completedOn,pauses'];
  for (let row = 1; row <= ROWS; row++) {
    let draw = random() * totalWeight;
    const drawn = MIX.find((m) => (draw -= m.weight) < 0);
    if (drawn === undefined) throw new Error('a draw below the total weight falls in one of the mix');
    const { utility, category } = drawn;
    const ruleId = (CONNECTION_RULES[utility] as Readonly<Record<string, string>>)[category] as string;
    const rule = getRule(ruleId);
    const limit = 'limit' in rule ? rule.limit.amount : 0;
    const tenKv = rule.kind === 'average';
    // One application in ten is accepted on a make-up working day (调休上班).
    const acceptedOn = row % 10 === 0 && !tenKv ? pick(makeupDays) : pick(tenKv ? early : recent);
    // Net working days until done: mostly within the limit, some a few days late.
    const late = random() < 0.15;
    const days = late ? limit + between(1, 3) : between(Math.max(1, Math.ceil(limit * 0.4)), tenKv ? limit + 6 : limit);
    const pauses: string[] = [];
    let paused = 0;
    if (days > 2 && random() < 0.15) {
      const from = addWorkingDays(acceptedOn, between(1, days - 1));
      const length = between(1, 2);
      pauses.push(`${from}..${addWorkingDays(from, length - 1)}`);
      paused = length;
    }
    const done = addWorkingDays(acceptedOn, days + paused);
    // Still open on the report day: either not done by then, or (one in twelve) stuck.
    const completedOn = done > REPORT_AS_OF || random() < 1 / 12 ? '' : done;
    const id = `JJ${utility[0]?.toUpperCase()}2110${String(row).padStart(4, '0')}`;
    lines.push([id, utility, category, acceptedOn, completedOn, pauses.join(';')].join(','));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Writes (or with `check` compares) the example CSV of connection applications.
 *
 * @param check - Compare with the file on disk instead of writing it.
 * @returns `false` when checking and the file is stale.
 */
export function generateConnectionsCsv(check: boolean): boolean {
  return writeGenerated(CSV_PATH, renderConnectionsCsv(), { check, command: 'tsx scripts/generate/generateConnectionsCsv.ts' });
}

runAsScript(import.meta.url, generateConnectionsCsv);
