/**
 * Composes the subgraphs' schema files into gateway/supergraph.graphql, in process (no rover binary).
 *   npm run compose
 */
import { writeFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { readSchemaFiles } from '@orebro/subgraph-kit';
import { subgraphSources, supergraphFile } from './subgraph-files';

export function composeSupergraph(): string {
  const result = composeServices(subgraphSources.map(({ name, dir, sharedDirs, url }) => ({ name, url, typeDefs: parse(readSchemaFiles(dir, sharedDirs)) })));
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}

if (require.main === module) {
  writeFileSync(supergraphFile, composeSupergraph());
  console.log(`wrote ${supergraphFile}`);
}
