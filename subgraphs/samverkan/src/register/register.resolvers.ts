import type { SubgraphResolvers } from '@orebro/subgraph-kit';
import { Huvudman } from './huvudman.entity';
import { Lansdel } from './lansdel.entity';
import type { RegisterLoaders } from './register.loaders';

export const registerResolvers: SubgraphResolvers<RegisterLoaders> = {
  Query: {
    huvudmen: (_root, _args, { loaders }) => loaders.allHuvudmen(),
    huvudman: (_root, { id }: { id: string }, { loaders }) => loaders.huvudman.load(id),
    lansdelar: (_root, _args, { loaders }) => loaders.allLansdelar(),
  },
  Huvudman: {
    __resolveReference: ({ id }: { id: string }, { loaders }) => loaders.huvudman.load(id),
    lansdel: (h: Huvudman, _args, { loaders }) => (h.lansdelId ? loaders.lansdel.load(h.lansdelId) : null),
    municipality: (h: Huvudman) => (h.kind === 'MUNICIPALITY' ? { code: h.id } : null),
    region: (h: Huvudman) => (h.kind === 'REGION' ? { id: h.id } : null),
  },
  Lansdel: {
    __resolveReference: ({ id }: { id: string }, { loaders }) => loaders.lansdel.load(id),
    huvudmen: (l: Lansdel, _args, { loaders }) => loaders.huvudmenByLansdel.load(l.id),
  },
};
