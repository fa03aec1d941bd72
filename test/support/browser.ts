import { chromium, type Browser, type Page } from 'playwright-core';

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

/** A page that fails the test on any request leaving this machine (no CDN, no web fonts). */
export async function offlinePage(browser: Browser, origin: string): Promise<{ page: Page; foreignRequests: string[] }> {
  const context = await browser.newContext({ locale: 'sv-SE', acceptDownloads: true });
  const foreignRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  return { page: await context.newPage(), foreignRequests };
}
