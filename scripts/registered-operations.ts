/**
 * The operations clients have registered with the graph, which a schema change must not break:
 * the examples (examples/*.graphql), trusted-documents manifests (Apollo persisted-query manifests,
 * `{ operations: [{ name, body }] }`) and the app's persisted documents (`{ "<hash>": "<text>" }`,
 * as GraphQL Code Generator's client preset writes them).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface RegisteredOperation {
  /** Where it is registered and under what name, e.g. `examples/grant-chain.graphql`. */
  source: string;
  body: string;
}

/** Where the graph's own clients register operations, relative to the repository root. */
export const DEFAULT_OPERATION_SOURCES = ['examples', 'gateway/trusted-documents.json', 'dashboard/src/gql/persisted-documents.json'];

/** Every operation in the given folders (`.graphql` files, recursively) and manifest files; missing ones are skipped. */
export function registeredOperations(root: string, sources: readonly string[] = DEFAULT_OPERATION_SOURCES): RegisteredOperation[] {
  return sources.flatMap((source) => {
    const path = join(root, source);
    if (!existsSync(path)) return [];
    if (source.endsWith('.json')) return fromManifest(path, relative(root, path));
    return graphqlFiles(path).map((file) => ({ source: relative(root, file), body: readFileSync(file, 'utf8') }));
  });
}

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.isDirectory() ? graphqlFiles(join(dir, entry.name)) : entry.name.endsWith('.graphql') ? [join(dir, entry.name)] : []));
}

function fromManifest(path: string, label: string): RegisteredOperation[] {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (manifest && typeof manifest === 'object' && Array.isArray((manifest as { operations?: unknown }).operations)) {
    return (manifest as { operations: { name?: string; id?: string; body: string }[] }).operations.map((op) => ({
      source: `${label}#${op.name ?? op.id}`,
      body: op.body,
    }));
  }
  if (manifest && typeof manifest === 'object') {
    return Object.entries(manifest as Record<string, unknown>)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .map(([hash, body]) => ({ source: `${label}#${hash.slice(0, 12)}`, body }));
  }
  throw new Error(`${label} is neither a persisted-query manifest nor a map of hashes to operations.`);
}
