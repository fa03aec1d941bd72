import { defineSubgraph, loadTypeDefs } from '@orebro/subgraph-kit';
import { Hospital, Narsjukvardsomrade, RegionProfile } from './entities/region-organisation.entity';
import { createLoaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seedRegion } from './seed';

export const typeDefs = loadTypeDefs(__dirname);

export function regionSubgraph() {
  return defineSubgraph({
    name: 'region',
    instance: 'region',
    typeDefs,
    resolvers,
    entities: [RegionProfile, Narsjukvardsomrade, Hospital],
    migrations,
    loaders: createLoaders,
    seed: seedRegion,
  });
}
