import { parse, type DocumentNode } from 'graphql';
import { unansweredEntities as nullEntities } from '@orebro/sharded-source';

/**
 * The `_entities` answer for a single-instance subgraph that did not answer an entity fetch (each entity's
 * asked fields null, so a view that @requires them still runs per owner: see @orebro/sharded-source's
 * unansweredEntities), or undefined when the request is no entity fetch.
 */
export function unansweredEntities(
  query: string,
  document: DocumentNode | undefined,
  variables: Record<string, unknown> | undefined,
): Record<string, unknown>[] | undefined {
  const representations = variables?.representations;
  if (!Array.isArray(representations)) return undefined;
  try {
    return nullEntities(document ?? parse(query), representations);
  } catch {
    return undefined;
  }
}
