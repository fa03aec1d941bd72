import type { EntityManager } from '@mikro-orm/core';
import { allRows, batchLoader, once } from '@orebro/subgraph-kit';
import { JointProcess, JointRiskAnalysis } from './joint-process.entity';

/**
 * One SQL query per table per request: the process list and the analyses are small and read whole once, as
 * plain rows (allRows): the views only read them (a write loads its own), and the deviation views ask for them
 * on every request.
 */
export function createDeviationsLoaders(em: EntityManager) {
  const allProcesses = once(() => allRows(em, JointProcess, { orderBy: { code: 'asc', version: 'asc' } }));
  const allAnalyses = once(() => allRows(em, JointRiskAnalysis, { orderBy: { analysedOn: 'desc', id: 'asc' } }));
  return {
    allProcesses,
    allAnalyses,
    /** By `<code>@<version>`. */
    jointProcess: batchLoader<string, JointProcess>(allProcesses, (p) => p.id),
  };
}
export type DeviationsLoaders = ReturnType<typeof createDeviationsLoaders>;
