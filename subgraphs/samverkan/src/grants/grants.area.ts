import { defineArea, type SubgraphResolvers } from '@orebro/subgraph-kit';
import { GrantDecision, GrantNationalPart, GrantPot, GrantProgramme } from './grant.entity';
import { createGrantsLoaders, type GrantsLoaders } from './grants.loaders';
import { grantsResolvers } from './grants.resolvers';
import { seedGrants } from './grants.seed';

/** State grants: programmes, the län's and each huvudman's computed share, joint pots and decisions on use. */
export const grantsArea = defineArea<GrantsLoaders>({
  name: 'grants',
  entities: [GrantProgramme, GrantNationalPart, GrantPot, GrantDecision],
  loaders: createGrantsLoaders,
  // The resolvers also use the register's and the services' loaders: all areas' loaders are merged per request.
  resolvers: grantsResolvers as SubgraphResolvers<GrantsLoaders>,
  seed: seedGrants,
});
