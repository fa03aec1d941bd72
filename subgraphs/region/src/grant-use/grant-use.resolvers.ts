import { REGION_ID } from '@orebro/reference-data';
import { requireWriterFor, type SubgraphResolvers } from '@orebro/subgraph-kit';
import { reportGrantUse, type GrantUse, type GrantUseInput, type GrantUseLoaders } from '@orebro/huvudman-reporting';

export const grantUseResolvers: SubgraphResolvers<GrantUseLoaders> = {
  Mutation: {
    reportRegionGrantUse: (_root, { input }: { input: GrantUseInput }, { em, caller }) => {
      requireWriterFor(caller, REGION_ID);
      return reportGrantUse(em, REGION_ID, input);
    },
  },
  GrantProgramme: {
    __resolveReference: ({ id }: { id: string }) => ({ id }),
    regionGrantUse: (g: { id: string }, _args, { loaders }) => loaders.grantUseByProgramme.load(g.id),
  },
  GrantUse: {
    /** A reference the gateway completes from the samverkan subgraph. */
    service: (u: GrantUse) => (u.serviceId ? { id: u.serviceId } : null),
  },
};
