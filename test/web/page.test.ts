// The page of examples/web/ in a real browser: Debian's Chromium driven by playwright-core (`npm run test:web`,
// after `npm run web`). What a clerk met (issue 24) and the pasted notices' links (issue 19.7) are in clerk.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type * as Calendar from '../../src/calendar/index.js';
import type * as Rules from '../../src/rules/index.js';
import { PAGE_DIR } from '../../scripts/build/webScreenshots.js';
import { useChromium } from './chromium.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const chromium = useChromium();
const { open, requested } = chromium;

/** The m15-payment case of the issue, typed in with the keyboard only. */
async function enterPayment(page: Page): Promise<void> {
  await page.selectOption('#rule', 'm15-payment');
  // Keyboard only: Tab to the trigger day, type it, press Enter.
  await page.focus('#rule');
  const focused = () => page.evaluate<string | undefined>('document.activeElement?.id');
  for (let i = 0; i < 20 && (await focused()) !== 'start'; i++) await page.keyboard.press('Tab');
  expect(await focused()).toBe('start');
  await page.keyboard.type('2021-09-29');
  await page.keyboard.press('Enter');
  await page.locator('#due').waitFor();
}

/** The built calendar module, to read the library's own error message. */
async function builtCalendar(): Promise<typeof Calendar> {
  return (await import(pathToFileURL(join(ROOT, 'dist', 'calendar', 'index.js')).href)) as typeof Calendar;
}

/** The built rules module, to read the library's own error message. */
async function builtRules(): Promise<typeof Rules> {
  return (await import(pathToFileURL(join(ROOT, 'dist', 'rules', 'index.js')).href)) as typeof Rules;
}

describe('the deadline calculator in Chromium', () => {
  it('shows m15-payment from 2021-09-29 due on 2021-10-12, with 国庆节 not counted and the make-up Saturday counted', async () => {
    const page = await open('');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await enterPayment(page);
    expect(await page.textContent('#due')).toBe('2021-10-12');
    // The rule is listed under its measure, with the clause of the plan, verbatim and marked as Chinese.
    expect(await page.locator('#rule optgroup[label^="措施15"] option[value="m15-payment"]').count()).toBe(1);
    expect(await page.textContent('#rule-info blockquote[lang="zh-CN"]')).toContain('收到发票后5个工作日内按程序办理支付手续');
    for (let day = 1; day <= 7; day++) {
      const cell = page.locator(`#days td[data-date="2021-10-0${day}"]`);
      expect(await cell.getAttribute('data-kind')).toBe('holiday');
      expect(await cell.getAttribute('data-count')).toBeNull();
      expect(await cell.textContent()).toContain('国庆节');
    }
    // Counted by hand: 09-30 is day 1, 10-08 day 2, Saturday 10-09 (调休上班) day 3, 10-11 day 4, 10-12 day 5.
    const makeup = page.locator('#days td[data-date="2021-10-09"]');
    expect(await makeup.getAttribute('data-kind')).toBe('makeup_workday');
    expect(await makeup.getAttribute('data-count')).toBe('3');
    expect(await page.getAttribute('#days td[data-date="2021-09-30"]', 'data-count')).toBe('1');
    expect(await page.getAttribute('#days td[data-date="2021-10-12"]', 'data-count')).toBe('5');
    expect(await page.getAttribute('#days td[data-date="2021-10-12"]', 'class')).toContain('role-due');
    expect(await page.getAttribute('#days td[data-date="2021-10-10"]', 'data-count')).toBeNull();
    expect(await page.textContent('#explanation')).toContain('国办发明电〔2020〕27号');
    // The holiday's notice opens on focus, with its number and link.
    await page.focus('#days td[data-date="2021-10-01"] button');
    const link = page.locator('#days td[data-date="2021-10-01"] .tip a');
    expect(await link.isVisible()).toBe(true);
    expect(await link.textContent()).toBe('国办发明电〔2020〕27号');
    expect(await link.getAttribute('href')).toMatch(/^https?:\/\/www\.gov\.cn\//);
    await page.close();
  });

  it('reproduces the result from the shared link at once', async () => {
    const page = await open('');
    await enterPayment(page);
    const shared = new URL(page.url());
    expect(shared.searchParams.get('rule')).toBe('m15-payment');
    expect(shared.searchParams.get('start')).toBe('2021-09-29');
    const second = await open(shared.search);
    expect(await second.textContent('#due')).toBe('2021-10-12');
    expect(await second.getAttribute('#days td[data-date="2021-10-09"]', 'data-count')).toBe('3');
    await Promise.all([page.close(), second.close()]);
  });

  it.each(['zh', 'en'] as const)("shows the library's own message next to an invalid date, in the page's language (%s)", async (lang) => {
    const { evaluate, formatError, formatIssue } = await builtRules();
    let caught: unknown;
    try {
      evaluate('m15-payment', { start: '2021-02-30' });
    } catch (error) {
      caught = error;
    }
    const error = caught as Parameters<typeof formatError>[0] & { readonly details: { readonly issues: readonly Parameters<typeof formatIssue>[0][] } };
    const issue = formatIssue(error.details.issues[0] as Parameters<typeof formatIssue>[0], lang);
    // The field by its name and the bad value echoed, in the page's language.
    expect(issue).toBe(lang === 'zh' ? '起算日：“2021-02-30”不是真实存在的日期：2021年2月只有28天' : "start day: '2021-02-30' is not a real date: February 2021 has 28 days");
    const page = await open(`?rule=m15-payment&start=2021-09-29&lang=${lang}`);
    await page.fill('#start', '2021-02-30');
    await page.press('#start', 'Enter');
    await expect.poll(() => page.textContent('#start-error')).toBe(issue);
    expect(await page.getAttribute('#start', 'aria-invalid')).toBe('true');
    expect(await page.textContent('#form-error')).toBe(formatError(error, lang));
    expect(await page.locator('#due').count()).toBe(0);
    await page.close();
  });

  it('counts plain periods from the URL: 9 working days and 20 calendar days', async () => {
    // By hand: after 09-29, the working days are 09-30, 10-08, 10-09 (调休), 10-11…10-15, 10-18 (the 9th).
    const wd = await open('?period=9wd&start=2021-09-29');
    expect(await wd.textContent('#due')).toBe('2021-10-18');
    expect(await wd.getAttribute('#days td[data-date="2021-10-18"]', 'data-count')).toBe('9');
    // 20 calendar days after 2021-09-29 is Tuesday 2021-10-19, a working day: no roll.
    const cd = await open('?period=20cd&start=2021-09-29&lang=en');
    expect(await cd.getAttribute('html', 'lang')).toBe('en');
    expect(await cd.textContent('#due')).toBe('2021-10-19');
    expect(await cd.textContent('#explanation')).toContain('Tuesday, October 19, 2021');
    expect(await cd.getAttribute('#days td[data-date="2021-10-03"]', 'data-count')).toBe('4');
    await Promise.all([wd.close(), cd.close()]);
  });

  it('says when the data ends and offers the provisional projection, marking projected days', async () => {
    const page = await open('?rule=m15-payment&start=2026-12-25');
    await page.locator('#form-error').waitFor();
    // In the page's words, from explain's out-of-range result: the rule by its name and the missing year, no API names.
    expect(await page.textContent('#form-error')).toBe('「办理支付」暂无法判断：计算需要2027年的放假安排（由国务院办公厅每年发布的放假通知规定），日历中尚无该年数据。相应通知补入日历后即可判断。');
    expect(await page.textContent('.beyond')).toContain('内置数据只到2026-12-31');
    await page.click('#use-projection');
    // 2026-12-25 is a Friday; by hand: 12-28…12-31 are days 1–4, 2027-01-01…03 the projected 元旦, 01-04 day 5.
    await expect.poll(() => page.textContent('#due')).toBe('2027-01-04');
    expect(new URL(page.url()).searchParams.get('provisional')).toBe('1');
    expect(await page.locator('#projected-note').isVisible()).toBe(true);
    const projected = page.locator('#days td[data-date="2027-01-01"]');
    expect(await projected.getAttribute('class')).toContain('projected');
    expect(await projected.getAttribute('data-kind')).toBe('holiday');
    await page.close();
  });

  it('reads a pasted notice with parseNotice and counts with it until the page is closed', async () => {
    // A made-up notice (示例, not an official one) for 2027, which the built-in data does not cover: 元旦 1月1日–4日.
    const text = ['国务院办公厅关于2027年元旦放假安排的通知（示例，非官方）', '一、元旦：1月1日（周五）至4日（周一）放假调休，共4天。1月9日（周六）上班。', '国务院办公厅', '2026年11月1日'].join('\n');
    const { parseNotice } = await builtCalendar();
    const { formatError } = await builtRules();
    let expected = '';
    try {
      parseNotice('no holiday here');
    } catch (error) {
      // In the page's language, Chinese by default.
      expected = formatError(error as Parameters<typeof formatError>[0], 'zh');
    }
    expect(expected).toMatch(/^无法读取放假通知：/u);
    const page = await open('?rule=m15-payment&start=2026-12-25&asOf=2026-12-28');
    await page.locator('#form-error').waitFor();
    await page.fill('#notice-text', 'no holiday here');
    await page.click('#use-notice');
    await expect.poll(() => page.textContent('#notice-text-error')).toBe(expected);
    await page.fill('#notice-text', text);
    await page.fill('#notice-url', 'https://example.org/2027');
    await page.fill('#notice-docNo', 'EXAMPLE-2027');
    await page.click('#use-notice');
    // By hand: 2026-12-28…31 are days 1–4; 2027-01-01…04 the pasted 元旦; Tuesday 01-05 is day 5.
    await expect.poll(() => page.textContent('#due')).toBe('2027-01-05');
    expect(await page.textContent('#notices-in-use')).toContain('EXAMPLE-2027');
    const monday = page.locator('#days td[data-date="2027-01-04"]');
    expect(await monday.getAttribute('data-kind')).toBe('holiday');
    expect(await monday.locator('.tip a').getAttribute('href')).toBe('https://example.org/2027');
    expect(await page.getAttribute('#days td[data-date="2027-01-05"]', 'data-count')).toBe('5');
    // The link carries it (issue 19.7): a new page counts with it and says that it came with the link.
    const fresh = await open(new URL(await page.getAttribute('#share', 'href') ?? '', page.url()).search);
    expect(await fresh.textContent('#due')).toBe('2027-01-05');
    expect(await fresh.textContent('#notices-in-use')).toContain('本链接带有一份粘贴的2027年通知（EXAMPLE-2027）');
    await page.click('#forget-notices');
    await page.locator('#form-error').waitFor();
    await Promise.all([page.close(), fresh.close()]);
  });

  it('judges an invoice of 2026-12-01 unpaid on 2027-01-04 overdue by at least 18 working days, in both languages', async () => {
    // By hand: due 2026-12-08 (12-02…04, 07, 08); the working days after it in the data are 12-09…11, 14…18,
    // 21…25, 28…31 (17), and Monday 2027-01-04 is the first day on or after asOf that could be one: at least 18.
    for (const [lang, words] of [['', '已逾期至少18个工作日'], ['&lang=en', 'overdue by at least 18 working days']] as const) {
      const page = await open(`?rule=m15-payment&start=2026-12-01&asOf=2027-01-04${lang}`);
      expect(await page.textContent('#due')).toBe('2026-12-08');
      expect(await page.getAttribute('#status', 'data-status')).toBe('overdue');
      expect(await page.textContent('#explanation')).toContain(words);
      await page.close();
    }
  });

  it('cites for 2020-01-24 the notice that set it, and the extension that amended the holiday', async () => {
    // 春节 2020: 01-24…01-30 set by 国办发明电〔2019〕16号, extended to 02-02 by 国办发明电〔2020〕1号. By hand: after
    // Monday 01-20, 01-21…23 are days 1–3, 01-24…02-02 rest days, 02-03 and 02-04 days 4–5.
    const page = await open('?rule=m15-payment&start=2020-01-20');
    expect(await page.textContent('#due')).toBe('2020-02-04');
    const tip = page.locator('#days td[data-date="2020-01-24"] .tip');
    expect(await tip.locator('a').allTextContents()).toEqual(['国办发明电〔2019〕16号', '国办发明电〔2020〕1号']);
    expect(await page.locator('#days td[data-date="2020-01-31"] .tip a').first().textContent()).toBe('国办发明电〔2020〕1号');
    await page.close();
  });

  it('labels every control and downloads the year\'s ICS, CSV and JSON without a server', async () => {
    const page = await open('?rule=m15-payment&start=2021-09-29&year=2021');
    // In the page (the test's own types have no DOM): the controls with no label, no aria-label and no text.
    const unlabelled = await page.evaluate<string[]>(`[...document.querySelectorAll('input, select, textarea, button')]
      .filter((el) => (el.labels === null || el.labels === undefined || el.labels.length === 0) && !el.getAttribute('aria-label') && el.textContent.trim() === '')
      .map((el) => el.outerHTML.slice(0, 80))`);
    expect(unlabelled).toEqual([]);
    const texts: Record<string, string> = {};
    for (const ext of ['ics', 'csv', 'json']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#download-${ext}`)]);
      expect(download.suggestedFilename()).toBe(`holidays-2021.${ext}`);
      texts[ext] = readFileSync(await download.path(), 'utf8');
    }
    expect(texts['ics']).toContain('BEGIN:VCALENDAR');
    expect(texts['csv']).toContain('2021-10-09,makeup_workday,true');
    expect((JSON.parse(texts['json'] ?? '[]') as { date: string }[]).some((r) => r.date === '2021-10-01')).toBe(true);
    await page.close();
  });

  it('fits a 360 px wide screen without horizontal scrolling', async () => {
    const query = '?rule=m15-payment&start=2021-09-29&pause=2021-10-11..2021-10-12';
    const page = await open(query, { width: 360, height: 780 });
    await page.locator('#due').waitFor();
    // The pause is read from the link and written back unchanged; paused days do not count: 10-13 and 10-14 are days 4 and 5.
    expect(new URL(page.url()).search).toBe(query);
    expect(await page.textContent('#due')).toBe('2021-10-14');
    expect(await page.getAttribute('#days td[data-date="2021-10-11"]', 'class')).toContain('paused');
    const overflow = () => page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.focus('#days td[data-date="2021-10-01"] button');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('works opened straight from disk (file://), with no server at all', async () => {
    const page = await chromium.browser().newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${pathToFileURL(join(PAGE_DIR, 'index.html')).href}?rule=m15-payment&start=2021-09-29`);
    expect(await page.textContent('#due')).toBe('2021-10-12');
    await page.close();
  });

  it('weighs at most 120 kB gzipped in all and requests nothing but its own files', () => {
    const total = readdirSync(PAGE_DIR).reduce((sum, name) => sum + gzipSync(readFileSync(join(PAGE_DIR, name)), { level: 9 }).length, 0);
    expect(total).toBeLessThanOrEqual(120 * 1024);
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !url.startsWith(chromium.origin()))).toEqual([]);
  });
});
