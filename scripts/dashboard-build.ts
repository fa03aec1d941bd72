/**
 * Builds the systemledning app (dashboard/) when its build is missing or stale: stale means the hash
 * of its sources (src/, public/, index.html, configs, package.json, the lockfile) differs from the one recorded
 * in dist/ at the last build. Used by `npm start` and the browser tests; `npm run build -w dashboard`
 * builds unconditionally.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export const dashboardDir = join(__dirname, '../dashboard');
export const dashboardDist = join(dashboardDir, 'dist');
const HASH_FILE = join(dashboardDist, '.source-hash');
const INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json', '../package-lock.json'];

/** SHA-256 over the app's source files' paths and contents, in a fixed order. */
export function dashboardSourceHash(): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) add(join(path, entry));
      return;
    }
    hash.update(relative(dashboardDir, path)).update('\0').update(readFileSync(path)).update('\0');
  };
  for (const input of INPUTS) add(join(dashboardDir, input));
  return hash.digest('hex');
}

/** True when dist/ holds a build of the current sources. */
export function dashboardBuildIsCurrent(): boolean {
  return existsSync(join(dashboardDist, 'index.html')) && existsSync(HASH_FILE) && readFileSync(HASH_FILE, 'utf8').trim() === dashboardSourceHash();
}

/** Builds the app with Vite unless dist/ is current; returns whether it built. Throws when the build fails. */
export function ensureDashboardBuilt(log: (line: string) => void = () => undefined): boolean {
  if (dashboardBuildIsCurrent()) return false;
  log('Building the systemledning app (dashboard/)...');
  const vite = join(dirname(require.resolve('vite/package.json', { paths: [dashboardDir] })), 'bin/vite.js');
  // NODE_ENV=production whatever the caller runs under (jest sets "test"): else React's development build is bundled.
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: dashboardDir, encoding: 'utf8', env });
  if (result.status !== 0) throw new Error(`Building dashboard/ failed:\n${result.stdout}${result.stderr}`);
  writeFileSync(HASH_FILE, `${dashboardSourceHash()}\n`);
  return true;
}
