// The members list (gateway/src/members.ts) is what every script, test and the gateway read: it must
// name real folders, entries and definitions, and every workspace must be type-checked by `tsc -b`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { federationMembers, gatewayService, instanceNames, localFederation } from '@orebro/gateway/src/members';
import { localPort, localPortPlan, portOffsetFromEnv } from '@orebro/gateway/src/local-ports';
import { federationPlan } from '@orebro/local-federation';
import { subgraphDefinition } from '../scripts/subgraph-definitions';

const root = join(__dirname, '..');

describe('the members list', () => {
  it.each(federationMembers.map((m) => [m.name, m] as const))('names the real folder, entry, schema folders and definition of %s', async (name, member) => {
    const missing = [member.folder, `${member.folder}/package.json`, member.entry, `${member.folder}/src/schema.graphql`, ...member.sharedSchemaDirs].filter(
      (path) => !existsSync(join(root, path)),
    );
    expect(missing).toEqual([]);
    // Imported by package name: the folder's package is the one named, and its entry starts nothing.
    const pkg = JSON.parse(readFileSync(join(root, member.folder, 'package.json'), 'utf8')) as { name: string; main: string };
    expect([pkg.name, pkg.main]).toEqual([member.packageName, 'src/subgraph.ts']);
    const definition = subgraphDefinition(member);
    expect(definition.name).toBe(name);
  });

  it('gives every local instance its own port', () => {
    const ports = instanceNames().map((instance) => [instance, localPort(instance)] as const);
    const taken = new Map<number, string>();
    const clashes = ports.flatMap(([instance, port]) => {
      const other = taken.get(port);
      taken.set(port, instance);
      return other ? [`${instance} and ${other} both use ${port}`] : [];
    });
    expect(clashes).toEqual([]);
    expect(localPort(gatewayService.name)).toBe(4000);
  });
});

describe("npm start's ports, shifted by PORT_OFFSET", () => {
  const plan = (offset: number) =>
    federationPlan({
      ...localFederation,
      database: { kind: 'libsql', dataDir: 'data' },
      port: localPortPlan(offset),
      identityProvider: { keysFile: 'keys.json' },
    });

  it('moves every instance and the identity provider together, and every service follows them', () => {
    const [plain, shifted] = [plan(0), plan(1000)];
    const specs = (p: ReturnType<typeof plan>) => [p.identity!, ...p.subgraphs, p.gateway];
    expect(specs(shifted).map((s) => [s.name, s.port])).toEqual(specs(plain).map((s) => [s.name, s.port + 1000]));
    expect(shifted.identity!.port).toBe(5100);
    expect(shifted.gateway.port).toBe(5000);
    // The services trust the provider where it moved to (the app's sign-in follows the gateway's AUTH_ISSUER);
    // the gateway finds every subgraph on its shifted port.
    for (const spec of [...shifted.subgraphs, shifted.gateway]) expect(spec.env.AUTH_ISSUER).toBe('http://localhost:5100');
    expect(shifted.gateway.env.SAMVERKAN_URL).toBe('http://127.0.0.1:5001/graphql');
    expect(shifted.gateway.env.KOMMUN_URLS).toContain('1880=http://127.0.0.1:5880/graphql');
  });

  it('reads PORT_OFFSET, and refuses one that would leave 1024-65535 or is not a whole number', () => {
    expect(portOffsetFromEnv({})).toBe(0);
    expect(portOffsetFromEnv({ PORT_OFFSET: '1000' })).toBe(1000);
    expect(portOffsetFromEnv({ PORT_OFFSET: '-2000' })).toBe(-2000);
    for (const bad of ['1.5', 'ten', '-3000', '61000']) {
      expect(() => portOffsetFromEnv({ PORT_OFFSET: bad })).toThrow(/PORT_OFFSET must be a whole number from -\d+ to \d+/);
    }
  });

  it("refuses an offset that moves a service onto a port browsers and Node's fetch will not reach", () => {
    // 2000 puts the gateway (4000) on 6000 (X11), 1061 the gateway on 5061 (SIP), 45 the gateway on 4045 (NFS lock).
    for (const [offset, from, to] of [
      ['2000', 4000, 6000],
      ['1061', 4000, 5061],
      ['45', 4000, 4045],
    ] as const) {
      expect(() => portOffsetFromEnv({ PORT_OFFSET: offset })).toThrow(`moves port ${from} to ${to}, which browsers and Node's fetch refuse`);
    }
  });
});

describe('the workspaces', () => {
  it('are each type-checked by `tsc -b` (a reference in tsconfig.json)', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces: string[] };
    const folders = manifest.workspaces.flatMap((pattern) =>
      pattern.endsWith('/*')
        ? readdirSync(join(root, pattern.slice(0, -2)), { withFileTypes: true })
            .filter((entry) => entry.isDirectory() && existsSync(join(root, pattern.slice(0, -2), entry.name, 'package.json')))
            .map((entry) => `${pattern.slice(0, -2)}/${entry.name}`)
        : [pattern],
    );
    const references = (JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as { references: { path: string }[] }).references.map((r) => r.path);
    expect(folders.filter((folder) => !references.includes(folder))).toEqual([]);
  });
});
