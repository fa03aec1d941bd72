import type { SubgraphResolvers } from '@orebro/subgraph-kit';
import type { AgreementsLoaders } from '../agreements/agreements.loaders';
import type { GovernanceLoaders } from '../governance/governance.loaders';
import type { PlansLoaders } from '../plans/plans.loaders';
import { searchRecords, type SearchHit } from './search.service';
import type { SearchKind } from './searchable-records';

type Loaders = GovernanceLoaders & PlansLoaders & AgreementsLoaders;

/** Each kind's GraphQL type and how a request loads its records (batched with every other use of them). */
const records: Record<SearchKind, { typename: string; load: (loaders: Loaders, id: string) => Promise<object | null | undefined> }> = {
  DECISION: { typename: 'Decision', load: (loaders, id) => loaders.decision.load(id) },
  PLAN: { typename: 'JointPlan', load: async (loaders, id) => (await loaders.allPlans()).find((p) => p.id === id) },
  PLAN_GOAL: { typename: 'JointPlanGoal', load: async (loaders, id) => (await loaders.allGoals()).find((g) => g.id === id) },
  PLAN_ACTIVITY: { typename: 'PlanActivity', load: async (loaders, id) => (await loaders.allActivities()).find((a) => a.id === id) },
  AGREEMENT: { typename: 'Agreement', load: (loaders, id) => loaders.agreement.load(id) },
};

export const searchResolvers: SubgraphResolvers<Loaders> = {
  Query: {
    search: (_root, args: { text: string; kinds?: SearchKind[] | null; limit?: number | null }, { em }) => searchRecords(em, args.text, args),
  },
  SearchHit: {
    kind: (hit: SearchHit) => hit.entry.kind,
    title: (hit: SearchHit) => hit.entry.title,
    record: async (hit: SearchHit, _args, { loaders }) => {
      const kind = records[hit.entry.kind as SearchKind];
      const record = await kind.load(loaders, hit.entry.recordId);
      if (!record) throw new Error(`Search entry ${hit.entry.id} points to no record; rebuild the search index.`);
      return { __typename: kind.typename, ...record };
    },
  },
};
