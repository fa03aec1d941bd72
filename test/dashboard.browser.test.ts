/// <reference lib="dom" />
// The systemledning app in real headless Chromium against the real federation (every service a process,
// the development identity provider for sign-in), served by the gateway at `/`. One federation for the
// whole file (CI has two cores); the test that stops a kommun instance runs last.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, ServiceProcess } from '@orebro/local-federation';
import { kommuner } from '@orebro/reference-data';
import { manifestOf } from '@orebro/gateway/src/request-policies/trusted-documents';
import { appOperations } from '../scripts/trusted-documents';
import { axeViolations } from './support/axe';
import { describeInBrowser, useAppInBrowser, type Page } from './support/browser';
import { readable } from './support/chromium';

const inApp = useAppInBrowser();
const { federation, open, text, apiToken, foreign } = inApp;

const DECISION_STATE = 'query($id: ID!) { decision(id: $id) { status version notes { text } } }';
async function decisionState(id: string) {
  const result = await federation.query<{ decision: { status: string; version: number; notes: { text: string }[] } }>(DECISION_STATE, { id });
  expect(result.errors).toBeUndefined();
  return result.data!.decision;
}

describeInBrowser('the gateway serves the app at / beside /graphql', () => {
  it('serves index.html for client routes, hashed assets with long caching, and 404 for a missing file', async () => {
    const index = await fetch(new URL('/beslut?organ=chefsgrupp', inApp.app));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await index.text();
    expect(html).toContain('<html lang="sv">');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    const asset = await fetch(new URL(script, inApp.app), { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(new URL('/assets/nothing-here.js', inApp.app))).status).toBe(404);
    expect((await fetch(new URL('/assets/../package.json', inApp.app))).status).toBe(404);
    // The IDE and the API keep their place.
    expect(await (await fetch(federation.gatewayUrl, { headers: { accept: 'text/html' } })).text()).toContain('graphiql');
    const config = (await (await fetch(new URL('/app-config.json', inApp.app))).json()) as { oidc: { issuer: string; clientId: string } };
    expect(config.oidc).toMatchObject({ issuer: inApp.issuer, clientId: 'systemledning-app' });
  });
});

describeInBrowser('the views show the seeded facts', () => {
  it('Översikt: thirteen huvudmän by länsdel, twelve 2024 populations summing to 308 375, all answering', async () => {
    const page = await open('/');
    await page.getByTestId('population-total').waitFor();
    expect(await text(page, '[data-testid=population-total]')).toBe('308 375');
    const table = page.locator('table', { has: page.locator('caption', { hasText: 'Huvudmännen efter länsdel' }) });
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(13);
    const body = await text(page);
    for (const kommun of kommuner) {
      // Displayed in the genitive where Swedish has it ("Lekebergs kommun").
      const row = readable(await rows.filter({ hasText: new RegExp(`^${kommun.name}s? kommun`) }).innerText());
      expect(row).toContain(new Intl.NumberFormat('sv-SE').format(kommun.population2024).replace(/\u00a0/g, ' '));
      expect(row).toContain('✓ Ja');
    }
    expect(body).toContain('Region Örebro län');
    expect(body).not.toContain('saknas');
    await page.close();
  });

  it('Beslut: the Chefsgrupp decisions with owner, age and due date; filters live in the URL', async () => {
    const page = await open('/beslut?organ=chefsgrupp&status=alla');
    const list = page.locator('table', { has: page.locator('caption', { hasText: /^Beslut \(alla\)/ }) });
    await list.locator('tbody tr').first().waitFor();
    const body = await text(page);
    expect(body).toContain('att Stina Engelheart, Örebro kommun, får ett utökat uppdrag');
    expect(body).toContain('Chefsgruppen');
    expect(body).toContain('28 maj 2021');
    // Changing a filter changes the URL, so the view can be shared as it is.
    await page.getByLabel('Status').selectOption('DONE');
    await page.waitForURL(/status=DONE/);
    expect(new URL(page.url()).searchParams.get('organ')).toBe('chefsgrupp');
    await page.close();
  });

  it('a decision shows its follow-up history and is reached from the list', async () => {
    const page = await open('/beslut?organ=chefsgrupp');
    await page.getByRole('link', { name: /att Stina Engelheart, Örebro kommun, får ett utökat uppdrag/ }).click();
    await page.waitForURL(/\/beslut\/chefsgrupp-2021-05-28-/);
    await page.getByRole('heading', { name: 'Uppföljning' }).waitFor();
    const body = await text(page);
    expect(body).toContain('Stina Engelheart');
    expect(body).toMatch(/Status\s+Beslutat/);
    await page.close();
  });

  it('Möten: the Chefsgrupp meeting of 2021-05-28 with attendance per huvudman, items, decisions with owners and coming meetings', async () => {
    const page = await open('/moten/chefsgrupp-2021-05-28');
    await page.getByRole('heading', { name: /28 maj 2021/, level: 1 }).waitFor();
    const body = await text(page);
    for (const heading of ['Närvaro', 'Beslut vid mötet', 'Ärenden', 'Kommande möten']) expect(body).toContain(heading);
    const decisions = page.locator('table', { has: page.locator('caption', { hasText: 'Beslut vid mötet med ansvarig' }) });
    const owners = readable(await decisions.innerText());
    expect(owners).toContain('Stina Engelheart, Örebro kommun');
    expect(owners).toContain('Region Örebro län');
    expect(await decisions.locator('tbody tr').count()).toBeGreaterThan(5);
    const attendance = page.locator('table', { has: page.locator('caption', { hasText: 'Närvaro per huvudman' }) });
    expect(readable(await attendance.locator('tbody tr', { hasText: 'Örebro kommun' }).innerText())).toContain('Stina Engelheart');
    expect(body).toContain('Föredragande');
    expect(body).toContain('Förslag till beslut');
    await page.close();
  });
});

describeInBrowser('CSV export', () => {
  it('writes UTF-8 with BOM, semicolons and decimal comma, as Swedish Excel reads it', async () => {
    const page = await open('/');
    await page.getByTestId('population-total').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Ladda ner CSV.*Huvudmännen efter länsdel/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('huvudman-oversikt.csv');
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Huvudman;Slag;Länsdel;Folkmängd 2024;Andel av kommunernas folkmängd (%);Systemet svarar');
    const orebro = lines.find((l) => l.startsWith('Örebro kommun;'))!;
    // 160 140 of 308 375 is 51.93 %: written with a decimal comma, the population with no separator.
    expect(orebro).toBe('Örebro kommun;Kommun;Örebro;160140;51,9;Ja');
    expect(lines).toContain('Summa, tolv kommuner;;;308375;100,0;'); // one decimal throughout, as in the table
    await page.close();
  });
});

describeInBrowser('accessibility (WCAG 2.1 AA)', () => {
  it.each([
    ['Översikt', '/', '[data-testid=population-total]'],
    ['Beslut', '/beslut', 'tbody tr'],
    ['Beslut, ett beslut', '/beslut/chefsgrupp-2021-05-28-b03', 'dl.facts'],
    ['Möten', '/moten', 'tbody tr'],
    ['Möten, ett möte', '/moten/chefsgrupp-2021-05-28', 'section.item'],
    ['Planer (platshållare)', '/planer', 'h1'],
    ['Planer, en aktivitet', '/planer/aktivitet/fardplan-nara-vard-2023-2026/2023-samordning-och-partnerskap-12', 'dl.facts'],
  ])('%s has no axe-core violations', async (_name, path, ready) => {
    const page = await open(path);
    await page.locator(ready).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('works by keyboard: the skip link leads to the content, the menu to a view, sorting by a button', async () => {
    const page = await open('/');
    await page.getByTestId('population-total').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till innehållet');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('innehall');
    // Into the menu: Tab until "Beslut" has focus, then Enter opens the view and focus moves to its heading.
    await page.locator('.main-nav a').first().focus();
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Beslut'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/beslut$/);
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === 'Beslut');
    // A table column sorts from the keyboard.
    const ageHeader = page.locator('th', { hasText: 'Ålder (dagar)' }).last();
    await ageHeader.locator('button').focus();
    await page.keyboard.press('Enter');
    expect(await ageHeader.getAttribute('aria-sort')).toMatch(/ascending|descending/);
    await page.close();
  });
});

describeInBrowser('the secretariat signs in and follows up decisions', () => {
  const DECISION = 'chefsgrupp-2021-05-28-b03';

  /** Signs in through the development provider's login page as the region's secretariat. */
  async function signInAsSecretariat(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL((url) => url.href.startsWith(inApp.issuer));
    await page.locator('#organisation').selectOption('18');
    await page.locator('input[name=roles][value=secretariat]').check();
    await page.getByRole('button', { name: 'Logga in' }).click();
    // Swedish only: no raw role name ("secretariat") in the signed-in name.
    await page.getByText('Inloggad: Utvecklare, Region Örebro län. Roller: sekretariat', { exact: true }).waitFor();
  }

  it('a status change with a note round-trips to the graph; tokens are not in localStorage', async () => {
    const before = await decisionState(DECISION);
    const page = await open(`/beslut/${DECISION}`);
    await page.locator('dl.facts').waitFor();
    await signInAsSecretariat(page);
    await page.waitForURL(new RegExp(`/beslut/${DECISION}$`));
    await page.getByLabel('Uppföljning', { exact: true }).fill('Arbetet har startat enligt plan.');
    await page.getByLabel('Ny status').selectOption('IN_PROGRESS');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Status ändrad till pågår').waitFor();
    expect(await text(page, '[data-testid=decision-status]')).toBe('Pågår');
    expect(await text(page)).toContain('Arbetet har startat enligt plan.');
    const after = await decisionState(DECISION);
    expect(after.status).toBe('IN_PROGRESS');
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.notes.map((n) => n.text)).toContain('Arbetet har startat enligt plan.');
    expect(await page.evaluate(() => Object.keys(localStorage).length)).toBe(0);
    await page.close();
  });

  it('a stale change shows "Någon har ändrat detta sedan du öppnade det" and changes nothing', async () => {
    const page = await open(`/beslut/${DECISION}`);
    await page.locator('dl.facts').waitFor();
    await signInAsSecretariat(page);
    await page.getByLabel('Uppföljning', { exact: true }).waitFor();
    // Someone else records a note after this page read the decision.
    const token = await apiToken('18', ['secretariat']);
    const seen = await decisionState(DECISION);
    const other = await federation.query(
      'mutation($input: AddDecisionNoteInput!) { addDecisionNote(input: $input) { version } }',
      { input: { decisionId: DECISION, expectedVersion: seen.version, text: 'En kollega hann före.' } },
      { authorization: `Bearer ${token}` },
    );
    expect(other.errors).toBeUndefined();
    const current = await decisionState(DECISION);

    await page.getByLabel('Uppföljning', { exact: true }).fill('Klart!');
    await page.getByLabel('Ny status').selectOption('DONE');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Någon har ändrat detta sedan du öppnade det').waitFor();
    expect(await decisionState(DECISION)).toEqual(current);
    // What the user wrote is kept, to be sent again after reading the newer version.
    expect(await page.getByLabel('Uppföljning', { exact: true }).inputValue()).toBe('Klart!');
    await page.close();
  });

  it("a plan activity's status change round-trips; a stale one is refused and changes nothing", async () => {
    const ACTIVITY = 'fardplan-nara-vard-2023-2026/2023-samordning-och-partnerskap-12';
    const ACTIVITY_STATE = '{ planActivities { id status version followUps { note } } }';
    const state = async () =>
      (
        await federation.query<{ planActivities: { id: string; status: string; version: number; followUps: { note: string }[] }[] }>(ACTIVITY_STATE)
      ).data!.planActivities.find((a) => a.id === ACTIVITY)!;
    const page = await open(`/planer/aktivitet/${ACTIVITY}`);
    await page.locator('dl.facts').waitFor();
    await signInAsSecretariat(page);
    const before = await state();
    const next = before.status === 'PLANNED' ? 'IN_PROGRESS' : 'DONE';
    await page.getByLabel('Uppföljning', { exact: true }).fill('Uppföljt i chefsgruppen.');
    await page.getByLabel('Ny status').selectOption(next);
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText(/Status ändrad till/).waitFor();
    const after = await state();
    expect(after).toMatchObject({ status: next, version: before.version + 1 });
    expect(after.followUps.map((f) => f.note)).toContain('Uppföljt i chefsgruppen.');

    // Another write behind this page's back makes its version stale.
    const token = await apiToken('18', ['secretariat']);
    const other = await federation.query(
      'mutation($input: UpdatePlanActivityStatusInput!) { updatePlanActivityStatus(input: $input) { version } }',
      { input: { activityId: ACTIVITY, expectedVersion: after.version, status: after.status, note: 'En kollega hann före.' } },
      { authorization: `Bearer ${token}` },
    );
    expect(other.errors).toBeUndefined();
    const current = await state();
    await page.getByLabel('Uppföljning', { exact: true }).fill('Avbryts.');
    await page.getByLabel('Ny status').selectOption('CANCELLED');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Någon har ändrat detta sedan du öppnade det').waitFor();
    expect(await state()).toEqual(current);
    await page.close();
  });
});

describeInBrowser('trusted documents: a production gateway serves the app and nothing else', () => {
  it("the app works against a gateway with TRUSTED_DOCUMENTS of the app's operations; any other operation is refused", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'app-trusted-'));
    const manifest = join(dir, 'trusted-documents.json');
    writeFileSync(manifest, JSON.stringify(manifestOf(appOperations())));
    const spec = federation.gateway.spec;
    const gateway = new ServiceProcess({
      ...spec,
      name: 'gateway-trusted',
      port: await freePort(),
      // NODE_ENV=production also opens the management port, 9464 unless told: a free one here, as for every other process a test starts.
      env: { ...spec.env, NODE_ENV: 'production', TRUSTED_DOCUMENTS: manifest, METRICS_PORT: String(await freePort()) },
    });
    try {
      await gateway.start();
      const origin = `http://127.0.0.1:${gateway.spec.port}/`;
      const page = await open(`${origin}`);
      await page.getByTestId('population-total').waitFor();
      expect(await text(page, '[data-testid=population-total]')).toBe('308 375');
      await page.goto(`${origin}moten/chefsgrupp-2021-05-28`);
      await page.getByRole('heading', { name: /28 maj 2021/, level: 1 }).waitFor();
      expect(await text(page)).toContain('Stina Engelheart');
      await page.goto(`${origin}beslut?organ=chefsgrupp`);
      await page.locator('tbody tr').first().waitFor();
      expect(await text(page)).not.toContain('Servern tar bara emot');
      await page.close();

      const other = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ huvudmen { id } }' }),
      });
      expect(other.status).toBe(400);
      expect(JSON.stringify(await other.json())).toContain('OPERATION_NOT_REGISTERED');
    } finally {
      await gateway.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describeInBrowser('a partial answer is shown honestly', () => {
  it('with Örebro kommun’s instance stopped, the overview names it, shows "saknas" for its figures and keeps the others', async () => {
    await federation.instance('kommun-1880').stop();
    const page = await open('/');
    await page.getByText('Uppgifter saknas från Örebro kommun').waitFor();
    const table = page.locator('table', { has: page.locator('caption', { hasText: 'Huvudmännen efter länsdel' }) });
    const orebro = readable(await table.locator('tbody tr', { hasText: 'Örebro kommun' }).innerText());
    expect(orebro).toContain('saknas');
    expect(orebro).toContain('✗ Nej');
    expect(orebro).not.toMatch(/\b0\b/);
    expect(readable(await table.locator('tbody tr', { hasText: 'Karlskoga kommun' }).innerText())).toContain('30 180');
    expect(await text(page, '[data-testid=population-total]')).toBe('saknas');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('made no request off this machine in any test (no CDN, no web fonts)', () => {
    expect(foreign).toEqual([]);
  });
});
