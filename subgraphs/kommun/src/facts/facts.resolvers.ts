import { requireWriterFor, type SubgraphResolvers } from '@orebro/subgraph-kit';
import { reportPopulation, type PopulationInput } from './population.service';
import type { KommunProfile } from './kommun-profile.entity';
import type { FactsLoaders } from './facts.loaders';

/** An instance answers only for its own kommun (null or empty for others), so merged answers stay well defined. */
export function createFactsResolvers(ownCode: string): SubgraphResolvers<FactsLoaders> {
  const own = (code: string, loaders: FactsLoaders) => (code === ownCode ? loaders.profile.load(code) : null);
  return {
    Query: {
      municipality: (_root, { code }: { code: string }, { loaders }) => own(code, loaders),
      municipalities: async (_root, _args, { loaders }) => {
        const profile = await loaders.profile.load(ownCode);
        return profile ? [profile] : [];
      },
    },
    Mutation: {
      reportPopulation: (_root, { input }: { input: PopulationInput }, { em, caller }) => {
        requireWriterFor(caller, ownCode);
        return reportPopulation(em, ownCode, input);
      },
    },
    Municipality: {
      __resolveReference: ({ code }: { code: string }, { loaders }) => own(code, loaders),
      population: async (m: KommunProfile, { year }: { year: number }, { loaders }) => {
        const figures = await loaders.populations.load(m.code);
        return figures.find((f) => f.year === year)?.value ?? null;
      },
      populations: (m: KommunProfile, _args, { loaders }) => loaders.populations.load(m.code),
    },
  };
}
