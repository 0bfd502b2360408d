import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** Debian's chromium, installed by `.ci/run` with apt-get (puppeteer-core downloads no browser). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where failing browser tests leave their screenshots (ignored by git). */
export const SCREENSHOT_DIR = join(process.cwd(), '.test-screenshots');

export interface TestBrowser {
  browser: Browser;
  /** A new page in a fresh incognito-like context (its own cookie jar). */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Starts headless chromium (CHROMIUM_PATH; `options.executablePath` for a test of this helper) with its
 * own empty profile. The flags keep it off the network (this machine has none beyond loopback) and
 * usable as root. Rejects with what to install when there is no chromium.
 */
export async function launchTestBrowser(options: { executablePath?: string } = {}): Promise<TestBrowser> {
  const executablePath = options.executablePath ?? CHROMIUM_PATH;
  if (!existsSync(executablePath)) {
    throw new Error(
      `chromium not found at ${executablePath}: the browser tests drive it (puppeteer-core downloads none); ` +
        'install it (Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary (README: Commands, npm test)',
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'sg-chromium-'));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    userDataDir: profile,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    async newPage() {
      const context = await browser.createBrowserContext();
      return context.newPage();
    },
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Runs `body` with the page; on failure saves a full-page screenshot named after the test to
 * SCREENSHOT_DIR, then rethrows.
 */
export async function withScreenshotOnFailure<T>(
  page: Page,
  name: string,
  body: () => Promise<T>,
): Promise<T> {
  try {
    return await body();
  } catch (error) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = join(SCREENSHOT_DIR, `${name.replace(/[^a-z0-9-]+/gi, '_')}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    throw error;
  }
}
