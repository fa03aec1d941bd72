import { Supergraph } from '@apollo/federation-internals';
import type { GraphQLSchema } from 'graphql';

/** One subgraph's schema as composed into the supergraph: what every shard of it must be able to serve. */
export function subgraphSchemaFromSupergraph(supergraphSdl: string, name: string): GraphQLSchema {
  const subgraph = Supergraph.build(supergraphSdl).subgraphs().get(name);
  if (!subgraph) throw new Error(`The supergraph has no subgraph "${name}".`);
  return subgraph.schema.toGraphQLJSSchema();
}
