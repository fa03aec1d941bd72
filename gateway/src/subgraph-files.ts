import { join } from 'node:path';
import { reportingSchemaDir } from '@orebro/huvudman-reporting';

const subgraphsDir = join(__dirname, '../../subgraphs');

/** The subgraphs whose schema files `npm run compose` composes into the committed supergraph. */
export const subgraphSources = [
  { name: 'samverkan', dir: join(subgraphsDir, 'samverkan/src'), sharedDirs: [], url: 'http://127.0.0.1:4001/graphql' },
  { name: 'region', dir: join(subgraphsDir, 'region/src'), sharedDirs: [reportingSchemaDir], url: 'http://127.0.0.1:4002/graphql' },
  // One logical subgraph over twelve instances: the gateway routes by kommun code, so no single URL.
  { name: 'kommun', dir: join(subgraphsDir, 'kommun/src'), sharedDirs: [reportingSchemaDir], url: 'http://kommun.sharded.invalid/graphql' },
];

export const supergraphFile = join(__dirname, '../supergraph.graphql');
