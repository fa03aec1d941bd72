import { defineSubgraph, loadTypeDefs } from '@orebro/subgraph-kit';
import { Huvudman } from './entities/huvudman.entity';
import { Lansdel } from './entities/lansdel.entity';
import { createLoaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seedSamverkan } from './seed';

export const typeDefs = loadTypeDefs(__dirname);

/** The samverkan subgraph as data: no side effects until the kit starts it. */
export function samverkanSubgraph() {
  return defineSubgraph({
    name: 'samverkan',
    instance: 'samverkan',
    typeDefs,
    resolvers,
    entities: [Lansdel, Huvudman],
    migrations,
    loaders: createLoaders,
    seed: seedSamverkan,
  });
}
