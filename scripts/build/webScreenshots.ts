// `npm run docs:screenshots`: the screenshots of the web page in docs/images/, one per main state at 1280 px and at
// 360 px wide, taken with Debian's Chromium from the built page (`npm run web` first). The clock is fixed, so the
// images change only when the page does; reviewers see those changes in the diff.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { serveStatic } from './serveStatic.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** The built page. */
export const PAGE_DIR = join(ROOT, 'examples', 'web', 'dist');
/** Where the screenshots go. */
export const IMAGES_DIR = join(ROOT, 'docs', 'images');
/** Debian's Chromium (`apt-get install chromium fonts-wqy-microhei`). */
export const CHROMIUM = '/usr/bin/chromium';
/** Chromium's flags for a headless run as root on a shared machine. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** "Today" in every screenshot: noon in Beijing on 2026-12-07. */
export const SCREENSHOT_NOW = new Date('2026-12-07T12:00:00+08:00');
/** The widths of the screenshots: a desktop and a phone. */
export const SCREENSHOT_WIDTHS = [1280, 360] as const;

/** A main state of the page: its link, and the status (or error) it shows. */
export interface ScreenshotState {
  readonly name: string;
  readonly query: string;
  /** The `data-status` of the result, or `'out_of_range'` for the message that the data ends. */
  readonly shows: string;
}

/** The main states of the page, as issue 24 lists them. */
export const SCREENSHOT_STATES: readonly ScreenshotState[] = [
  // Only the trigger day: due 2026-12-10, not yet due as of "today" (2026-12-07).
  { name: 'due-only', query: '?rule=m15-payment&start=2026-12-03', shows: 'pending' },
  { name: 'met', query: '?rule=m15-payment&start=2021-09-29&end=2021-10-11', shows: 'met' },
  { name: 'overdue-paused', query: '?rule=m15-payment&start=2021-09-29&asOf=2021-10-20&pause=2021-10-11..2021-10-12..材料不全补正', shows: 'overdue' },
  { name: 'out-of-range', query: '?rule=m15-payment&start=2026-12-25&asOf=2026-12-28', shows: 'out_of_range' },
  { name: 'provisional', query: '?rule=m15-payment&start=2026-12-25&asOf=2026-12-28&provisional=1', shows: 'pending' },
];

/** The file of a state's screenshot at a width. */
export function screenshotPath(state: ScreenshotState, width: number): string {
  return join(IMAGES_DIR, `web-${state.name}-${width}.png`);
}

/** Launches Debian's Chromium headless. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get update && apt-get install -y chromium fonts-wqy-microhei).`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, timeout: 120_000, args: CHROMIUM_ARGS });
}

/** Takes every screenshot: the result and the days of each state, scrolled to the result, at each width. */
async function main(): Promise<void> {
  if (!existsSync(join(PAGE_DIR, 'index.html'))) throw new Error(`${PAGE_DIR}/index.html is missing: run \`npm run web\` first.`);
  const server = await serveStatic(PAGE_DIR);
  const browser = await launchChromium();
  try {
    for (const state of SCREENSHOT_STATES) {
      for (const width of SCREENSHOT_WIDTHS) {
        const page = await browser.newPage({ viewport: { width, height: width > 600 ? 900 : 780 } });
        await page.clock.setFixedTime(SCREENSHOT_NOW);
        await page.goto(`${server.origin}/${state.query}`);
        await page.locator(state.shows === 'out_of_range' ? '#form-error' : `#status[data-status="${state.shows}"]`).waitFor();
        await page.evaluate('document.fonts.ready');
        await page.locator('#result').evaluate((section: { scrollIntoView(): void }) => {
          section.scrollIntoView();
        });
        await page.screenshot({ path: screenshotPath(state, width) });
        await page.close();
        console.log(screenshotPath(state, width));
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
