import type { KommunFacts } from '@orebro/reference-data';
import { requireWriterFor } from '@orebro/subgraph-kit';
import { deviationsArea } from '@orebro/huvudman-reporting';
import type { FactsLoaders } from '../facts/facts.loaders';
import { requireOwnKommun } from '../shared/own-kommun';

/**
 * Deviations in samverkan this kommun reports, and its responses to those that concern it (issue 16): the
 * fields of deviations.graphql, served by the one implementation in huvudman-reporting. Every write names
 * the kommun; the instance refuses another kommun's code, and the token's huvudman must be its own kommun.
 */
export const kommunDeviationsArea = (kommun: KommunFacts) =>
  deviationsArea<FactsLoaders>({
    subgraph: 'kommun',
    ownerId: kommun.code,
    requireWriter: (caller, kommunCode) => {
      requireOwnKommun(kommun.code, kommunCode ?? '', 'a write');
      requireWriterFor(caller, kommun.code);
    },
    // The overview's per-capita figures use the facts area's population loader: all areas' loaders are merged per request.
    population: async (ctx, lastYear) => {
      const latest = (await ctx.loaders.populations.load(kommun.code)).filter((f) => f.year <= lastYear).at(-1);
      return latest ? { value: latest.value, year: latest.year } : null;
    },
  });
