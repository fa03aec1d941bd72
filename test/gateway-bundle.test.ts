import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileEntry } from '@orebro/local-federation/src/compile-entry';

/**
 * The gateway joins and never stores (ARCHITECTURE.md): its process must not load the subgraphs'
 * storage stack. Importing a subgraph package's index for one constant pulled MikroORM, libsql, pg
 * and DataLoader into the gateway (about 13 MB of its idle memory, issue 17); this holds the line.
 */
describe("the gateway's compiled bundle", () => {
  const outDir = mkdtempSync(join(tmpdir(), 'orebro-gateway-bundle-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it.each(['gateway/src/main.ts', 'test/bench/gateways/ours.ts'])('%s requires no ORM, database driver or DataLoader', async (entry) => {
    const bundle = readFileSync(await compileEntry(entry, outDir), 'utf8');
    const required = [...bundle.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(required).toContain('@apollo/gateway');
    expect(required.filter((name) => /^(@mikro-orm\/|@libsql\/|libsql$|pg$|dataloader$)/.test(name))).toEqual([]);
  });
});
