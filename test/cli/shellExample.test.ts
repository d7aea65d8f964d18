import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const run = (name: string) => spawnSync('bash', [fileURLToPath(new URL(`../../examples/${name}`, import.meta.url))], { encoding: 'utf8', timeout: 60_000 });

describe('examples/deadlines.sh', () => {
  it('computes due dates, reacts to exit code 1 and checks a batch from stdin', () => {
    const script = run('deadlines.sh');
    expect(script.status).toBe(0);
    expect(script.stdout).toMatch(/invoice received 2021-09-27 → pay by 2021-10-09\n/);
    expect(script.stdout).toMatch(/invoice received 2021-09-29 → pay by 2021-10-12\n/);
    expect(script.stdout).toMatch(/no \(exit code 1\):\n {4}missed · due 2021-10-12\n/);
    expect(script.stdout).toMatch(/\n1,met,2021-10-12,5,0,,,\r\n2,missed,2021-10-13,7,,2,,\r\n3,pending,2022-01-04,3,2,,,\r\n$/);
    expect(script.stderr).toBe('3 records: 1 met, 1 missed, 1 pending; working days (completed): mean 6.0, median 6, p90 7, max 7\n');
  }, 60_000);
});

describe('examples/nightlyConnections.sh', () => {
  it('acts on the exit codes, lists late applications by --id, and adds a year with --schedules', () => {
    const script = run('nightlyConnections.sh');
    expect(script).toMatchObject({ status: 0, stderr: '' });
    // The first row of examples/data/connections-2021-10.csv: water, accepted 2021-09-18, completed 10-13, late.
    expect(script.stdout).toMatch(/late or overdue \(exit code 1\), first five by application number:\n {4}JJW21100001,m06-water-connection,missed\n/);
    expect(script.stdout).toMatch(/\n {2}160 records: /);
    expect(script.stdout).toMatch(/built-in data: exit code 2 \(2027 is not covered\)\n {2}with --schedules: invoice received 2026-12-28 → pay by 2027-01-05\n$/);
  }, 60_000);
});

describe('examples/newYearNotice.sh', () => {
  it('reads the 2026 notice into its seed, and refuses a make-up day on a Tuesday', () => {
    const notice = run('newYearNotice.sh');
    expect(notice.status).toBe(0);
    expect(notice.stdout).toMatch(/^2026: 国务院办公厅关于2026年部分节假日安排的通知 \(国办发明电〔2025〕7号, 2025-11-04\)\n {2}元旦: rest 2026-01-01 … 2026-01-03; 调休上班 2026-01-04\n/u);
    expect(notice.stdout).toMatch(/\nSame days as the provisional projection \(--provisional\)\.\nholidays in 2026\.json: 7\n/u);
    expect(notice.stdout).toMatch(/\nerror INVALID_NOTICE: Unreadable notice: 2027-01-05 is a weekday; make-up working days \(调休上班\) are Saturdays or Sundays in 「一、元旦：1月1日至3日放假，共3天。1月5日上班。」/u);
  }, 60_000);
});
