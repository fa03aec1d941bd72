import { join } from 'node:path';

/** The subgraphs' public contracts, composed into the committed supergraph by `npm run compose`. */
export const subgraphSchemaFiles = [
  { name: 'samverkan', file: join(__dirname, '../../subgraphs/samverkan/src/schema.graphql'), url: 'http://127.0.0.1:4001/graphql' },
  { name: 'region', file: join(__dirname, '../../subgraphs/region/src/schema.graphql'), url: 'http://127.0.0.1:4002/graphql' },
  // One logical subgraph over twelve instances: the gateway routes by kommun code, so no single URL.
  { name: 'kommun', file: join(__dirname, '../../subgraphs/kommun/src/schema.graphql'), url: 'http://kommun.sharded.invalid/graphql' },
];

export const supergraphFile = join(__dirname, '../supergraph.graphql');
