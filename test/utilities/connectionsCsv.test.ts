import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_PATH, REPORT_AS_OF } from '../../scripts/generate/generateConnectionsCsv.js';
import { getDayInfo } from '../../src/calendar/index.js';
import { checkConnections, CONNECTION_PAIRS, type ConnectionApplication } from '../../src/utilities/index.js';

const csv = readFileSync(new URL(`../../${CSV_PATH}`, import.meta.url), 'utf8');
const rows = csv
  .trimEnd()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [id, utility, category, acceptedOn, completedOn, pauses] = line.split(',') as [string, string, string, string, string, string];
    return { id, utility, category, acceptedOn, completedOn, pauses };
  });

describe(CSV_PATH, () => {
  it('is realistic: every pair, acceptances on make-up working days, pauses, late and open applications', () => {
    expect(new Set(rows.map((r) => `${r.utility}/${r.category}`))).toEqual(new Set(CONNECTION_PAIRS));
    expect(rows.filter((r) => getDayInfo(r.acceptedOn).kind === 'makeup_workday').length).toBeGreaterThan(5);
    expect(rows.every((r) => getDayInfo(r.acceptedOn).isWorkingDay)).toBe(true);
    expect(rows.filter((r) => /^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/.test(r.pauses)).length).toBeGreaterThan(10);
    const applications = rows.map(
      (r): ConnectionApplication =>
        ({
          utility: r.utility,
          category: r.category,
          acceptedOn: r.acceptedOn,
          ...(r.completedOn ? { completedOn: r.completedOn } : { asOf: REPORT_AS_OF }),
          ...(r.pauses ? { pauses: r.pauses.split(';').map((p) => ({ from: p.split('..')[0], to: p.split('..')[1] })) } : {}),
        }) as ConnectionApplication,
    );
    const batch = checkConnections(applications, { trace: false });
    Array.from(batch); // runs the batch: its summary counts the items read
    const summary = batch.summary();
    expect(summary.failed).toBe(0);
    for (const status of ['met', 'missed', 'pending', 'overdue'] as const) expect(summary.statuses[status]).toBeGreaterThan(0);
  });
});
