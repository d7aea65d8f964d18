// The page as a clerk uses it (issue 24), and a pasted notice in a link (issue 19.7), in Debian's Chromium.
// Expected dates are counted by hand from the State Council notices; nothing waits for time, only for states.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOT_STATES, SCREENSHOT_WIDTHS, screenshotPath } from '../../scripts/build/webScreenshots.js';
import { useChromium } from './chromium.js';
import type { PageElement } from './pageDom.js';

const { open, failed } = useChromium();

/** The page's own function, for the code the tests run in it (the test's types have no DOM). */
declare function getComputedStyle(element: unknown): Readonly<Record<'backgroundColor' | 'backgroundImage' | 'outlineStyle' | 'outlineWidth' | 'outlineColor' | 'borderTopStyle' | 'boxShadow' | 'color' | 'fontWeight', string>>;

/**
 * The computed styles that draw a day: its background, outline, border and inset bar, and the colours of its label of
 * class `tagClass` (e.g. `tag-count`) and of its badge.
 */
async function drawing(page: Page, selector: string, tagClass: string): Promise<Record<string, string>> {
  return page.locator(selector).first().evaluate((element: PageElement, tagClass) => {
    const style = getComputedStyle(element);
    const tag = tagClass === '' ? null : element.querySelector(`.${tagClass}`);
    const badge = element.querySelector('.badge');
    return {
      backgroundColor: style.backgroundColor,
      backgroundImage: style.backgroundImage,
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      borderStyle: style.borderTopStyle,
      boxShadow: style.boxShadow,
      tag: tag === null ? 'none' : `${tag.className} ${getComputedStyle(tag).color} ${getComputedStyle(tag).fontWeight}`,
      badge: badge === null ? 'none' : `${badge.className} ${getComputedStyle(badge).backgroundColor}`,
    };
  }, tagClass);
}

/** The colour of the label `.tag` of a day. */
async function tagColour(page: Page, date: string): Promise<{ text: string; rgb: [number, number, number] }> {
  const tag = page.locator(`#days td[data-date="${date}"] .tag`).first();
  return { text: (await tag.textContent()) ?? '', rgb: rgb(await tag.evaluate((t) => getComputedStyle(t).color)) };
}

/** The `rgb(r, g, b)` of a computed colour. */
function rgb(color: string): [number, number, number] {
  const [r = 0, g = 0, b = 0] = (/rgba?\(([^)]*)\)/.exec(color)?.[1] ?? '').split(',').map(Number);
  return [r, g, b];
}

/** The width of a PNG, from its IHDR chunk. */
function pngWidth(path: string): number {
  return readFileSync(path).readUInt32BE(16);
}

describe('what a clerk meets on the page (issue 24)', () => {
  it('1. leads with the due date and the status as of today, said so, and folds the days after the due date', async () => {
    // The clock is 2026-12-07 (Beijing). By hand: after 2021-09-28, 09-29 and 09-30 are days 1–2, 10-01…07 国庆节,
    // 10-08 day 3, Saturday 10-09 (调休上班) day 4, Monday 10-11 day 5: due 2021-10-11.
    const page = await open('?rule=m15-payment&start=2021-09-28');
    expect(await page.textContent('#due')).toBe('2021-10-11');
    expect(await page.textContent('#due-words')).toBe('最迟于2021-10-11（星期一，含当日）');
    expect(await page.textContent('#judged')).toBe('截至今天（2026-12-07）');
    expect(await page.getAttribute('#status', 'data-status')).toBe('overdue');
    expect(await page.textContent('#today-note')).toContain('未填截至日');
    // The due date comes before the status, and both before the explanation.
    const order = await page.evaluate<string[]>(`[...document.querySelectorAll('#due, #status, #explanation')].map((e) => e.id)`);
    expect(order).toEqual(['due', 'status', 'explanation']);
    // Only September and October 2021 are drawn; Nov 2021…Dec 2026 (62 months) are one closed line.
    expect(await page.locator('#days-body > .months table.month').count()).toBe(2);
    const after = page.locator('#days-after');
    expect(await after.evaluate((details: PageElement & { readonly open?: boolean }) => details.open === true)).toBe(false);
    expect(await after.locator('summary').textContent()).toBe('到期日之后的62个月（2021年11月至2026年12月），点击展开');
    expect(await after.locator('table').count()).toBe(0);
    // Few stops for the keyboard: the days of the two months that open a notice, not those of 24 months: 中秋节
    // 09-19…21 with its make-up days 09-18 and 09-26, 国庆节 10-01…07 and its make-up day 10-09.
    expect(await page.locator('#days-body > .months button').count()).toBe(13);
    await after.locator('summary').click();
    await after.locator('table.month').first().waitFor();
    expect(await after.locator('table.month caption').first().textContent()).toBe('2021年11月');
    expect(await page.getAttribute('#days-after td[data-date="2021-11-01"]', 'class')).toContain('late');
    await page.close();
    const en = await open('?rule=m15-payment&start=2021-09-28&lang=en');
    expect(await en.textContent('#due-words')).toBe('by 2021-10-11 (Monday) at the latest, that day included');
    expect(await en.textContent('#judged')).toBe('As of today (2026-12-07)');
    expect(await en.textContent('#days-after summary')).toBe('The 62 months after the due date (November 2021 to December 2026): open to see them');
    await en.close();
  });

  it('2. moves nothing between press and release: a click right after a validation message lands (mouse, and a tap at 360 px)', async () => {
    for (const touch of [false, true]) {
      const page = await open('?rule=m15-payment&start=2021-09-29&pause=2021-10-11..2021-10-12', touch ? { width: 360, height: 780, context: { hasTouch: true, isMobile: true } } : {});
      await page.locator('#due').waitFor();
      // An impossible day typed; the focus stays in the field, so the message comes with the next press elsewhere.
      await page.fill('#start', '2021-02-30');
      const remove = page.locator('.remove-pause');
      await remove.scrollIntoViewIfNeeded();
      const before = await remove.boundingBox();
      if (before === null) throw new Error('the remove button is not drawn');
      const x = before.x + before.width / 2;
      const y = before.y + before.height / 2;
      if (touch) {
        await page.touchscreen.tap(x, y);
      } else {
        await page.mouse.move(x, y);
        await page.mouse.down();
        // The press has moved the focus out of the field: the button is still where it was.
        expect(await remove.boundingBox()).toEqual(before);
        await page.mouse.up();
      }
      // The click landed: the pause is gone, and the message is shown next to the field.
      await page.locator('.remove-pause').waitFor({ state: 'detached' });
      await expect.poll(() => page.textContent('#start-error')).not.toBe('');
      expect(await page.getAttribute('#start', 'aria-invalid')).toBe('true');
      await page.close();
    }
  });

  it('2. reserves the line of a field\'s message, so that showing it moves nothing below', async () => {
    const page = await open('?rule=m15-payment&start=2021-09-29&pause=2021-10-11..2021-10-12');
    await page.locator('#due').waitFor();
    const before = await page.locator('#add-pause').boundingBox();
    await page.fill('#start', '2021-02-30');
    await page.press('#start', 'Enter');
    await expect.poll(() => page.textContent('#start-error')).not.toBe('');
    expect(await page.locator('#add-pause').boundingBox()).toEqual(before);
    await page.close();
  });

  it('3. draws every kind of day as its legend swatch, in colour and with its label; long holiday names wrap', async () => {
    const pages = await Promise.all([
      // By hand: 10-01…07 国庆节, Saturday 10-09 调休上班 counted, 10-11 paused, due 10-13, 10-14…10-20 late.
      open('?rule=m15-payment&start=2021-09-29&pause=2021-10-11..2021-10-11&asOf=2021-10-20'),
      // Done on 10-11, before the due date 10-12.
      open('?rule=m15-payment&start=2021-09-29&end=2021-10-11'),
      // 2 calendar days after 2021-09-29 is 10-01, in 国庆节: moved past 10-02…10-07 to Friday 10-08.
      open('?period=2cd&start=2021-09-29'),
      // 2027 projected.
      open('?rule=m15-payment&start=2026-12-25&asOf=2026-12-28&provisional=1'),
    ]);
    const [overdue] = pages;
    const swatches = await overdue.locator('.legend .swatch').evaluateAll((spans: PageElement[]) =>
      spans.map((s) => ({ key: s.parentElement?.dataset['legend'] ?? '', classes: s.getAttribute('data-classes') ?? '', tag: [...(s.querySelector('.tag')?.classList ?? [])].find((c) => c !== 'tag') ?? '' })),
    );
    expect(swatches.map((s) => s.key)).toEqual(['counted', 'weekend', 'holiday', 'makeup', 'paused', 'rolled', 'late', 'trigger', 'due', 'action', 'asOf', 'projected']);
    for (const { key, classes, tag } of swatches) {
      // A day drawn with exactly the swatch's classes, on one of the pages.
      const wanted = classes.split(' ').sort().join(' ');
      let found: { page: Page; date: string } | undefined;
      for (const page of pages) {
        const dates = await page.locator('#days td.day').evaluateAll((cells: PageElement[], w) => cells.filter((c) => [...c.classList].sort().join(' ') === w).map((c) => c.getAttribute('data-date') ?? ''), wanted);
        if (dates[0] !== undefined) {
          found = { page, date: dates[0] };
          break;
        }
      }
      if (found === undefined) throw new Error(`no day is drawn as "${classes}" (${key})`);
      const cell = await drawing(found.page, `#days td[data-date="${found.date}"]`, tag);
      const swatch = await drawing(overdue, `.legend [data-legend="${key}"] .swatch`, tag);
      expect({ key, ...cell }).toEqual({ key, ...swatch });
    }
    // What the legend says in words: paused days shaded, counted days' labels green, late days' labels red.
    const paused = await drawing(overdue, '#days td[data-date="2021-10-11"]', 'tag-paused');
    expect(paused['backgroundColor']).not.toBe('rgba(0, 0, 0, 0)');
    expect(paused['backgroundImage']).toContain('repeating-linear-gradient');
    const counted = await tagColour(overdue, '2021-10-12');
    expect(counted.text).toBe('第4日');
    expect(counted.rgb[1]).toBeGreaterThan(Math.max(counted.rgb[0], counted.rgb[2]));
    const late = await tagColour(overdue, '2021-10-14');
    expect(late.text).toBe('逾期');
    expect(late.rgb[0]).toBeGreaterThan(Math.max(late.rgb[1], late.rgb[2]) + 50);
    await Promise.all(pages.map((page) => page.close()));
    // 2020-10-01 is 国庆节 and 中秋节 together: the whole name shows, at 1280 and at 360 px.
    for (const width of [1280, 360]) {
      const page = await open('?rule=m15-payment&start=2021-09-29&year=2020', { width });
      const name = page.locator('#year-body td[data-date="2020-10-01"] .tag-holiday');
      expect(await name.textContent()).toBe('国庆节、中秋节');
      const fits = await name.evaluate((tag: PageElement) => {
        const box = tag.getBoundingClientRect();
        const cell = tag.closest('td')?.getBoundingClientRect();
        return cell !== undefined && tag.scrollWidth <= tag.clientWidth + 1 && tag.scrollHeight <= tag.clientHeight + 1 && box.right <= cell.right + 1 && box.bottom <= cell.bottom + 1;
      });
      expect(fits).toBe(true);
      await page.close();
    }
  });

  it('4. has no pre-filled numbers: 天数 starts empty and typing 20 gives 20', async () => {
    const page = await open('?start=2021-09-29');
    await page.check('input[name=mode][value=period]');
    await page.locator('#period-fields').waitFor();
    expect(await page.inputValue('#amount')).toBe('');
    expect(await page.getAttribute('#amount', 'placeholder')).toBeNull();
    await expect.poll(() => page.textContent('#result-body')).toBe('请输入天数。');
    await page.focus('#amount');
    await page.keyboard.type('9');
    await page.keyboard.press('Enter');
    // By hand: 09-30, 10-08, 10-09 (调休), 10-11…10-15, 10-18 is the 9th working day.
    await expect.poll(() => page.textContent('#due')).toBe('2021-10-18');
    expect(new URL(page.url()).searchParams.get('period')).toBe('9wd');
    await page.close();
  });

  it('4. takes a reason per pause, into the explanation and the link', async () => {
    const page = await open('?rule=m15-payment&start=2021-09-29&pause=2021-10-11..2021-10-12..材料不全补正');
    expect(await page.inputValue('#pause-0-reason')).toBe('材料不全补正');
    expect(await page.textContent('#explanation')).toContain('10月11日至12日暂停计时（材料不全补正）不计');
    await page.fill('#pause-0-reason', '补正通知');
    await page.press('#pause-0-reason', 'Enter');
    await expect.poll(() => page.textContent('#explanation')).toContain('（补正通知）');
    expect(new URL(page.url()).searchParams.get('pause')).toBe('2021-10-11..2021-10-12..补正通知');
    await page.close();
  });

  it('4. copies the link to the result', async () => {
    const page = await open('?rule=m15-payment&start=2021-09-29', { context: { permissions: ['clipboard-read', 'clipboard-write'] } });
    await page.click('#copy-link');
    await expect.poll(() => page.textContent('#copy-status')).toBe('已复制。');
    const copied = await page.evaluate<string>('navigator.clipboard.readText()');
    expect(copied).toBe(new URL((await page.getAttribute('#share', 'href')) ?? '', page.url()).href);
    const second = await open(new URL(copied).search);
    expect(await second.textContent('#due')).toBe('2021-10-12');
    await Promise.all([page.close(), second.close()]);
  });

  it('4. takes a date from the native date picker as well as typed the ways people write it', async () => {
    const page = await open('?rule=m15-payment');
    expect(await page.getAttribute('#start-picker', 'type')).toBe('date');
    expect(await page.getAttribute('#start-picker', 'aria-label')).toContain('起算日');
    await page.fill('#start-picker', '2021-09-29');
    await expect.poll(() => page.inputValue('#start')).toBe('2021-09-29');
    await expect.poll(() => page.textContent('#due')).toBe('2021-10-12');
    // Typed as people write it (the library's parseDate): full-width, with the spaces a paste brings, or 年月日;
    // read, carried in the link as YYYY-MM-DD, and shown by the picker when it opens.
    for (const [typed, iso, due] of [[' ２０２１－０９－２８ ', '2021-09-28', '2021-10-11'], ['2021年9月29日', '2021-09-29', '2021-10-12'], ['2021/9/28', '2021-09-28', '2021-10-11']] as const) {
      await page.fill('#start', typed);
      await page.press('#start', 'Enter');
      await expect.poll(() => page.textContent('#due')).toBe(due);
      expect(new URL(page.url()).searchParams.get('start')).toBe(iso);
      expect(await page.inputValue('#start-picker')).toBe(iso);
    }
    // Month first is ambiguous: refused, with the library's message next to the field.
    await page.fill('#start', '9/28/2021');
    await page.press('#start', 'Enter');
    await expect.poll(() => page.textContent('#start-error')).not.toBe('');
    expect(await page.locator('#due').count()).toBe(0);
    await page.close();
  });

  it('5. names no internal identifier and shows a single-day holiday as one day', async () => {
    const page = await open('?rule=m15-payment&start=2026-12-25&asOf=2026-12-28&provisional=1&year=2027');
    await page.locator('#due').waitFor();
    // textContent: the hidden pop-ups and screen-reader texts too.
    expect(await page.evaluate<string>('document.body.textContent')).not.toMatch(/PROVISIONAL/);
    expect(await page.textContent('#explanation')).toContain('元旦放假（按法定节假日规则推算，尚无正式通知）不计');
    await page.close();
    // 元旦 2020 was 1 January alone (国办发明电〔2019〕16号).
    const year = await open('?rule=m15-payment&start=2021-09-29&year=2020');
    const newYear = year.locator('#year-body .blocks li').first();
    expect(await newYear.textContent()).toMatch(/^元旦: 放假 01-01 — /);
    await year.close();
  });

  it('6. has a favicon and no failed request; Escape closes a day\'s pop-up', async () => {
    const page = await open('?rule=m15-payment&start=2021-09-29');
    expect(await page.getAttribute('link[rel=icon]', 'href')).toMatch(/^data:image\/svg\+xml,/);
    const tip = page.locator('#days td[data-date="2021-10-01"] .tip');
    await page.focus('#days td[data-date="2021-10-01"] button');
    await tip.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
    // Opened by a click, or by the pointer over the day: Escape closes it too.
    await page.hover('#days td[data-date="2021-10-02"] button');
    await page.locator('#days td[data-date="2021-10-02"] .tip').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await page.locator('#days td[data-date="2021-10-02"] .tip').waitFor({ state: 'hidden' });
    await page.close();
    expect(failed).toEqual([]);
  });

  it('7. has the screenshots of every main state at 1280 and 360 px, and each state shows what it is named for', async () => {
    for (const state of SCREENSHOT_STATES) {
      for (const width of SCREENSHOT_WIDTHS) expect(pngWidth(screenshotPath(state, width))).toBe(width);
      const page = await open(state.query);
      if (state.shows === 'out_of_range') await page.locator('#form-error').waitFor();
      else expect(await page.getAttribute('#status', 'data-status')).toBe(state.shows);
      await page.close();
    }
  });
});

describe('a pasted notice and the link (issue 19.7)', () => {
  const notice2027 = ['国务院办公厅关于2027年元旦放假安排的通知（示例，非官方）', '一、元旦：1月1日（周五）至4日（周一）放假调休，共4天。1月9日（周六）上班。', '国务院办公厅', '2026年11月1日'].join('\n');

  /** Pastes a notice with its URL and number. */
  async function paste(page: Page, text: string, url: string, docNo: string): Promise<void> {
    await page.fill('#notice-text', text);
    await page.fill('#notice-url', url);
    await page.fill('#notice-docNo', docNo);
    await page.click('#use-notice');
  }

  it('refuses to make a link too long to carry the notice, and says why', async () => {
    const page = await open('?rule=m15-payment&start=2026-12-25&asOf=2026-12-28');
    await paste(page, notice2027, `https://example.org/2027/${'a'.repeat(9000)}`, 'EXAMPLE-2027');
    await expect.poll(() => page.textContent('#due')).toBe('2027-01-05');
    expect(await page.textContent('#link-refused')).toMatch(/^无法生成链接：粘贴的通知放进链接后长达\d+个字符，超过8000个字符的上限/);
    expect(await page.locator('#share, #copy-link').count()).toBe(0);
    await page.close();
  });

  it('shows a notice for a built-in year against the official days and uses it only when chosen, also from a link', async () => {
    // A made-up notice for 2020 (示例): 元旦 1月1日至3日. The official 2020 notice gave 1 January alone.
    const text = ['国务院办公厅关于2020年元旦放假安排的通知（示例，非官方）', '一、元旦：1月1日（周三）至3日（周五）放假，共3天。', '国务院办公厅', '2019年11月1日'].join('\n');
    // By hand, official: after 2019-12-31, 01-01 元旦; 01-02, 01-03, 01-06, 01-07, 01-08 are days 1–5.
    const page = await open('?rule=m15-payment&start=2019-12-31');
    expect(await page.textContent('#due')).toBe('2020-01-08');
    await paste(page, text, 'https://example.org/2020', 'EXAMPLE-2020');
    const pending = page.locator('#notice-pending');
    await pending.waitFor();
    expect(await pending.textContent()).toContain('2020年已有内置的官方数据');
    expect(await pending.locator('tr', { hasText: '2020-01-02' }).textContent()).toBe('2020-01-02工作日放假');
    // Not used yet.
    expect(await page.textContent('#due')).toBe('2020-01-08');
    expect(await page.locator('#pending-pointer').count()).toBe(1);
    await page.click('#keep-official');
    await pending.waitFor({ state: 'detached' });
    expect(await page.textContent('#due')).toBe('2020-01-08');
    expect(new URL(page.url()).searchParams.getAll('notice')).toEqual([]);
    // Chosen: with 01-01…03 off, 01-06…01-10 are days 1–5.
    await paste(page, text, 'https://example.org/2020', 'EXAMPLE-2020');
    await page.click('#replace-official');
    await expect.poll(() => page.textContent('#due')).toBe('2020-01-10');
    const link = new URL((await page.getAttribute('#share', 'href')) ?? '', page.url());
    expect(link.searchParams.getAll('notice')).toHaveLength(1);
    // The link's receiver sees the same choice before the notice is used.
    const receiver = await open(link.search);
    await receiver.locator('#notice-pending').waitFor();
    expect(await receiver.textContent('#due')).toBe('2020-01-08');
    await receiver.click('#replace-official');
    await expect.poll(() => receiver.textContent('#due')).toBe('2020-01-10');
    await Promise.all([page.close(), receiver.close()]);
  });

  it('says so when the notice in a link cannot be used, and counts with the built-in data', async () => {
    const page = await open('?rule=m15-payment&start=2021-09-29&notice=not-a-notice');
    expect(await page.textContent('#due')).toBe('2021-10-12');
    expect(await page.textContent('#notice-body .form-error')).toMatch(/^链接中的通知无法使用，已按内置数据计算：/);
    await page.close();
  });
});
