import { gzipSync } from 'node:zlib';
import { ensureDashboardBuilt } from '../../../scripts/dashboard-build';
import { launchBrowser, offlineContext } from '../../support/chromium';
import type { BenchFederation } from '../lib/federation';
import { ms, num, table } from '../lib/table';

/** Each view, a URL that shows it, and what appears when its data has arrived. */
export const VIEWS = [
  { name: 'Översikt', path: '/', ready: '[data-testid=population-total]' },
  { name: 'Beslut', path: '/beslut?organ=chefsgrupp', ready: 'tbody tr' },
  { name: 'Ett beslut', path: '/beslut/chefsgrupp-2021-05-28-b03', ready: 'dl.facts' },
  { name: 'Möten', path: '/moten', ready: 'tbody tr' },
  { name: 'Ett möte', path: '/moten/chefsgrupp-2021-05-28', ready: 'section.item' },
  { name: 'En aktivitet', path: '/planer/aktivitet/fardplan-nara-vard-2023-2026/2023-samordning-och-partnerskap-12', ready: 'dl.facts' },
];
const LOADS = 7;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/**
 * Section: the systemledning app in headless Chromium against the federation. Per view: the JavaScript
 * a first visit loads (gzip, as the gateway sends it), the time from navigation until the view's data
 * is on screen (median of fresh visits, no cache), and how many GraphQL requests it makes (goal: one).
 */
export async function appSection(bench: BenchFederation, log: (line: string) => void): Promise<string> {
  ensureDashboardBuilt(log);
  const origin = bench.gatewayUrl.replace(/\/graphql$/, '');
  const browser = await launchBrowser();
  const rows: (string | number)[][] = [];
  try {
    for (const view of VIEWS) {
      const times: number[] = [];
      let scriptBytes = 0;
      let initialBytes = 0;
      let graphqlRequests = 0;
      for (let i = 0; i < LOADS; i++) {
        const { context } = await offlineContext(browser.browser);
        const page = await context.newPage();
        const scripts = new Map<string, Promise<number>>();
        const initial = new Set<string>();
        let requests = 0;
        page.on('request', (request) => {
          if (new URL(request.url()).pathname === '/graphql') requests++;
        });
        page.on('response', async (response) => {
          if (response.request().resourceType() === 'script')
            scripts.set(
              response.url(),
              response.body().then((body) => gzipSync(body).length),
            );
        });
        const started = Date.now();
        await page.goto(origin + view.path);
        await page.locator(view.ready).first().waitFor();
        times.push(Date.now() - started);
        for (const url of scripts.keys()) initial.add(url);
        await page.waitForLoadState('networkidle');
        const sizes = new Map(await Promise.all([...scripts].map(async ([url, size]) => [url, await size] as const)));
        initialBytes = [...initial].reduce((sum, url) => sum + (sizes.get(url) ?? 0), 0);
        scriptBytes = [...sizes.values()].reduce((a, b) => a + b, 0);
        // The config fetch is not GraphQL; a sign-in check makes none either.
        graphqlRequests = requests;
        await context.close();
      }
      log(
        `app ${view.name}: ${num(initialBytes / 1024, 1)} kB JS until its data shows, ${num(scriptBytes / 1024, 1)} kB in all, data shown after ${median(times)} ms, ${graphqlRequests} GraphQL request(s)`,
      );
      rows.push([
        view.name,
        `\`${view.path}\``,
        num(initialBytes / 1024, 1),
        num(scriptBytes / 1024, 1),
        ms(median(times)),
        ms(Math.min(...times)),
        graphqlRequests,
      ]);
    }
  } finally {
    await browser.close();
  }
  return [
    '## The systemledning app',
    '',
    `Headless Chromium against the federation through the gateway (same origin). Each view opened ${LOADS} times in a fresh browser context (no cache);` +
      " JavaScript (gzip, as the gateway sends it) is counted until the view's data shows (goal: under 250 kB) and in all once the page is idle (charts load ECharts after the data);" +
      ' "data shown" runs from navigation until the view\'s figures are on screen.',
    '',
    table(
      ['view', 'URL', 'JavaScript until data (kB gzip)', 'JavaScript in all (kB gzip)', 'data shown, median (ms)', 'fastest (ms)', 'GraphQL requests'],
      rows,
    ),
  ].join('\n');
}
