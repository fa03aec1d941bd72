// The development identity provider's own pages in real headless Chromium: the login page and its
// error state, and the logout page, meet WCAG 2.1 AA (axe-core), load nothing from elsewhere, and the
// form works by label with a keyboard-reachable submit. The provider runs alone as its service
// process; the "app" is a local page that only receives the redirect.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, IDENTITY_PROVIDER_ENTRY, ServiceProcess } from '@orebro/local-federation';
import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { CHROMIUM, launchBrowser, offlineContext, type TestBrowser } from './support/chromium';

const inBrowser = existsSync(CHROMIUM) || process.env.CI === 'true' ? describe : describe.skip;

inBrowser('the development identity provider in a browser', () => {
  let provider: ServiceProcess;
  let app: Server;
  let browser: TestBrowser;
  let dir = '';
  let issuer = '';
  let redirectUri = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'orebro-idp-browser-'));
    const port = await freePort();
    // 127.0.0.1, where the provider listens, not localhost: Chromium resolves localhost itself and tries
    // [::1] first, so a process elsewhere on the machine listening on [::1] at the same port number
    // would answer instead (tried: Chromium then shows that server's page).
    issuer = `http://127.0.0.1:${port}`;
    provider = new ServiceProcess({
      name: 'identity',
      entry: IDENTITY_PROVIDER_ENTRY,
      port,
      env: { IDP_KEYS_FILE: join(dir, 'keys.json'), IDP_ISSUER: issuer, LOG_LEVEL: 'warn' },
    });
    app = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!DOCTYPE html><html lang="sv"><title>App</title><main>Appen</main></html>'),
    );
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
    redirectUri = `http://127.0.0.1:${(app.address() as { port: number }).port}/`;
    [browser] = await Promise.all([launchBrowser(), provider.start()]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await provider?.stop();
    await new Promise((resolve) => app?.close(resolve));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /**
   * Opens the authorization URL and waits for the login page. When another page answers, the failure
   * names the URL, status and text it got instead of only a locator's timeout.
   */
  async function openLoginPage(page: Page): Promise<void> {
    const response = await page.goto(authorizeUrl());
    const heading = page.getByRole('heading', { name: 'Logga in till Systemledning' });
    if (response?.status() === 200 && (await heading.count()) === 1) return;
    const text =
      (await page
        .locator('body')
        .textContent()
        .catch(() => '')) ?? '';
    throw new Error(`The login page did not open: ${response?.status() ?? 'no response'} at ${page.url()}: ${text.slice(0, 300)}`);
  }

  const authorizeUrl = () =>
    `${issuer}/auth?${new URLSearchParams({ client_id: 'systemledning-app', response_type: 'code', redirect_uri: redirectUri, scope: 'openid profile', code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', code_challenge_method: 'S256', state: 'st' })}`;

  test('the login page is accessible (WCAG 2.1 AA), loads nothing from elsewhere, and signs in by label', async () => {
    const { context, foreignRequests } = await offlineContext(browser.browser);
    const page = await context.newPage();
    await openLoginPage(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Huvudman', { exact: true }).selectOption({ label: 'Kumla kommun (1881)' });
    await page
      .getByRole('group', { name: 'Roller' })
      .getByLabel(/Rapportör/)
      .check();
    await page.getByRole('button', { name: 'Logga in' }).press('Enter');
    await page.waitForURL((url) => url.href.startsWith(redirectUri));
    const landed = new URL(page.url());
    expect({ code: !!landed.searchParams.get('code'), state: landed.searchParams.get('state'), iss: landed.searchParams.get('iss') }).toEqual({
      code: true,
      state: 'st',
      iss: issuer,
    });
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  test('its error state is announced and accessible; Avbryt returns access_denied to the app', async () => {
    const { context } = await offlineContext(browser.browser);
    const page = await context.newPage();
    await openLoginPage(page);
    // A choice the page does not offer (as a stale or tampered form would send).
    await page.getByLabel('Huvudman', { exact: true }).evaluate((select: HTMLSelectElement) => {
      select.add(new Option('Annan', '0180'));
      select.value = '0180';
    });
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/Det gick inte att logga in/);
    expect(await page.getByLabel('Huvudman', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await page.waitForURL((url) => url.href.startsWith(redirectUri));
    expect(new URL(page.url()).searchParams.get('error')).toBe('access_denied');
    await context.close();
  });

  test('the logout page is accessible', async () => {
    const { context } = await offlineContext(browser.browser);
    const page = await context.newPage();
    await openLoginPage(page);
    await page.getByLabel('Huvudman', { exact: true }).selectOption('18');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL((url) => url.href.startsWith(redirectUri));
    await page.goto(`${issuer}/session/end?${new URLSearchParams({ client_id: 'systemledning-app', post_logout_redirect_uri: redirectUri })}`);
    await page.getByRole('heading', { name: 'Vill du logga ut?' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ja, logga ut' }).click();
    await page.waitForURL((url) => url.href.startsWith(redirectUri));
    await context.close();
  });
});
