import type { EntityManager } from '@mikro-orm/core';
import { batchLoader, once } from '@orebro/subgraph-kit';
import { JointProcess, JointRiskAnalysis } from './joint-process.entity';

/** One SQL query per table per request: the process list and the analyses are small and read whole once. */
export function createDeviationsLoaders(em: EntityManager) {
  const allProcesses = once(() => em.find(JointProcess, {}, { orderBy: { code: 'asc', version: 'asc' } }));
  const allAnalyses = once(() => em.find(JointRiskAnalysis, {}, { orderBy: { analysedOn: 'desc', id: 'asc' } }));
  return {
    allProcesses,
    allAnalyses,
    /** By `<code>@<version>`. */
    jointProcess: batchLoader<string, JointProcess>(allProcesses, (p) => p.id),
  };
}
export type DeviationsLoaders = ReturnType<typeof createDeviationsLoaders>;
