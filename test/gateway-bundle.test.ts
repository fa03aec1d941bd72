import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileEntry } from '@orebro/local-federation/src/compile-entry';
import { requiredPackages } from '@orebro/local-federation/src/test-support/bundle-requires';

/**
 * The gateway joins and never stores (ARCHITECTURE.md): its process must not load the subgraphs'
 * storage stack. Importing a subgraph package's index for one constant pulled MikroORM, libsql, pg
 * and DataLoader into the gateway (about 13 MB of its idle memory, issue 17); this holds the line.
 */
describe("the gateway's compiled bundle", () => {
  const outDir = mkdtempSync(join(tmpdir(), 'orebro-gateway-bundle-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it.each(['gateway/src/main.ts', 'test/bench/gateways/ours.ts'])('%s requires no ORM, database driver or DataLoader', async (entry) => {
    const required = requiredPackages(await compileEntry(entry, outDir)).map((p) => p.name);
    expect(required).toContain('@apollo/gateway');
    expect(required.filter((name) => /^(@mikro-orm\/|@libsql\/|libsql$|pg$|dataloader$)/.test(name))).toEqual([]);
  });
});
