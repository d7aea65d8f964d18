// The built page (examples/web/dist/) served on 127.0.0.1 and opened in Debian's Chromium, for the tests of test/web.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic } from '../../scripts/build/serveStatic.js';
import { launchChromium, PAGE_DIR, SCREENSHOT_NOW } from '../../scripts/build/webScreenshots.js';

/** How a test page is opened. */
export interface OpenOptions {
  readonly width?: number;
  readonly height?: number;
  /** "Now" for the page's clock (the library's "today"): fixed, so that answers as of today do not change. */
  readonly now?: Date;
  /** Other options of the page's browser context (touch, permissions…). */
  readonly context?: BrowserContextOptions;
}

/** The browser and server of a test file, started before its tests and stopped after them. */
export interface Chromium {
  /** A new page opened at `query`, recording its requests and failed responses; its clock fixed at SCREENSHOT_NOW by default. */
  readonly open: (query: string, options?: OpenOptions) => Promise<Page>;
  /** Every URL the pages requested. */
  readonly requested: string[];
  /** Every response with a status of 400 or more, as `status url`. */
  readonly failed: string[];
  readonly origin: () => string;
  readonly browser: () => Browser;
}

/** Starts Chromium and the static server for the tests of the calling file. */
export function useChromium(): Chromium {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  const requested: string[] = [];
  const failed: string[] = [];
  beforeAll(async () => {
    if (!existsSync(join(PAGE_DIR, 'index.html'))) throw new Error(`${PAGE_DIR}/index.html is missing: run \`npm run web\` first.`);
    server = await serveStatic(PAGE_DIR);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const origin = () => server?.origin ?? '';
  /**
   * The pages of the default context that the tests have closed, kept to be navigated again: a new page starts a
   * renderer process of its own, a navigation of the same tab to the same origin reuses it (measured: 0.5 CPU-seconds
   * a page opened and loaded, 0.14 a tab navigated). Each `open` still loads a fresh document, with the page's clock set
   * again; each tab keeps its own browser context, and the page keeps no state outside the document (no storage, no
   * cookies, no cache headers).
   */
  const closed: Page[] = [];
  /** A page of its own context, which closes with it; without context options, kept in `closed` when a test closes it. */
  const newPage = async (viewport: { width: number; height: number }, context: BrowserContextOptions | undefined): Promise<Page> => {
    if (browser === undefined) throw new Error('Chromium is not started');
    const page = await browser.newPage({ viewport, ...context });
    page.setDefaultTimeout(60_000);
    page.on('request', (request) => requested.push(request.url()));
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    if (context === undefined) {
      page.close = () => {
        closed.push(page);
        return Promise.resolve();
      };
    }
    return page;
  };
  return {
    requested,
    failed,
    origin,
    browser: () => {
      if (browser === undefined) throw new Error('Chromium is not started');
      return browser;
    },
    open: async (query, options = {}) => {
      const viewport = { width: options.width ?? 1280, height: options.height ?? 1000 };
      const kept = options.context === undefined ? closed.pop() : undefined;
      const page = kept ?? (await newPage(viewport, options.context));
      if (kept !== undefined) {
        await page.setViewportSize(viewport);
        // Where a new page's pointer is: nothing of the last test's document stays hovered in the next one.
        await page.mouse.move(0, 0);
      }
      await page.clock.setFixedTime(options.now ?? SCREENSHOT_NOW);
      await page.goto(`${origin()}/${query}`);
      return page;
    },
  };
}
