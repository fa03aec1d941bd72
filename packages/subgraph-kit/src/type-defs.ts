import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DocumentNode } from 'graphql';

/** Types the kit serves in every subgraph (the audit log) and Apollo's @cacheControl directive, defined once. */
const KIT_SCHEMA_FILES = [join(__dirname, 'audit-record.graphql'), join(__dirname, 'cache-control.graphql')];

/**
 * A subgraph's public contract: every `.graphql` file under its source folder, in path order
 * (`schema.graphql` holds the federation @link; each domain area may keep its own file beside its
 * code), those under `sharedDirs` (types a shared package defines for several subgraphs), and the
 * kit's shared types.
 */
export function readSchemaFiles(dir: string, sharedDirs: readonly string[] = []): string {
  return [...schemaFilesIn(dir), ...sharedDirs.flatMap(schemaFilesIn), ...KIT_SCHEMA_FILES].map((file) => readFileSync(file, 'utf8')).join('\n');
}

export function loadTypeDefs(dir: string, sharedDirs: readonly string[] = []): DocumentNode {
  return parse(readSchemaFiles(dir, sharedDirs));
}

function schemaFilesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : schemaFilesIn(path);
      return entry.name.endsWith('.graphql') ? [path] : [];
    });
}
