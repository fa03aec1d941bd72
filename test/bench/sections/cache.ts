import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, ServiceProcess } from '@orebro/local-federation';
import { ensureDashboardBuilt } from '../../../scripts/dashboard-build';
import { launchBrowser, offlineContext } from '../../support/chromium';
import { pin, type Placement } from '../lib/cpus';
import { ask, type BenchFederation } from '../lib/federation';
import { runLoad, type LoadResult } from '../lib/load';
import { repoRoot } from '../lib/precompile';
import type { BenchSettings } from '../lib/settings';
import { median, ms, num, table } from '../lib/table';
import { VIEWS } from './app';

const CLIENTS = 16;
const ROUNDS = 3;

interface Operation {
  name: string;
  body: string;
}

/**
 * Section: the response cache (README, "Response cache"). A second gateway process with
 * RESPONSE_CACHE=on beside the federation's own (run with it off), both pinned to the gateway core and
 * loaded in turn, never together, over the same subgraph instances: the huvudman overview
 * (examples/huvudman-overview.graphql) and every GraphQL request the app's views make (captured from
 * headless Chromium opening each view of sections/app.ts), anonymous, at 16 clients. Rounds alternate
 * the two gateways; each figure is the median of the rounds, and the ratio's spread is shown. Every
 * answer must equal the uncached gateway's first answer (a cached answer that differs is a mismatch).
 */
export async function cacheSection(settings: BenchSettings, placement: Placement, bench: BenchFederation, log: (line: string) => void): Promise<string> {
  const spec = bench.federation.gateway.spec;
  const cached = new ServiceProcess({ ...spec, name: 'gateway-cached', port: await freePort(), env: { ...spec.env, RESPONSE_CACHE: 'on' } });
  await cached.start();
  if (placement.pinned) pin(bench.pidOf(cached), placement.gatewayCore);
  const rows: (string | number)[][] = [];
  const skipped: string[] = [];
  const operations = [overview(), ...(await appOperations(bench, log, skipped))];
  try {
    for (const operation of operations) {
      const answer = await ask(bench.gatewayUrl, operation.body);
      if (answer.status !== 200 || answer.errors) {
        skipped.push(`${operation.name} (${answer.errors?.[0]?.message ?? `HTTP ${answer.status}`})`);
        continue;
      }
      const runs: { uncached: LoadResult; cached: LoadResult }[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const load = (url: string) =>
          runLoad({
            url,
            body: operation.body,
            connections: CLIENTS,
            warmupSeconds: settings.stepWarmupSeconds,
            durationSeconds: settings.stepDurationSeconds,
            expectBody: answer.text,
          });
        // Alternate which goes first, so a machine warming up or getting busier favours neither.
        const first = round % 2 === 0 ? await load(bench.gatewayUrl) : await load(cached.url);
        const second = round % 2 === 0 ? await load(cached.url) : await load(bench.gatewayUrl);
        runs.push(round % 2 === 0 ? { uncached: first, cached: second } : { uncached: second, cached: first });
      }
      const ratios = runs.map((r) => r.cached.rps / r.uncached.rps);
      const uncachedRps = median(runs.map((r) => r.uncached.rps));
      const cachedRps = median(runs.map((r) => r.cached.rps));
      const problems = runs.reduce((sum, r) => sum + r.uncached.errors + r.uncached.non2xx + r.cached.errors + r.cached.non2xx, 0);
      const mismatches = runs.reduce((sum, r) => sum + r.uncached.mismatches + r.cached.mismatches, 0);
      log(`cache ${operation.name}: ${num(uncachedRps)} → ${num(cachedRps)} req/s (×${num(median(ratios), 1)})`);
      rows.push([
        operation.name,
        num(uncachedRps),
        num(cachedRps),
        `×${num(median(ratios), 1)} (${num(Math.min(...ratios), 1)}–${num(Math.max(...ratios), 1)})`,
        ms(median(runs.map((r) => r.uncached.p50))),
        ms(median(runs.map((r) => r.cached.p50))),
        problems,
        mismatches,
      ]);
    }
  } finally {
    await cached.stop();
  }
  return [
    '## Response cache: anonymous answers, cached against uncached',
    '',
    `Two gateway processes over the same instances, one with the response cache on, loaded in turn (${ROUNDS} alternating rounds of ` +
      `${settings.stepWarmupSeconds} s warm-up and ${settings.stepDurationSeconds} s measured, ${CLIENTS} clients, anonymous). ` +
      'req/s and p50 are medians over the rounds; the ratio is cached ÷ uncached with its spread over the rounds. ' +
      '"app:" rows are the GraphQL requests the app\'s views make, captured from Chromium.',
    '',
    table(['operation', 'uncached req/s', 'cached req/s', 'ratio (spread)', 'uncached p50 (ms)', 'cached p50 (ms)', 'errors', 'mismatches'], rows),
    ...(skipped.length > 0 ? ['', `Skipped (no clean answer to compare with): ${skipped.join('; ')}.`] : []),
  ].join('\n');
}

function overview(): Operation {
  const query = readFileSync(join(repoRoot, 'examples/huvudman-overview.graphql'), 'utf8');
  return { name: 'huvudman-overview', body: JSON.stringify({ query, variables: { year: 2024 } }) };
}

/** The distinct GraphQL request bodies the app's views send, by view, as the app sends them. */
async function appOperations(bench: BenchFederation, log: (line: string) => void, skipped: string[]): Promise<Operation[]> {
  ensureDashboardBuilt(log);
  const origin = bench.gatewayUrl.replace(/\/graphql$/, '');
  const browser = await launchBrowser();
  const seen = new Set<string>();
  const operations: Operation[] = [];
  try {
    for (const view of VIEWS) {
      const { context } = await offlineContext(browser.browser);
      const page = await context.newPage();
      const bodies: string[] = [];
      page.on('request', (request) => {
        const body = request.postData();
        if (new URL(request.url()).pathname === '/graphql' && request.method() === 'POST' && body) bodies.push(body);
      });
      try {
        await page.goto(origin + view.path);
        await page.locator(view.ready).first().waitFor();
        await page.waitForLoadState('networkidle');
      } catch (error) {
        // One view that does not show is reported, not the end of the section.
        log(`cache: the app's view ${view.name} did not show: ${(error as Error).message.split('\n')[0]}`);
        skipped.push(`app: ${view.name} (did not show within the wait)`);
        continue;
      } finally {
        await context.close();
      }
      bodies.forEach((body, i) => {
        if (seen.has(body)) return;
        seen.add(body);
        const name = (JSON.parse(body) as { operationName?: string }).operationName;
        operations.push({ name: `app: ${view.name}${name ? ` (${name})` : bodies.length > 1 ? ` #${i + 1}` : ''}`, body });
      });
    }
  } finally {
    await browser.close();
  }
  return operations;
}
