import { defineArea } from '@orebro/subgraph-kit';
import { createGrantUseLoaders, GrantUse } from '@orebro/huvudman-reporting';
import { grantUseResolvers } from './grant-use.resolvers';
import { seedGrantUse } from './grant-use.seed';

/** Region Örebro län's own use of its state grant allocations. */
export const grantUseArea = defineArea({
  name: 'grant-use',
  entities: [GrantUse],
  loaders: createGrantUseLoaders,
  resolvers: grantUseResolvers,
  seed: seedGrantUse,
});
