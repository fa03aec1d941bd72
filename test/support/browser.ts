import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { ensureDashboardBuilt } from '../../scripts/dashboard-build';
import { CHROMIUM, launchBrowser, offlineContext, readable, type TestBrowser } from './chromium';
import { startTestFederation, type TestFederation } from './test-federation';

/**
 * Whether the app's browser tests can run: Chromium is installed, or this is CI (where it is required,
 * so a missing Chromium fails rather than skips). On a developer's machine without it they are skipped.
 */
export const browserAvailable = existsSync(CHROMIUM) || process.env.CI === 'true';
/** `describe` for tests that need Chromium: skipped (with a warning) where browserAvailable is false. */
export const describeInBrowser = browserAvailable ? describe : describe.skip;
if (!browserAvailable) console.warn(`Skipping the app's browser tests: ${CHROMIUM} not found (apt-get install -y chromium).`);

/** The systemledning app in real Chromium against the real federation, for one test file. */
export interface AppInBrowser {
  /** The running federation (every service a process, the development identity provider for sign-in); use it inside tests. */
  readonly federation: TestFederation;
  /** The app's address: the gateway's origin, where it serves the app at `/`. */
  readonly app: string;
  /** The development identity provider's issuer URL (http://localhost:<port>). */
  readonly issuer: string;
  /** Every request off this machine made by a page opened with `open`, once that page closed (a file's last test asserts none). */
  readonly foreign: string[];
  /** A new visitor (own session, no request off this machine) opening `path` of the app. */
  open(path: string): Promise<Page>;
  /** The text of `selector` (default `main`) as a person reads it. */
  text(page: Page, selector?: string): Promise<string>;
  /** A token from the development provider for the API (its token client), as `npm run token` gets one. */
  apiToken(huvudman: string, roles?: string[]): Promise<string>;
}

/**
 * Builds the app if needed and starts the federation with the identity provider and Chromium before the
 * file's tests, and stops both after them; call at the top of a test file. One federation for the whole
 * file (CI has two cores): a test that stops an instance runs last.
 */
export function useAppInBrowser(): AppInBrowser {
  let federation: TestFederation | undefined;
  let browser: TestBrowser | undefined;
  const foreign: string[] = [];
  // A hang guard, not a speed check: building the app and starting sixteen processes on a busy two-core
  // machine can take minutes.
  beforeAll(async () => {
    ensureDashboardBuilt();
    [federation, browser] = await Promise.all([startTestFederation({ identityProvider: true }), launchBrowser()]);
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await federation?.stop();
  });
  const running = (): TestFederation => {
    if (!federation) throw new Error('The federation is not running: use it inside a test, after beforeAll.');
    return federation;
  };
  const app = () => running().gatewayUrl.replace(/graphql$/, '');
  const issuer = () => `http://localhost:${running().identity!.spec.port}`;
  // The running federation's methods and fields, so a test file can name it before it has started.
  const forwarded = new Proxy({} as TestFederation, {
    get(_target, property) {
      const value: unknown = Reflect.get(running(), property);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(running()) : value;
    },
  });
  return {
    federation: forwarded,
    get app() {
      return app();
    },
    get issuer() {
      return issuer();
    },
    foreign,
    async open(path) {
      const { context, foreignRequests } = await offlineContext(browser!.browser);
      const page = await context.newPage();
      page.on('close', () => foreign.push(...foreignRequests));
      await page.goto(new URL(path, app()).href); // an absolute URL keeps its own origin
      return page;
    },
    text: async (page, selector = 'main') => readable(await page.locator(selector).innerText()),
    async apiToken(huvudman, roles = []) {
      const response = await fetch(`${issuer()}/token`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from('dev-token:dev-token-secret').toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ grant_type: 'client_credentials', huvudman, roles: roles.join(',') }),
      });
      if (response.status !== 200) throw new Error(`The development provider refused a token for ${huvudman}: HTTP ${response.status}.`);
      return ((await response.json()) as { access_token: string }).access_token;
    },
  };
}

export type { Page };
