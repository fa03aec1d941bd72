import { defineArea } from '@orebro/subgraph-kit';
import type { KommunFacts } from '@orebro/reference-data';
import { createGrantUseLoaders, GrantUse } from '@orebro/huvudman-reporting';
import { createGrantUseResolvers } from './grant-use.resolvers';
import { seedGrantUse } from './grant-use.seed';

/** The kommun's own use of its state grant allocations. */
export const grantUseArea = (kommun: KommunFacts) =>
  defineArea({
    name: 'grant-use',
    entities: [GrantUse],
    loaders: createGrantUseLoaders,
    resolvers: createGrantUseResolvers(kommun.code),
    seed: seedGrantUse(kommun),
  });
