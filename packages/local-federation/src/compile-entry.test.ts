import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileEntry } from './compile-entry';
import { requiredPackages } from './test-support/bundle-requires';

const repoRoot = join(__dirname, '../../..');
let outDir: string;
beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'compile-entry-'));
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The version of the package a compiled file's `require` of `name` loads, read from that package's package.json. */
function versionRequired(bundle: string, name: string): string {
  const required = requiredPackages(bundle).find((p) => p.name === name);
  if (!required?.folder) throw new Error(`${bundle} does not require ${name} from node_modules`);
  return (JSON.parse(readFileSync(join(required.folder, 'package.json'), 'utf8')) as { version: string }).version;
}

const declared = (workspace: string, name: string) =>
  (JSON.parse(readFileSync(join(repoRoot, workspace, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies[name];

describe('compileEntry: a service as one file that plain node runs', () => {
  it('loads each npm package in the version the importing workspace declares, also where npm nested it under the workspace', async () => {
    // npm hoists another version of both to the root: a bare require from node_modules/.cache would load that one.
    const auth = await compileEntry('packages/huvudman-auth/src/index.ts', outDir);
    expect(versionRequired(auth, 'lru-cache')).toBe(declared('packages/huvudman-auth', 'lru-cache'));
    const cache = await compileEntry('gateway/src/response-cache/response-cache.ts', outDir);
    expect(versionRequired(cache, '@apollo/utils.keyvaluecache')).toBe(declared('gateway', '@apollo/utils.keyvaluecache'));
    expect(requiredPackages(cache).map((p) => p.name)).toContain('graphql');
  });

  it('runs: the compiled token verifier is built and verifies (its cache from lru-cache 11)', async () => {
    // Loaded as plain node loads it (not through the test's TypeScript transform).
    const compiled = createRequire(__filename)(await compileEntry('packages/huvudman-auth/src/index.ts', outDir)) as typeof import('@orebro/huvudman-auth');
    const verify = compiled.createTokenVerifier(compiled.authConfigFromEnv({}));
    const token = await compiled.mintDevelopmentToken({ huvudman: '1880' });
    await expect(verify(`Bearer ${token}`)).resolves.toMatchObject({ kind: 'authenticated', huvudman: '1880' });
    await expect(verify(`Bearer ${token}`)).resolves.toMatchObject({ kind: 'authenticated', huvudman: '1880' });
  });

  it("keeps Node's built-ins bare", async () => {
    const required = requiredPackages(await compileEntry('packages/huvudman-auth/src/index.ts', outDir));
    expect(required.filter((p) => p.name === 'node:fs' || p.name === 'fs')).not.toEqual([]);
    expect(required.filter((p) => !p.path.startsWith('/') && !p.path.startsWith('node:') && !isBuiltin(p.path))).toEqual([]);
  });
});
