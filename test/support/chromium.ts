/**
 * Debian's Chromium driven by playwright-core, for the browser tests and the bench alike: nothing here
 * uses Jest's globals, so the bench (plain Node) can import it.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** The system Chromium, headless, with no network of its own (nothing is downloaded). */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export interface TestBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Real headless Chromium through playwright-core. Background networking is off: this machine has no
 * internet, and the app must not need it. playwright-core gives each launch a fresh, empty profile.
 */
export async function launchBrowser(): Promise<TestBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}

/** Text as a person reads it: no-break and narrow no-break spaces (Swedish thousands separators) as plain spaces. */
export const readable = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

/**
 * A fresh browser context (own cookies and sessionStorage) whose requests may reach this machine only:
 * any other request (a CDN, web fonts) is aborted and recorded, so a test can assert there were none.
 */
export async function offlineContext(browser: Browser): Promise<{ context: BrowserContext; foreignRequests: string[] }> {
  const context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm', acceptDownloads: true });
  const foreignRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (['127.0.0.1', 'localhost'].includes(url.hostname) || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    foreignRequests.push(url.href);
    return route.abort();
  });
  return { context, foreignRequests };
}
