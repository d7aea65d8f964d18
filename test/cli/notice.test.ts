import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from './runCliInProcess.js';

const NOTICE_2026 = new URL('../../seeds/calendar/notices/2026.txt', import.meta.url);
const URL_2026 = 'https://www.gov.cn/zhengce/content/202511/content_7047090.htm';

describe('yingshang notice parse (in process)', () => {
  it('prints the seed JSON of a notice file', async () => {
    const run = await runCliInProcess(['notice', 'parse', NOTICE_2026.pathname, '--url', URL_2026, '--json']);
    expect(run.code).toBe(0);
    const seed = JSON.parse(readFileSync(new URL('../../seeds/calendar/cn/2026.json', import.meta.url), 'utf8')) as { $schema?: string; notices: { publishedOnSource?: string }[] };
    delete seed.$schema;
    for (const notice of seed.notices) delete notice.publishedOnSource;
    expect(JSON.parse(run.stdout)).toEqual(seed);
  });

  it('reads stdin and prints the year with its differences from the projection', async () => {
    // Only the item: a whole notice (with its title in the text) must arrange every statutory holiday.
    const text = '一、元旦：1月1日（周五）放假1天，与周末连休。\n';
    const options = ['--url', 'https://example.org/2027', '--doc-no', 'TEST', '--published-on', '2026-11-20', '--title', '国务院办公厅关于2027年部分节假日安排的通知', '--year', '2027'];
    const run = await runCliInProcess(['notice', 'parse', '-', ...options], { stdin: text });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        '2027: 国务院办公厅关于2027年部分节假日安排的通知 (TEST, 2026-11-20)',
        "  New Year's Day: rest 2027-01-01",
        'Differences from the provisional projection (--provisional):',
        '  2027-01-02: notice weekend, projection holiday',
        '  2027-01-03: notice weekend, projection holiday',
        '',
      ].join('\n'),
    );
  });

  it('says when the notice agrees with the projection, and when there is none to compare with', async () => {
    expect((await runCliInProcess(['notice', 'parse', NOTICE_2026.pathname, '--url', URL_2026])).stdout).toMatch(/\n {2}National Day: rest 2026-10-01 … 2026-10-07; make-up working days 2026-09-20, 2026-10-10\nSame days as the provisional projection/u);
    const run = await runCliInProcess(['notice', 'parse', new URL('../../seeds/calendar/notices/2017.txt', import.meta.url).pathname, '--url', 'https://example.org']);
    expect(run.stdout).toMatch(/^2017: 国务院办公厅关于2017年部分节假日安排的通知 \(国办发明电〔2016〕17号, 2016-12-01\)\n {2}New Year's Day: rest 2017-01-01, 2017-01-02\n/u);
    expect(run.stdout).toMatch(/No projection to compare with/u);
  });

  it('names the holidays in the language of --lang, a block of two holidays by both names', async () => {
    const notice2020 = new URL('../../seeds/calendar/notices/2020.txt', import.meta.url).pathname;
    const english = await runCliInProcess(['notice', 'parse', notice2020, '--url', 'https://example.org', '--lang', 'en']);
    expect(english.stdout).toMatch(/\n {2}National Day, Mid-Autumn Festival: rest 2020-10-01 … 2020-10-08; make-up working days 2020-09-27, 2020-10-10\n/u);
    expect(english.stdout.split('\n').slice(1).join('\n')).not.toMatch(/\p{Script=Han}/u);
    const chinese = await runCliInProcess(['notice', 'parse', notice2020, '--url', 'https://example.org', '--lang', 'zh']);
    expect(chinese.stdout).toMatch(/\n {2}国庆节、中秋节：放假 2020-10-01 至 2020-10-08；调休上班 2020-09-27、2020-10-10\n/u);
  });

  it('exits 2 naming the sentence of a notice it cannot read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yingshang-notice-'));
    const file = join(dir, 'bad.txt');
    writeFileSync(file, '国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日至3日放假，共3天。1月5日上班。\n');
    const run = await runCliInProcess(['notice', 'parse', file, '--url', 'https://example.org', '--doc-no', 'X', '--published-on', '2026-11-20']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error INVALID_NOTICE: .*2027-01-05 is a weekday.*「一、元旦：1月1日至3日放假，共3天。1月5日上班。」/u);
  });

  it('exits 2 on a file it cannot read and on a bad command line', async () => {
    const missing = await runCliInProcess(['notice', 'parse', '/nonexistent/notice.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^error INVALID_ARGUMENT: Cannot read the notice "\/nonexistent\/notice.txt"/u);
    expect((await runCliInProcess(['notice', 'read', 'x.txt'])).stderr).toMatch(/one subcommand: parse/u);
    expect((await runCliInProcess(['notice', 'parse'])).stderr).toMatch(/takes <file\|->/u);
    expect((await runCliInProcess(['notice', 'parse', '-', '--year', '27'])).stderr).toMatch(/`--year` is "27"/u);
    expect((await runCliInProcess(['notice', 'parse', '-', '--jsonl'])).stderr).toMatch(/use --json/u);
  });
});
