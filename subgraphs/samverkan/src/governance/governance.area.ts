import { defineArea, type SubgraphResolvers } from '@orebro/subgraph-kit';
import { AgendaItem, ItemQuestion, Presenter, Proposal } from './agenda.entity';
import { Body, BodyRelation } from './body.entity';
import { bodiesResolvers } from './bodies.resolvers';
import { Decision, DecisionNote } from './decision.entity';
import { decisionsResolvers } from './decisions.resolvers';
import { createGovernanceLoaders, type GovernanceLoaders } from './governance.loaders';
import { seedGovernance } from './governance.seed';
import { Attendance, Meeting } from './meeting.entity';
import { meetingsResolvers } from './meetings.resolvers';
import { protocolWritesResolvers } from './protocol-writes.resolvers';
import { Membership, Person } from './person.entity';

/** Joint bodies, their members, meetings, agenda items and decisions with their follow-up. */
export const governanceArea = defineArea<GovernanceLoaders>({
  name: 'governance',
  entities: [Body, BodyRelation, Person, Membership, Meeting, Attendance, AgendaItem, Presenter, Proposal, ItemQuestion, Decision, DecisionNote],
  loaders: createGovernanceLoaders,
  // The resolvers also use the register's loaders (huvudman, lansdel): all areas' loaders are merged per request.
  resolvers: {
    ...bodiesResolvers,
    ...meetingsResolvers,
    ...decisionsResolvers,
    Query: { ...bodiesResolvers.Query, ...meetingsResolvers.Query, ...decisionsResolvers.Query },
    Mutation: { ...decisionsResolvers.Mutation, ...protocolWritesResolvers.Mutation },
  } as SubgraphResolvers<GovernanceLoaders>,
  seed: seedGovernance,
});
