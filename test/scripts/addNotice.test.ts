import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/calendar/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// A notice made up for this test (not an official text, never a seed of the repository): the 2027 holidays as the
// law places them, on the days the text names.
const NOTICE = readFileSync(new URL('../fixtures/madeUpNotice2027.txt', import.meta.url), 'utf8');
const URL_2027 = 'https://example.org/made-up-2027';
const DOC_NO = 'TEST-2027-MADE-UP';

/** Runs a TypeScript script of the scratch copy with tsx, in the scratch copy. */
function runIn(scratch: string, script: string, args: readonly string[] = []) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: scratch, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run calendar:add-notice, on a scratch copy of the repository with a made-up 2027 notice', () => {
  let scratch = '';
  let added: ReturnType<typeof runIn>;
  const read = (path: string): string => readFileSync(join(scratch, path), 'utf8');

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'yingshang-add-notice-'));
    cpSync(ROOT, scratch, { recursive: true, filter: (source) => !/^(node_modules|dist|\.git|coverage)(\/|$)/.test(relative(ROOT, source)) });
    symlinkSync(join(ROOT, 'node_modules'), join(scratch, 'node_modules'), 'dir');
    writeFileSync(join(scratch, 'notice.txt'), NOTICE);
    added = runIn(scratch, 'scripts/data/addNotice.ts', ['notice.txt', '--url', URL_2027, '--doc-no', DOC_NO]);
  }, 120_000);

  afterAll(() => {
    if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
  });

  it('writes the seed of 2027 as parseNotice reads the notice, with the days the text names', () => {
    expect([added.status, added.stderr]).toEqual([0, '']);
    const seed = JSON.parse(read('seeds/calendar/cn/2027.json')) as { notices: { holidays: { key: string; rest: unknown; makeup: unknown }[] }[] };
    const { schedule } = parseNotice(NOTICE, { url: URL_2027, docNo: DOC_NO });
    const [notice] = schedule.notices;
    expect(seed).toEqual({ $schema: '../schedule-year.schema.json', year: 2027, notices: [{ ...notice, publishedOnSource: expect.stringContaining('2027.txt') as unknown }] });
    // 「二、春节：2月5日（周五）至13日（周六）放假调休，共9天。1月31日（周日）、2月14日（周日）上班。」
    expect(seed.notices[0]?.holidays[1]).toMatchObject({ key: 'spring_festival', rest: [{ from: '2027-02-05', to: '2027-02-13' }], makeup: ['2027-01-31', '2027-02-14'] });
  });

  it('stores the full text under seeds/calendar/notices/, with its row in that README, and adds a changeset', () => {
    expect(read('seeds/calendar/notices/2027.txt')).toBe(NOTICE);
    expect(read('seeds/calendar/notices/README.md')).toContain(`| \`2027.txt\` | ${DOC_NO} | ${URL_2027} | ${URL_2027} |`);
    expect(read('.changeset/calendar-2027.md')).toMatch(/^---\n"yingshang": minor\n---\n\nCovers 2027 \(国务院办公厅关于2027年部分节假日安排的通知, TEST-2027-MADE-UP, /u);
  });

  it('regenerates the calendar table and every statement of the coverage', () => {
    expect(read('src/calendar/officialNotices.generated.ts')).toContain('/** The official notices 2004–2027, packed');
    expect(read('package.json')).toContain('an official working-day calendar (2004–2027)');
    expect(read('seeds/calendar/README.md')).toContain('`cn/<year>.json` (2004–2027)');
    expect(read('docs/performance.md')).toContain('with the whole 2004–2027 table');
    expect(read('docs/en/getting-started.md')).toContain('before the end of the last covered year (2027)');
    expect(read('docs/zh-CN/getting-started.md')).toContain('内置日历覆盖到2027年底');
    expect(read('README.md')).toContain('covers 2004-01-01 to 2027-12-31 and refuses');
    expect(read('docs/zh-CN/calendar.md')).toContain('内置日历覆盖2004年1月1日至2027年12月31日的每一天');
    expect(read('docs/en/calendar.md')).toContain("`{ year: 2028, mayChangeFrom: '2027-12-26', mayChangeTo: '2027-12-31' }` for the built-in one");
    // 2004-01-01 to 2027-12-31 is 8,766 days.
    expect(read('docs/en/sql.md')).toContain('the whole calendar, 2004-01-01 to\n2027-12-31, about 8,800 rows');
    // The built-in calendar of the scratch copy now runs to the end of 2027, with the notice's days.
    writeFileSync(
      join(scratch, 'probe.ts'),
      "import { defaultCalendar } from './src/calendar/index.js';\n" +
        "console.log(JSON.stringify([defaultCalendar.calendarCoverage().to, defaultCalendar.getDayInfo('2027-01-31').isWorkingDay, defaultCalendar.getDayInfo('2027-02-08').isWorkingDay]));\n",
    );
    const probe = runIn(scratch, 'probe.ts');
    expect(JSON.parse(probe.stdout)).toEqual(['2027-12-31', true, false]);
  });

  it('leaves the tree consistent: npm run data:check is green', () => {
    const check = runIn(scratch, 'scripts/check/checkGenerated.ts');
    expect([check.status, check.stderr]).toEqual([0, '']);
  });

  it('refuses a notice for a year that is not the next one, writing nothing', () => {
    const again = runIn(scratch, 'scripts/data/addNotice.ts', ['notice.txt', '--url', URL_2027, '--doc-no', DOC_NO]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/The notice arranges 2027, but the seeds end with 2027: this command adds the next year, 2028\./u);
    expect(runIn(scratch, 'scripts/data/addNotice.ts', ['notice.txt']).stderr).toMatch(/--url is required/u);
  });

  it('never touches the repository itself', () => {
    expect(existsSync(join(ROOT, 'seeds/calendar/cn/2027.json'))).toBe(false);
    expect(existsSync(join(ROOT, '.changeset/calendar-2027.md'))).toBe(false);
  });
});
