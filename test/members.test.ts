// The members list (gateway/src/members.ts) is what every script, test and the gateway read: it must
// name real folders, entries and definitions, and every workspace must be type-checked by `tsc -b`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { federationMembers, gatewayService, instanceNames } from '@orebro/gateway/src/members';
import { localPort } from '@orebro/gateway/src/local-ports';
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
