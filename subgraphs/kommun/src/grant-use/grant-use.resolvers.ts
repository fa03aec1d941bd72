import { requireWriterFor, type SubgraphResolvers } from '@orebro/subgraph-kit';
import { requireOwnKommun } from '../shared/own-kommun';
import { reportGrantUse, type GrantUse, type GrantUseInput, type GrantUseLoaders } from '@orebro/huvudman-reporting';

/** The instance adds a list to the joint GrantProgramme; a reference always resolves to an object. */
export function createGrantUseResolvers(ownCode: string): SubgraphResolvers<GrantUseLoaders> {
  return {
    Mutation: {
      reportKommunGrantUse: (_root, { kommunCode, input }: { kommunCode: string; input: GrantUseInput }, { em, caller }) => {
        requireWriterFor(caller, ownCode);
        requireOwnKommun(ownCode, kommunCode, 'a grant use');
        return reportGrantUse(em, ownCode, input);
      },
    },
    GrantProgramme: {
      __resolveReference: ({ id }: { id: string }) => ({ id }),
      kommunGrantUse: (g: { id: string }, _args, { loaders }) => loaders.grantUseByProgramme.load(g.id),
    },
    GrantUse: {
      /** A reference the gateway completes from the samverkan subgraph. */
      service: (u: GrantUse) => (u.serviceId ? { id: u.serviceId } : null),
    },
  };
}
