/**
 * Runs the whole federation on this machine: the development identity provider (first, so every
 * service finds its discovery document), samverkan, region, twelve kommun instances and the gateway,
 * each instance on its own port with its own database. The twelve kommun instances share one process
 * (hostShards in packages/local-federation: twelve processes time-sharing one machine's cores made
 * every joint view pay twelve cold starts); the others have a process each.
 *   npm start                  embedded SQLite files under ./data (nothing to install)
 *   npm start -- --postgres    one PostgreSQL database per instance on PGURL (default
 *                              postgres://postgres@127.0.0.1:5432), created when missing
 *   npm start -- --process-per-instance
 *                              every kommun instance in its own process too, as each kommun deploys
 *                              it (stop one to see the joint views report its data missing)
 * Ctrl-C or SIGTERM stops every process. LOG=all shows every log line, not only warnings.
 * PORT_OFFSET=1000 shifts every port (gateway 5000, identity provider 5100, kommun 1880 on 5880...),
 * for when the usual ones are taken; `PORT_OFFSET=1000 npm run token` then finds the provider.
 * START_TIMEOUT_MS: how long each instance may take to become ready (default five minutes); while
 * they start, which are ready and which are still awaited is printed every few seconds.
 */
import { join } from 'node:path';
import { localPortPlan, portOffsetFromEnv } from '@orebro/gateway/src/local-ports';
import { localFederation } from '@orebro/gateway/src/members';
import { ensureDashboardBuilt } from './dashboard-build';
import { PortTakenError, repoRoot, startFederation, startTimeoutFromEnv, type DatabaseMode, type StartProgress } from '@orebro/local-federation';

const postgres = process.argv.includes('--postgres');
const hostShards = !process.argv.includes('--process-per-instance');
const database: DatabaseMode = postgres
  ? { kind: 'postgresql', serverUrl: process.env.PGURL ?? 'postgres://postgres@127.0.0.1:5432', prefix: 'orebro' }
  : { kind: 'libsql', dataDir: join(repoRoot, 'data') };

/** Child processes log JSON; by default only warnings and worse reach the terminal. */
function echo(line: string): void {
  if (process.env.LOG === 'all') return void console.log(line);
  try {
    if ((JSON.parse(line) as { level?: number }).level! < 40) return;
  } catch {
    // Not a JSON log line (a crash, a stack trace): always show it.
  }
  console.log(line);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Progress while starting: each instance as it becomes ready, and every few seconds those still awaited. */
function progressPrinter(everyMs = 5_000) {
  const waiting = new Set<string>();
  let readyCount = 0;
  const began = Date.now();
  const timer = setInterval(() => {
    if (waiting.size > 0) console.log(`  ... ${readyCount} ready, waiting for ${[...waiting].join(', ')} (${seconds(Date.now() - began)})`);
  }, everyMs);
  return {
    onProgress(event: StartProgress) {
      if (event.phase === 'starting') return void waiting.add(event.instance);
      waiting.delete(event.instance);
      readyCount += 1;
      console.log(`  ready: ${event.instance.padEnd(12)} after ${seconds(event.elapsedMs)}`);
    },
    done: () => clearInterval(timer),
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  ensureDashboardBuilt(console.log);
  const startTimeoutMs = startTimeoutFromEnv(process.env);
  console.log(
    `Starting the federation on ${postgres ? 'PostgreSQL' : 'embedded SQLite (./data)'}; each instance may take up to ${seconds(startTimeoutMs)} (START_TIMEOUT_MS)...`,
  );
  // The provider's keys persist under ./data, so tokens stay valid across restarts.
  const identityProvider = { keysFile: join(repoRoot, 'data', 'dev-identity-provider-keys.json') };
  const offset = portOffsetFromEnv(process.env);
  const port = localPortPlan(offset);
  const progress = progressPrinter();
  const federation = await startFederation({
    ...localFederation,
    database,
    port,
    echo,
    identityProvider,
    hostShards,
    startTimeoutMs,
    onProgress: progress.onProgress,
  })
    .catch((error: unknown) => {
      // The way out of a taken port: which service, which port, and how to move every port at once.
      if (error instanceof PortTakenError) {
        throw new Error(
          `${error.message}\nPort ${error.port} (${error.service}) is taken by another process: stop it (another npm start?), or move every port of npm start with PORT_OFFSET, e.g. PORT_OFFSET=${offset + 1000} npm start (README: "Ports").`,
        );
      }
      throw error;
    })
    .finally(progress.done);
  console.log(
    `  ${'identity'.padEnd(12)} http://localhost:${port('identity')} (development OpenID Connect provider; ${offset ? `PORT_OFFSET=${offset} ` : ''}npm run token -- --huvudman 1881 --roles writer)`,
  );
  for (const [instance, url] of federation.urls()) console.log(`  ${instance.padEnd(12)} ${url}`);
  console.log(
    `Ready in ${((Date.now() - started) / 1000).toFixed(1)} s. Open ${federation.gateway.url.replace(/graphql$/, '').replace('127.0.0.1', 'localhost')} for the systemledning app, ${federation.gateway.url} for the IDE. Ctrl-C stops everything.`,
  );
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping...');
    federation.stop().then(() => {
      console.log('Stopped.');
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
