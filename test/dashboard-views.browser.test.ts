/// <reference lib="dom" />
// The systemledning app's views Planer, Uppföljning, Samägda verksamheter, Stimulansmedel, Avvikelser,
// Huvudman and Sök in real headless Chromium against the real federation (every service a process), served by the
// gateway at `/`: the seeded facts, axe-core (WCAG 2.1 AA), keyboard use, a CSV export, and a partial
// answer. One federation for the whole file (CI has two cores); the test that stops a kommun runs last.
import { readFileSync } from 'node:fs';
import { axeViolations } from './support/axe';
import { useAppInBrowser, type Page } from './support/browser';
import { readable } from './support/chromium';

const inApp = useAppInBrowser();
const { federation, open, text, apiToken, foreign } = inApp;

const tableCaptioned = (page: Page, caption: string | RegExp) => page.locator('table', { has: page.locator('caption', { hasText: caption }) });
const rowText = async (page: Page, caption: string | RegExp, row: string) =>
  readable(await tableCaptioned(page, caption).locator('tbody tr', { hasText: row }).first().innerText());

/** The CSV button of the table with this caption. */
const csvButton = (page: Page, caption: string) =>
  page.locator('.data-table', { has: tableCaptioned(page, caption) }).getByRole('button', { name: /^Ladda ner CSV/ });

/** Clicks a table's CSV button and returns the file's lines (after checking the BOM). */
async function csvLines(page: Page, caption: string, fileName: string): Promise<string[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), csvButton(page, caption).click()]);
  expect(download.suggestedFilename()).toBe(fileName);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return bytes.toString('utf8').slice(1).split('\r\n');
}

/** Signs the page in at the development identity provider as staff of `huvudman`; back on the page it left. */
async function signIn(page: Page, huvudman: string): Promise<void> {
  const back = page.url();
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL((url) => url.href.startsWith(inApp.issuer));
  await page.locator('#organisation').selectOption(huvudman);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByText(/Inloggad:/).waitFor();
  await page.waitForURL((url) => url.href === back);
}

interface DeviationFigures {
  deviationOverview: {
    complete: boolean;
    byProcess: { process: { code: string; name: string }; count: number }[];
    byPair: { reporter: { name: string }; concerned: { name: string }; count: number }[];
    perTenThousand: { huvudman: { id: string; name: string }; reported: number | null; perTenThousand: number | null }[];
    openPastDue: { deviation: { id: string } }[];
  };
  jointRiskAnalyses: { title: string; risks: { number: number; level: string }[] }[];
  riskMatrix: { levels: { level: string; label: string }[] };
}
const DEVIATION_FIGURES = `{
  deviationOverview(fromMonth: "2024-01", toMonth: "2024-12") {
    complete
    byProcess { process { code name } count }
    byPair { reporter { name } concerned { name } count }
    perTenThousand { huvudman { id name } reported perTenThousand }
    openPastDue { deviation { id } }
  }
  jointRiskAnalyses { title risks { number level } }
  riskMatrix { levels { level label } }
}`;
const sv = (n: number) => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 }).format(n).replace(/\u00a0/g, ' ');

const FALL_CAPTION = 'Fallskador bland personer 65 år och äldre 2024 per huvudman, mot målet';
const FARDPLAN_ACTIVITIES = /^Färdplanens aktiviteter/;

describe('the views show the seeded facts', () => {
  it('Planer: the handlingsplan goal tree, the färdplan activities with uppdragsdirektiv, the nämnd’s uppdrag 1–19; filters in the URL', async () => {
    const page = await open('/planer');
    await tableCaptioned(page, FARDPLAN_ACTIVITIES).locator('tbody tr').first().waitFor();
    const body = await text(page);
    expect(body).toContain('Handlingsplan sammanhållen vård och omsorg 2019–2022');
    expect(body).toContain('God och jämlik hälso- och sjukvård');
    expect(body).toContain('Stärka det hälsofrämjande och sjukdomsförebyggande arbetet');
    expect(body).toContain('Genomsyrande perspektiv att beakta: Delaktighet, Ledarskap och teamsamverkan, Digitalisering.');
    expect(body).toContain('Färdplan nära vård 2023–2026');
    const tullhuset = await rowText(page, FARDPLAN_ACTIVITIES, 'Genomföra och utvärdera pilotprojekt på Tullhuset.');
    expect(tullhuset).toContain('Samordning och partnerskap');
    expect(tullhuset).toContain('Planerad');
    expect(tullhuset).toContain('Ska genomföras under 2023.');
    // A field the färdplan leaves open is said in words, not left blank (nor "saknas": nothing is down).
    expect(tullhuset).toContain('Anges inte');
    const assignments = tableCaptioned(page, /^Nämndens uppdrag 2024/);
    expect(await assignments.locator('tbody tr').count()).toBe(19);
    expect(await rowText(page, /^Nämndens uppdrag 2024/, 'gemensam ingång till länets primärvård')).toContain('Hälso- och sjukvårdsförvaltningen');
    expect(body).not.toContain('saknas');

    await page.getByLabel('Status', { exact: true }).selectOption('IN_PROGRESS');
    await page.waitForURL(/status=IN_PROGRESS/);
    await tableCaptioned(page, /^Färdplanens aktiviteter \(pågår\)/).waitFor();
    // The previous list stays on screen until the filtered one has come: wait until no planned one is left.
    const statusCells = tableCaptioned(page, FARDPLAN_ACTIVITIES).locator('tbody tr td:nth-of-type(2)');
    await statusCells
      .filter({ hasText: /^Planerad$/ })
      .first()
      .waitFor({ state: 'detached' });
    const statuses = await statusCells.allInnerTexts();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['Pågår']));
    await page.close();
  });

  it('Uppföljning: all thirteen huvudmän against the target, met or not in words and a sign; trend; aggregates with inputs', async () => {
    const page = await open('/uppfoljning?indikator=fallskador-65&ar=2024');
    await tableCaptioned(page, FALL_CAPTION).locator('tbody tr').first().waitFor();
    expect(await tableCaptioned(page, FALL_CAPTION).locator('tbody tr').count()).toBe(13);
    expect(await rowText(page, FALL_CAPTION, 'Örebro kommun')).toMatch(/2 308\s+✓ Uppnått/);
    expect(await rowText(page, FALL_CAPTION, 'Lekebergs kommun')).toMatch(/2 974\s+✗ Inte uppnått/);
    expect(await rowText(page, FALL_CAPTION, 'Region Örebro län')).toContain('Gäller inte huvudmannen');
    const body = await text(page);
    expect(body).toContain('Har inte rapporterat för 2024: alla har rapporterat.');
    expect(body).toContain('Systemet svarade inte: alla svarade.');
    expect(body).toContain('Utveckling 2020–2024');
    const lan = await rowText(page, /per länsdel och för länet, med underlag/, 'Hela länet');
    expect(lan).toContain('Befolkningsvägt medelvärde');
    expect(lan).toContain('2 499,39');
    expect(lan).toContain('Örebro kommun 2 308 (vikt 160 140)');
    // Every chart stands beside a table with its figures.
    expect(await page.locator('figure.chart').count()).toBe(2);
    expect(
      await tableCaptioned(page, /varje huvudman per år/)
        .locator('tbody tr')
        .count(),
    ).toBe(13);
    await page.close();
  });

  it('Uppföljning names who has not reported, and the indicator is chosen in the URL', async () => {
    const page = await open('/uppfoljning');
    await page.getByLabel('Mått', { exact: true }).selectOption('sip-antal');
    await page.waitForURL(/indikator=sip-antal/);
    await page.getByText('Har inte rapporterat för 2024: Ljusnarsbergs kommun.').waitFor();
    expect(await rowText(page, /SIP\) 2024 per huvudman/, 'Ljusnarsbergs kommun')).toContain('Inte rapporterat');
    // The län sum leaves nobody out silently: it names who is missing and why.
    expect(await rowText(page, /SIP\) 2024 per länsdel/, 'Hela länet')).toContain('Ljusnarsbergs kommun (inte rapporterat)');
    await page.close();
  });

  it('Samägda verksamheter: owners with shares and budget split; agreed against actual needs a staff sign-in', async () => {
    const page = await open('/samagda?verksamhet=mobilt-narsjukvardsteam-orebro');
    // The short URL keeps its filter.
    await page.waitForURL(/\/samagda-verksamheter\?verksamhet=mobilt-narsjukvardsteam-orebro$/);
    await page.getByRole('heading', { name: 'Mobilt närsjukvårdsteam Örebro', level: 2 }).waitFor();
    const owners = /^Ägarna av Mobilt närsjukvårdsteam Örebro/;
    expect(await rowText(page, owners, 'Region Örebro län')).toMatch(/50\s+7 250 000/);
    expect(await rowText(page, owners, 'Örebro kommun')).toMatch(/50\s+7 250 000/);
    expect(await rowText(page, owners, 'Örebro kommun')).toContain('2023, 2024');
    const body = await text(page);
    expect(body).toMatch(/Arbetsgivare\s+Region Örebro län/);
    expect(body).toContain('14 500 000 kr (exempeldata)');
    expect(body).toContain('Logga in som medarbetare hos en av ägarna för att se den.');
    await page.getByRole('link', { name: 'Samägda verksamheter' }).click();
    await tableCaptioned(page, /^Samägda verksamheter med ägare och budget/).waitFor();
    expect(
      await tableCaptioned(page, /^Samägda verksamheter med ägare och budget/)
        .locator('tbody tr')
        .count(),
    ).toBe(7);
    await page.close();
  });

  it('Stimulansmedel: programme → län → each huvudman’s allocation → decisions → reported use', async () => {
    const page = await open('/stimulansmedel?program=god-och-nara-vard-2023');
    const caption = 'God och nära vård 2023: tilldelat och redovisad användning per huvudman';
    await tableCaptioned(page, caption).locator('tbody tr').first().waitFor();
    expect(await tableCaptioned(page, caption).locator('tbody tr').count()).toBe(13);
    expect(await rowText(page, caption, 'Region Örebro län')).toContain('146 881 160');
    expect(await rowText(page, caption, 'Örebro kommun')).toMatch(/15 881 338\s+480 420/);
    const body = await text(page);
    expect(body).toContain('Örebro län: 184 744 638 kr');
    expect(body).toContain('Lokal processledare för omställningen till nära vård');
    await page.close();
  });

  it('Huvudman 1880: its seats, decisions, activities, agreements, services, grants and indicators', async () => {
    const page = await open('/huvudman/1880');
    await page.getByRole('heading', { name: 'Örebro kommun', level: 1 }).waitFor();
    await tableCaptioned(page, 'Örebro kommun: platser i organen').locator('tbody tr').first().waitFor();
    expect(await rowText(page, 'Örebro kommun: platser i organen', 'Chefsgrupp för samverkan')).toContain('Annika Roman');
    expect(await tableCaptioned(page, 'Örebro kommun: platser i organen').locator('tbody tr').count()).toBeGreaterThan(3);
    expect(
      await tableCaptioned(page, /samägda verksamheter/)
        .locator('tbody tr')
        .count(),
    ).toBe(5);
    expect(
      await tableCaptioned(page, /överenskommelser där huvudmannen är part/)
        .locator('tbody tr')
        .count(),
    ).toBe(5);
    expect(await rowText(page, /tilldelade stimulansmedel/, 'God och nära vård 2023')).toContain('15 881 338');
    expect(await rowText(page, /mått 2024 mot målen/, 'Fallskador')).toMatch(/2 308.*✓ Uppnått/s);
    await page.close();
  });

  it('Sök: Swedish search, each hit leading to its view', async () => {
    const page = await open('/sok');
    await page.getByLabel('Sökord').fill('Tullhuset');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.waitForURL(/\/sok\?q=Tullhuset/);
    await page.getByRole('link', { name: 'Genomföra och utvärdera pilotprojekt på Tullhuset.' }).click();
    await page.waitForURL(/\/planer\/aktivitet\/fardplan-nara-vard-2023-2026\/2023-samordning-och-partnerskap-1$/);
    await page.getByRole('heading', { name: 'Aktivitet: Genomföra och utvärdera pilotprojekt på Tullhuset.', level: 1 }).waitFor();

    // Planer shows one activity when its URL names it.
    await page.goto(new URL('/planer?aktivitet=fardplan-nara-vard-2023-2026%2F2023-samordning-och-partnerskap-1', inApp.app).href);
    const activities = tableCaptioned(page, FARDPLAN_ACTIVITIES);
    await activities.locator('tbody tr').first().waitFor();
    expect(await activities.locator('tbody tr').count()).toBe(1);
    expect(readable(await activities.innerText())).toContain('Genomföra och utvärdera pilotprojekt på Tullhuset.');

    // A decision hit leads to the decision, and its meeting to Möten.
    await page.goto(new URL('/sok?q=Stina&typ=DECISION', inApp.app).href);
    const hits = tableCaptioned(page, /^Träffar för ”Stina”/);
    await hits.locator('tbody tr').first().waitFor();
    const hit = hits.locator('tbody tr', { hasText: 'att Stina Engelheart, Örebro kommun, får ett utökat uppdrag' });
    expect(await hit.locator('a', { hasText: '28 maj 2021' }).getAttribute('href')).toBe('/moten/chefsgrupp-2021-05-28');
    await hit.getByRole('link', { name: /att Stina Engelheart/ }).click();
    await page.waitForURL(/\/beslut\/chefsgrupp-2021-05-28-b11$/);
    await page.locator('dl.facts').waitFor();
    await page.close();
  });
});

describe('details every view shares', () => {
  it('Översikt: every share with one decimal, "2,0" beside "7,5", in the table and in the CSV', async () => {
    const page = await open('/');
    const caption = 'Huvudmännen efter länsdel, med folkmängd 2024 och om deras system svarar';
    await tableCaptioned(page, caption).locator('tbody tr').nth(12).waitFor();
    const shares = (await tableCaptioned(page, caption).locator('tbody tr td:nth-of-type(4)').allInnerTexts()).map(readable).filter((t) => t !== '–');
    expect(shares).toHaveLength(12);
    expect(shares.filter((share) => !/^\d+,\d$/.test(share))).toEqual([]);
    const lines = await csvLines(page, caption, 'huvudman-oversikt.csv');
    const csvShares = lines.slice(1).flatMap((line) => (line.split(';')[4] ? [line.split(';')[4]!] : []));
    expect(csvShares).toHaveLength(13); // twelve kommuner and the sum
    expect(csvShares.filter((share) => !/^\d+,\d$/.test(share))).toEqual([]);
    await page.close();
  });

  it('the app names its own icon, which the gateway serves (no /favicon.ico 404 on every page)', async () => {
    const page = await open('/');
    const href = await page.locator('link[rel=icon]').getAttribute('href');
    const icon = await fetch(new URL(href!, federation.gatewayUrl));
    expect({ href, status: icon.status, type: icon.headers.get('content-type') }).toEqual({ href: '/favicon.svg', status: 200, type: 'image/svg+xml' });
    await page.close();
  });

  it('Avvikelser offers months up to the current one, none ahead', async () => {
    const page = await open('/avvikelser');
    await page.getByText('Avvikelser och riskanalyser är intern information.').waitFor();
    await page.getByLabel('Till månad').locator('option').first().waitFor({ state: 'attached' });
    const now = new Date();
    const current = new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(now);
    for (const label of ['Från månad', 'Till månad']) {
      const options = await page
        .getByLabel(label)
        .locator('option')
        .evaluateAll((list) => list.map((option) => option.textContent));
      expect({ label, first: options[0], last: options.at(-1) }).toEqual({ label, first: 'januari 2021', last: current });
    }
    await page.close();
  });
});

describe('staff see internal figures', () => {
  it('Samägda verksamheter: signed in as Örebro kommun staff, agreed against actual per owner as the graph computes it', async () => {
    const service = 'mobilt-narsjukvardsteam-orebro';
    const graph = await federation.query<{
      coOwnedService: { balance: { owners: { huvudman: { name: string }; costSek: number | null; reported: boolean }[] } };
    }>(
      'query($id: ID!) { coOwnedService(id: $id) { balance(year: 2024) { owners { huvudman { name } costSek reported } } } }',
      { id: service },
      { authorization: `Bearer ${await apiToken('1880')}` },
    );
    expect(graph.errors).toBeUndefined();
    const owners = graph.data!.coOwnedService.balance.owners;
    expect(owners).toHaveLength(2);

    const page = await open(`/samagda-verksamheter?verksamhet=${service}`);
    await page.getByText('Logga in som medarbetare hos en av ägarna för att se den.').waitFor();
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL((url) => url.href.startsWith(inApp.issuer));
    await page.locator('#organisation').selectOption('1880');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByText(/Inloggad:/).waitFor();
    await page.waitForURL(new RegExp(`/samagda-verksamheter\\?verksamhet=${service}$`));
    const caption = 'Mobilt närsjukvårdsteam Örebro: överenskommet mot faktiskt per ägare 2024';
    await tableCaptioned(page, caption).locator('tbody tr').first().waitFor();
    for (const owner of owners) {
      const row = await rowText(page, caption, owner.huvudman.name);
      expect(row).toContain(owner.reported ? 'Ja' : 'Nej');
      if (owner.costSek !== null) expect(row).toContain(new Intl.NumberFormat('sv-SE').format(owner.costSek).replace(/\u00a0/g, ' '));
    }
    expect(await text(page)).not.toContain('Logga in som medarbetare');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('Avvikelser i samverkan', () => {
  const PROCESS_CAPTION = 'Avvikelser per process och månad, januari 2024–december 2024';
  const RATE_CAPTION = 'Rapporterade avvikelser per 10 000 invånare, januari 2024–december 2024';

  it('Avvikelser: a signed-in staff user sees the län overview with counts by process and pair, response times, past due, per 10 000, risk levels; CSV; axe', async () => {
    const graph = await federation.query<DeviationFigures>(DEVIATION_FIGURES, undefined, { authorization: `Bearer ${await apiToken('18')}` });
    expect(graph.errors).toBeUndefined();
    const figures = graph.data!;
    const view = figures.deviationOverview;
    expect(view.complete).toBe(true);
    const total = view.byProcess.reduce((sum, p) => sum + p.count, 0);
    // The seed: two example deviations per kommun and three by the region, all in 2024.
    expect(total).toBe(27);

    const page = await open('/avvikelser');
    await page.getByText('Avvikelser och riskanalyser är intern information.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await signIn(page, '18');
    await page.getByTestId('deviation-total').waitFor();
    expect(readable(await page.getByTestId('deviation-total').innerText())).toBe(
      '27 avvikelser i samverkan rapporterades under perioden. Alla tretton huvudmän svarade.',
    );
    // By process: the period's total per process in the table's last row, as the graph counts them.
    const footer = readable(await tableCaptioned(page, PROCESS_CAPTION).locator('tfoot').innerText());
    expect(footer).toMatch(/^Hela perioden/);
    expect(footer).toMatch(/27$/);
    expect(await tableCaptioned(page, PROCESS_CAPTION).locator('tbody tr').count()).toBe(12);
    expect(await page.locator('figure.chart').count()).toBe(2);
    // By pair: Kumla → the region, summed over the months.
    const kumlaPairs = view.byPair.filter((p) => p.reporter.name === 'Kumla kommun' && p.concerned.name === 'Region Örebro län');
    const pairRow = tableCaptioned(page, /^Avvikelser per par av huvudmän/).locator('tbody tr', { hasText: /^Kumla kommun\s*Region Örebro län/ });
    expect(readable(await pairRow.innerText())).toMatch(new RegExp(`^Kumla kommun\\s+Region Örebro län\\s+${kumlaPairs.reduce((s, p) => s + p.count, 0)}\\s`));
    // Time to response: the region is concerned by the kommuner's 24.
    expect(await rowText(page, /^Tid till svar per berörd huvudman/, 'Region Örebro län')).toMatch(/^Region Örebro län\s+24\s/);
    // Past due: one row per open deviation and concerned huvudman.
    expect(
      await tableCaptioned(page, /som är öppna efter svarsdatum/)
        .locator('tbody tr')
        .count(),
    ).toBe(view.openPastDue.length);
    // Per 10 000 inhabitants, Swedish decimal comma.
    const kumla = view.perTenThousand.find((r) => r.huvudman.id === '1881')!;
    expect(await rowText(page, RATE_CAPTION, 'Kumla kommun')).toContain(sv(kumla.perTenThousand!));
    // The joint risk analysis with each risk's level in words.
    const analysis = figures.jointRiskAnalyses[0];
    await page.getByRole('heading', { name: analysis.title, level: 3 }).waitFor();
    const levelOf = (level: string) => figures.riskMatrix.levels.find((l) => l.level === level)!.label;
    const risks = await tableCaptioned(page, `Risker i ${analysis.title}, med risknivå och åtgärder`).locator('tbody tr').allInnerTexts();
    expect(risks.map(readable)).toEqual(analysis.risks.map((r) => expect.stringContaining(levelOf(r.level))));
    expect(risks.join('\n')).toContain('18-exempel-1');
    expect(await text(page)).not.toContain('saknas');

    const lines = await csvLines(page, PROCESS_CAPTION, 'avvikelser-per-process-2024-01-2024-12.csv');
    expect(lines[0]).toBe(
      'Månad;Hälso- och sjukvård i hemmet;Hjälpmedel;Informationsöverföring;Läkemedel;Samordnad individuell plan (SIP);Utskrivning från sluten vård;Alla processer',
    );
    expect(lines).toContainEqual(expect.stringMatching(/^Hela perioden;.*;27$/));
    expect(lines.filter((l) => l !== '')).toHaveLength(14);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('Avvikelser: with Kumla’s instance stopped, the view names Kumla as missing and no total is a smaller number', async () => {
    await federation.instance('kommun-1881').stop();
    try {
      const page = await open('/avvikelser?fran=2024-01&till=2024-12');
      await signIn(page, '18');
      await page.getByTestId('deviation-missing').waitFor();
      expect(readable(await page.getByTestId('deviation-missing').innerText())).toContain('Uppgifter saknas från Kumla kommun.');
      expect(await page.getByTestId('deviation-total').count()).toBe(0);
      // The period's sums over the län are "saknas", not 25.
      const footer = readable(await tableCaptioned(page, PROCESS_CAPTION).locator('tfoot').innerText());
      expect(footer).toMatch(/saknas$/);
      expect(footer).not.toMatch(/\b25\b/);
      const kumla = await rowText(page, RATE_CAPTION, 'Kumla kommun');
      expect(kumla).toMatch(/^Kumla kommun\s+saknas/);
      expect(kumla).not.toMatch(/\b0\b/);
      // Kumla's own responses (to the region's deviation concerning it) are unknown, not none.
      expect(await rowText(page, /^Tid till svar per berörd huvudman/, 'Kumla kommun')).toContain('saknas');
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    } finally {
      await federation.instance('kommun-1881').start();
    }
  });
});

describe('CSV export', () => {
  it('Uppföljning’s table and Stimulansmedel’s allocations as Swedish Excel reads them (BOM, semicolons, decimal comma)', async () => {
    const page = await open('/uppfoljning?indikator=fallskador-65&ar=2024');
    await tableCaptioned(page, FALL_CAPTION).locator('tbody tr').first().waitFor();
    const lines = await csvLines(page, FALL_CAPTION, 'fallskador-65-2024-per-huvudman.csv');
    expect(lines[0]).toBe('Huvudman;Rapportering;Värde (antal per 100 000 invånare 65 år och äldre);Mot målet;Exempeldata');
    expect(lines).toContain('Örebro kommun;Rapporterat;2308;✓ Uppnått;Ja');
    expect(lines).toContain('Lekebergs kommun;Rapporterat;2974;✗ Inte uppnått;Ja');
    expect(lines).toContain('Region Örebro län;Gäller inte huvudmannen;;;');
    expect(lines.filter((l) => l !== '')).toHaveLength(14);
    await page.close();

    const grants = await open('/stimulansmedel?program=god-och-nara-vard-2023');
    const caption = 'God och nära vård 2023: tilldelat och redovisad användning per huvudman';
    await tableCaptioned(grants, caption).locator('tbody tr').first().waitFor();
    const allocation = await csvLines(grants, caption, 'god-och-nara-vard-2023-tilldelning.csv');
    expect(allocation).toContain('Örebro kommun;Kommunerna;160140;1,5125;15881338;480420;Beräknat efter folkmängd, inte officiellt belopp');
    await grants.close();
  });
});

describe('accessibility (WCAG 2.1 AA)', () => {
  it.each([
    ['Planer', '/planer', 'tbody tr'],
    ['Uppföljning', '/uppfoljning', 'tbody tr'],
    ['Samägda verksamheter', '/samagda-verksamheter', 'tbody tr'],
    ['Samägda verksamheter, en verksamhet', '/samagda-verksamheter?verksamhet=tullhuset', 'dl.facts'],
    ['Stimulansmedel', '/stimulansmedel', 'tbody tr'],
    ['Avvikelser (inte inloggad)', '/avvikelser', '.notice'],
    ['Huvudman', '/huvudman', 'main li a'],
    ['Huvudman 1880', '/huvudman/1880', 'tbody tr'],
    ['Sök', '/sok?q=utskrivningen', 'tbody tr'],
  ])('%s has no axe-core violations', async (_name, path, ready) => {
    const page = await open(path);
    await page.locator(ready).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it.each([
    ['Planer', 'Status'],
    ['Uppföljning', 'Mått'],
    ['Samägda verksamheter', 'Verksamhet'],
    ['Stimulansmedel', 'Program'],
    ['Avvikelser', 'Från månad'],
    ['Huvudman', 'Huvudman'],
    ['Sök', 'Sökord'],
  ])('%s is reached from the menu by keyboard, its heading gets focus and its first control is next', async (view, control) => {
    const page = await open('/');
    await page.getByTestId('population-total').waitFor();
    await page.locator('.main-nav a').first().focus();
    for (let i = 0; i < 12 && (await page.evaluate(() => document.activeElement?.textContent)) !== view; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(view);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (name) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === name,
      view === 'Avvikelser' ? 'Avvikelser i samverkan' : view,
    );
    const field = page.getByLabel(control, { exact: true }).first();
    await field.waitFor();
    // Tab from the heading reaches the view's controls (no trap, nothing unreachable).
    for (let i = 0; i < 20 && !(await field.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  it('a table sorts and exports by keyboard', async () => {
    const page = await open('/uppfoljning?indikator=fallskador-65&ar=2024');
    const table = tableCaptioned(page, FALL_CAPTION);
    await table.locator('tbody tr').first().waitFor();
    const valueHeader = table.locator('th', { hasText: 'Värde' });
    await valueHeader.locator('button').focus();
    await page.keyboard.press('Enter');
    const order = await valueHeader.getAttribute('aria-sort');
    expect(order).toMatch(/^(ascending|descending)$/);
    // The extremes of the seeded values: Degerfors 2 296 lowest, Ljusnarsberg 3 039 highest.
    const first = readable(await table.locator('tbody tr').first().innerText());
    expect(first).toContain(order === 'ascending' ? 'Degerfors kommun' : 'Ljusnarsbergs kommun');
    // The export follows the order on screen.
    await csvButton(page, FALL_CAPTION).focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(
      readFileSync((await download.path())!)
        .toString('utf8')
        .split('\r\n')[1],
    ).toMatch(new RegExp(`^${first.split('\t')[0]};`));
    await page.close();
  });
});

describe('a partial answer is shown honestly', () => {
  it('with Örebro kommun’s instance stopped, Uppföljning names it, shows "saknas" in its cells and keeps the others', async () => {
    await federation.instance('kommun-1880').stop();
    const page = await open('/uppfoljning?indikator=fallskador-65&ar=2024');
    await page.getByText('Uppgifter saknas från Örebro kommun').waitFor();
    const orebro = await rowText(page, FALL_CAPTION, 'Örebro kommun');
    expect(orebro).toContain('Systemet svarar inte');
    expect(orebro).toContain('saknas');
    expect(orebro).not.toMatch(/\b0\b/);
    expect(await rowText(page, FALL_CAPTION, 'Lekebergs kommun')).toMatch(/2 974\s+✗ Inte uppnått/);
    expect(await text(page)).toContain('Systemet svarade inte: Örebro kommun.');
    // The aggregates that need Örebro kommun are not a smaller number: they say what is missing.
    expect(await rowText(page, /per länsdel och för länet, med underlag/, 'Hela länet')).toContain('Örebro kommun (systemet svarar inte)');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();

    const grants = await open('/stimulansmedel?program=god-och-nara-vard-2023');
    await grants.getByText('Uppgifter saknas från Örebro kommun').waitFor();
    const caption = 'God och nära vård 2023: tilldelat och redovisad användning per huvudman';
    expect(await rowText(grants, caption, 'Örebro kommun')).toMatch(/15 881 338\s+saknas/);
    expect(readable(await tableCaptioned(grants, caption).locator('tfoot').innerText())).toContain('saknas');
    await grants.close();
  });

  it('made no request off this machine in any test (no CDN, no web fonts)', () => {
    expect(foreign).toEqual([]);
  });
});
