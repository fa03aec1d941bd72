import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { subgraphNames, typeDefs } from './subgraphs';

/** Composes the four standard subgraphs, at the URLs they listen on, into a supergraph. */
export function composeStandardSupergraph(urls: Record<string, string>): string {
  const result = composeServices(subgraphNames.map((name) => ({ name, url: urls[name], typeDefs: parse(typeDefs[name]) })));
  if (result.errors) throw new Error(`Composition of the standard subgraphs failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  return result.supergraphSdl;
}
