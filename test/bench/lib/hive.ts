import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './precompile';

const pinned = join(repoRoot, 'test/bench/hive-gateway');
const installDir = join(repoRoot, 'node_modules/.cache/orebro-bench/hive-gateway');
export const hiveBin = join(installDir, 'node_modules/@graphql-hive/gateway/dist/bin.js');

/**
 * Hive Gateway is installed on demand, from the version and lockfile pinned in
 * test/bench/hive-gateway, into node_modules/.cache: the repository's own `npm ci` stays free of its
 * ~330 packages. Returns the reason when it cannot be installed.
 */
export function ensureHiveGateway(log: (line: string) => void): { ok: true; version: string } | { ok: false; reason: string } {
  const wanted = (JSON.parse(readFileSync(join(pinned, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies[
    '@graphql-hive/gateway'
  ];
  if (installedVersion() !== wanted) {
    log(`installing @graphql-hive/gateway@${wanted} into ${installDir} (once)...`);
    mkdirSync(installDir, { recursive: true });
    for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(pinned, file), join(installDir, file));
    try {
      execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: installDir, stdio: 'inherit', timeout: 900_000 });
    } catch (error) {
      return { ok: false, reason: `npm ci of @graphql-hive/gateway@${wanted} failed: ${(error as Error).message.split('\n')[0]}` };
    }
  }
  const version = installedVersion();
  return version ? { ok: true, version } : { ok: false, reason: `@graphql-hive/gateway is not at ${hiveBin} after installing` };
}

function installedVersion(): string | undefined {
  const file = join(installDir, 'node_modules/@graphql-hive/gateway/package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : undefined;
}
