import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('examples/deadlines.sh', () => {
  it('computes due dates, reacts to exit code 1 and checks a batch from stdin', () => {
    const script = fileURLToPath(new URL('../../examples/deadlines.sh', import.meta.url));
    const run = spawnSync('bash', [script], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/invoice received 2021-09-27 → pay by 2021-10-09\n/);
    expect(run.stdout).toMatch(/invoice received 2021-09-29 → pay by 2021-10-12\n/);
    expect(run.stdout).toMatch(/no \(exit code 1\):\n {4}missed · due 2021-10-12\n/);
    expect(run.stdout).toMatch(/\n1,met,2021-10-12,5,0,,,\r\n2,missed,2021-10-13,7,,2,,\r\n3,pending,2022-01-04,3,2,,,\r\n$/);
    expect(run.stderr).toBe('3 records: 1 met, 1 missed, 1 pending; working days (completed): mean 6.0, median 6, p90 7, max 7\n');
  });
});
