import { kommunByCode, kommunCodes } from '@orebro/reference-data';
import { defineSubgraph, loadTypeDefs } from '@orebro/subgraph-kit';
import { KommunProfile } from './entities/kommun-profile.entity';
import { PopulationFigure } from './entities/population-figure.entity';
import { createLoaders } from './loaders';
import { migrations } from './migrations';
import { createResolvers } from './resolvers';
import { seedKommun } from './seed';

export const typeDefs = loadTypeDefs(__dirname);

/** One kommun's instance of the kommun subgraph; the code decides whose data it holds. */
export function kommunSubgraph(code: string) {
  const kommun = kommunByCode(code);
  if (!kommun) {
    throw new Error(`Invalid configuration: KOMMUN_CODE "${code}" is not a kommun in Örebro län (one of ${kommunCodes.join(', ')}).`);
  }
  return defineSubgraph({
    name: 'kommun',
    instance: `kommun-${code}`,
    typeDefs,
    resolvers: createResolvers(code),
    entities: [KommunProfile, PopulationFigure],
    migrations,
    loaders: createLoaders,
    seed: seedKommun(kommun),
  });
}
