import { join } from 'node:path';
import { federationMembers } from './members';

const repoRoot = join(__dirname, '../..');

/** The subgraphs whose schema files `npm run compose` composes into the committed supergraph, from the members list. */
export const subgraphSources = federationMembers.map((member) => ({
  name: member.name,
  dir: join(repoRoot, member.folder, 'src'),
  sharedDirs: member.sharedSchemaDirs.map((dir) => join(repoRoot, dir)),
  // A sharded member is one logical subgraph over many instances: the gateway routes by shard key, so no single URL.
  url: member.sharded ? `http://${member.name}.sharded.invalid/graphql` : `http://127.0.0.1:${member.localPort}/graphql`,
}));

export const supergraphFile = join(__dirname, '../supergraph.graphql');
