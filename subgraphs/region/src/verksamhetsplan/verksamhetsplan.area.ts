import { defineArea } from '@orebro/subgraph-kit';
import { BoardAssignment, BoardAssignmentStatusChange, PreparatoryCommittee } from './board-assignment.entity';
import { OperationalGoal, OperationalIndicator, OperationalPerspective, OperationalPlan } from './operational-plan.entity';
import { createVerksamhetsplanLoaders } from './verksamhetsplan.loaders';
import { verksamhetsplanResolvers } from './verksamhetsplan.resolvers';
import { seedVerksamhetsplan } from './verksamhetsplan.seed';

/** Hälso- och sjukvårdsnämndens verksamhetsplan: perspectives, effektmål with indicators, uppdrag and their status. */
export const verksamhetsplanArea = defineArea({
  name: 'verksamhetsplan',
  entities: [
    OperationalPlan,
    OperationalPerspective,
    OperationalGoal,
    OperationalIndicator,
    PreparatoryCommittee,
    BoardAssignment,
    BoardAssignmentStatusChange,
  ],
  loaders: createVerksamhetsplanLoaders,
  resolvers: verksamhetsplanResolvers,
  seed: seedVerksamhetsplan,
});
