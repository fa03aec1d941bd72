import { defineArea, type SubgraphResolvers } from '@orebro/subgraph-kit';
import { rebuildSearchIndex } from './search-index';
import { SearchIndexSubscriber } from './search-index.subscriber';
import { SearchEntry, SearchTerm } from './search-entry.entity';
import { searchResolvers } from './search.resolvers';

/**
 * Swedish search over the joint records. The index is kept in the writer's own transaction by a
 * storage subscriber; the area's seed builds it from the records when its tables are empty.
 */
export const searchArea = defineArea<object>({
  name: 'search',
  entities: [SearchEntry, SearchTerm],
  loaders: () => ({}),
  // The resolvers use the governance, plans and agreements loaders: all areas' loaders are merged per request.
  resolvers: searchResolvers as SubgraphResolvers<object>,
  subscribers: [new SearchIndexSubscriber()],
  seed: async (em, logger) => logger.info({ entries: await rebuildSearchIndex(em) }, 'built the search index'),
});
